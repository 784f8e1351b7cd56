/// langdetect 1.0.9's profiles and CJK classes, decoded once from
/// `LangDetectGeneratedData.blob` into flat arrays.
///
/// Language order: the load order of the golden runs (`profile_order.txt`, the
/// directory order `os.listdir` gave). The order only matters where two languages end
/// with exactly the same probability (the stable sort keeps load order for ties);
/// such ties do not occur on real text, and alphabetical order gives the same
/// results on every language cell of the shared data, but we keep the original order
/// to be exact even there.
struct LangDetectTables: Sendable {
    /// Language codes, in profile load order.
    let languages: [String]
    /// N-gram (packed code points, see `NGramKey`) → n-gram id and entry range.
    let gramIDs: NGramIDTable
    /// The profile probabilities (`count / n_words[len - 1]`) of the n-grams without a
    /// dense row, and the language of each: an n-gram's are a run (its `EntryRange`).
    let entryProbabilities: [Double]
    let entryLanguages: [UInt8]
    /// The n-grams of many languages also as rows of one probability per language
    /// (0.0 where the language lacks the n-gram), as langdetect holds every n-gram: one
    /// vectorisable pass updates all languages (`EntryRange.dense`).
    let denseRows: [Double]
    /// An n-gram of at least this many languages gets a dense row (1,479 of them,
    /// 650 KB): below about 20, the sparse update is cheap enough.
    static let denseRowOwners = 20
    /// For each code point of the CJK Unified Ideographs block: its class representative.
    let cjkRepresentative: [UInt32]

    static let shared = LangDetectTables(decoding: LangDetectGeneratedData.blob)

    /// Layout of the blob (all numbers LEB128 varints unless said otherwise):
    /// languages: count, then per language: name length, ASCII name, n_words[0...2];
    /// n-grams: count, then per n-gram in id order one byte `shared << 2 | restLength`
    /// (front coding against the previous n-gram) and the rest's code points;
    /// entries: per n-gram: count, then (language index byte, count) pairs;
    /// CJK classes: count, then per class: length and code points.
    init(decoding base64: String) {
        var reader = VarintReader(bytes: Base64.decode(base64))

        let languageCount = reader.next()
        precondition(languageCount <= EntryRange.maximumCount, "too many languages for EntryRange")
        var languages: [String] = []
        var nWords: [Double] = []
        for _ in 0..<languageCount {
            let length = reader.next()
            languages.append(String(decoding: reader.bytes(length), as: UTF8.self))
            nWords += [Double(reader.next()), Double(reader.next()), Double(reader.next())]
        }

        // Front-coded n-grams, decoded in a 3-code-point window (no array per n-gram).
        let gramCount = reader.next()
        var keys: [UInt64] = []
        var lengths: [UInt8] = []
        keys.reserveCapacity(gramCount)
        lengths.reserveCapacity(gramCount)
        var gram: (UInt32, UInt32, UInt32) = (0, 0, 0)
        for _ in 0..<gramCount {
            let header = reader.byte()
            var length = Int(header >> 2)
            for _ in 0..<Int(header & 3) {
                let scalar = UInt32(reader.next())
                switch length {
                case 0: gram.0 = scalar
                case 1: gram.1 = scalar
                default: gram.2 = scalar
                }
                length += 1
            }
            var key = UInt64(gram.0)
            if length > 1 { key = key << 21 | UInt64(gram.1) }
            if length > 2 { key = key << 21 | UInt64(gram.2) }
            keys.append(key)
            lengths.append(UInt8(length))
        }

        // Each n-gram's entries go to a dense row (one probability per language) when it
        // has many owners, else to the sparse arrays; its range says which.
        var ranges: [UInt32] = []
        var denseRows: [Double] = []
        var sparseProbabilities: [Double] = []
        var sparseLanguages: [UInt8] = []
        ranges.reserveCapacity(gramCount)
        sparseProbabilities.reserveCapacity(reader.remaining / 3)
        sparseLanguages.reserveCapacity(reader.remaining / 3)
        for id in 0..<gramCount {
            let owners = reader.next()
            let row = Int(lengths[id]) - 1
            let dense = owners >= Self.denseRowOwners
            let start = dense ? denseRows.count : sparseProbabilities.count
            if dense { denseRows.append(contentsOf: repeatElement(0.0, count: languageCount)) }
            for _ in 0..<owners {
                let language = reader.byte()
                let count = Double(reader.next())
                // `1.0 * freq / n_words[len - 1]`: both exact doubles, one division.
                let probability = count / nWords[Int(language) * 3 + row]
                if dense {
                    denseRows[start + Int(language)] = probability
                } else {
                    sparseProbabilities.append(probability)
                    sparseLanguages.append(language)
                }
            }
            precondition(start < EntryRange.maximumStart, "too many entries for EntryRange")
            ranges.append(dense ? EntryRange.dense(rowStart: start) : EntryRange.pack(start: Int32(start), end: Int32(start + owners)))
        }

        let cjk = LangDetectGeneratedData.cjkUnifiedIdeographs
        var representative = Array(cjk.lowerBound...cjk.upperBound)
        let classCount = reader.next()
        for _ in 0..<classCount {
            let length = reader.next()
            var first: UInt32 = 0
            for position in 0..<length {
                let scalar = UInt32(reader.next())
                if position == 0 { first = scalar }
                if cjk.contains(scalar) { representative[Int(scalar - cjk.lowerBound)] = first }
            }
        }
        precondition(reader.isAtEnd, "langdetect data blob has trailing bytes")

        self.languages = languages
        self.gramIDs = NGramIDTable(keys: keys, ranges: ranges)
        self.entryProbabilities = sparseProbabilities
        self.entryLanguages = sparseLanguages
        self.denseRows = denseRows
        self.cjkRepresentative = representative
    }

    /// `ch.isupper()` for one code point.
    @inline(__always)
    func isUpper(_ c: UInt32) -> Bool {
        if c < 0x80 { return c &- 0x41 < 26 }
        if c < 0x100 { return Self.isLatin1Upper(c) }
        if c < 0x10000 { return LangDetectUppercase.bmp[Int(c >> 6)] & (1 << UInt64(c & 63)) != 0 }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return Self.pythonIsUpper(scalar)
    }

    /// `isupper` below U+0100: A-Z, U+00C0...U+00DE except × (U+00D7).
    @inline(__always)
    static func isLatin1Upper(_ c: UInt32) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0xC0 && c <= 0xDE && c != 0xD7)
    }

    /// CPython 3.11's `isupper` (Unicode 14.0: code points assigned later, e.g. the
    /// Garay capitals of Unicode 16, are not upper case there).
    static func pythonIsUpper(_ scalar: Unicode.Scalar) -> Bool {
        PythonCharacterClass.isUpper(scalar)
    }
}

/// `str.isupper()` of each BMP code point, one bit each (Unicode property look-ups are
/// slow in the extraction loop). Built on first use only, since Latin-1 text never
/// needs it; blocks without any upper-case letter (CJK, Hangul, surrogates, private
/// use) are skipped.
enum LangDetectUppercase {
    static let bmp: [UInt64] = {
        var uppercase = [UInt64](repeating: 0, count: 0x10000 / 64)
        for value in UInt32(0)..<0x10000 {
            if (0x3400..<0xA000).contains(value) || (0xAC00..<0xF900).contains(value) { continue }
            if let scalar = Unicode.Scalar(value), LangDetectTables.pythonIsUpper(scalar) {
                uppercase[Int(value >> 6)] |= 1 << UInt64(value & 63)
            }
        }
        return uppercase
    }()
}

/// Where the probabilities of one n-gram are, packed in 32 bits: `start << 6 | count`
/// for `count` entries from `entries[start]`, or `start << 6 | 63` for the dense row
/// at `denseRows[start]`. 0 means an unknown n-gram (a known one has at least one
/// entry).
enum EntryRange {
    static let maximumCount = 62
    static let denseCount: UInt32 = 63
    static let maximumStart = 1 << 26

    @inline(__always)
    static func pack(start: Int32, end: Int32) -> UInt32 {
        UInt32(start) << 6 | UInt32(end - start)
    }

    static func dense(rowStart: Int) -> UInt32 {
        UInt32(rowStart) << 6 | denseCount
    }
}

/// An n-gram of 1 to 3 non-zero code points packed into one integer, 21 bits each,
/// the last code point in the low bits. Lengths cannot collide since no code point is 0.
enum NGramKey {
    static func pack(_ scalars: [UInt32]) -> UInt64 {
        scalars.reduce(0) { $0 << 21 | UInt64($1) }
    }
}

/// Open-addressing hash table from packed n-gram keys to ids and entry ranges (faster
/// than `Dictionary` in the extraction loop), with a direct table for the n-grams of
/// ASCII letters and space, which make most of the text in practice.
struct NGramIDTable: Sendable {
    /// Key, id and packed entry range side by side: one cache line per probe.
    private struct Slot {
        var key: UInt64 = 0
        var id: Int32 = -1
        var range: UInt32 = 0
    }

    private let slots: [Slot]
    private let mask: Int
    /// `EntryRange` of every 1-, 2- and 3-gram over the ASCII symbols (space, A-Z,
    /// a-z), at `ASCIISymbol.offset(...)`; 0 where unknown.
    let asciiRanges: [UInt32]

    init(keys: [UInt64], ranges: [UInt32]) {
        var capacity = 16
        // At most three quarters full (87,598 n-grams in 131,072 slots, 2 MB): the hashed
        // look-ups are for non-ASCII n-grams only.
        while capacity < keys.count + keys.count / 3 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        var ascii = [UInt32](repeating: 0, count: ASCIISymbol.tableSize)
        let mask = capacity - 1
        for (id, key) in keys.enumerated() {
            var slot = Self.hash(key) & mask
            while slots[slot].key != 0 { slot = (slot + 1) & mask }
            let range = ranges[id]
            slots[slot] = Slot(key: key, id: Int32(id), range: range)
            if let offset = ASCIISymbol.offset(ofKey: key) { ascii[offset] = range }
        }
        self.slots = slots
        self.mask = mask
        self.asciiRanges = ascii
    }

    @inline(__always)
    private static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    /// The id of the n-gram with this key, or -1.
    func id(of key: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            var slot = Self.hash(key) & mask
            while true {
                let stored = slots[slot]
                if stored.key == key { return stored.id }
                if stored.key == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The `EntryRange` of the n-gram with this key, or 0.
    @inline(__always)
    func range(of key: UInt64) -> UInt32 {
        slots.withUnsafeBufferPointer { slots in
            var slot = Self.hash(key) & mask
            while true {
                let stored = slots[slot]
                if stored.key == key { return stored.range }
                if stored.key == 0 { return 0 }
                slot = (slot + 1) & mask
            }
        }
    }
}

/// The only ASCII characters normalisation keeps (space, A-Z, a-z) by their low six
/// bits: A-Z 1...26, space 32, a-z 33...58 (distinct, and 0 stands for no character).
/// In the direct table, 1-grams sit at `s`, 2-grams at `64 + (s0 << 6 | s1)`, 3-grams
/// at `64 + 64² + (s0 << 12 | s1 << 6 | s2)`; the lone space and the 3-grams starting
/// with 0 are never set.
enum ASCIISymbol {
    static let twoGramBase = 64
    static let threeGramBase = twoGramBase + 64 * 64
    static let tableSize = threeGramBase + 64 * 64 * 64

    /// The symbol of a normalised code point below 0x80 (a letter or a space), or of 0.
    @inline(__always)
    static func of(_ c: UInt32) -> Int { Int(c & 63) }

    static func isSymbol(_ c: UInt32) -> Bool {
        c == 0x20 || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    /// Where a packed key of ASCII symbols goes in the direct table, or nil (also for
    /// the lone space, which langdetect never looks up).
    @inline(__always)
    static func offset(ofKey key: UInt64) -> Int? {
        // Some code point of the key is not ASCII: most keys, ruled out at once.
        let asciiBits: UInt64 = 0x7F | 0x7F << 21 | 0x7F << 42
        if key & ~asciiBits != 0 { return nil }
        let c2 = UInt32(key & 0x1F_FFFF), c1 = UInt32(key >> 21 & 0x1F_FFFF), c0 = UInt32(key >> 42)
        if c1 == 0 {
            return isSymbol(c2) && c2 != 0x20 ? of(c2) : nil
        }
        if c0 == 0 {
            return isSymbol(c1) && isSymbol(c2) ? twoGramBase + (of(c1) << 6 | of(c2)) : nil
        }
        guard isSymbol(c0) && isSymbol(c1) && isSymbol(c2) else { return nil }
        return threeGramBase + (of(c0) << 12 | of(c1) << 6 | of(c2))
    }
}

/// Reads LEB128 varints and raw bytes.
private struct VarintReader {
    let bytes: [UInt8]
    private var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }
    var remaining: Int { bytes.count - position }

    @inline(__always)
    mutating func byte() -> UInt8 {
        defer { position += 1 }
        return bytes[position]
    }

    mutating func bytes(_ count: Int) -> ArraySlice<UInt8> {
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    @inline(__always)
    mutating func next() -> Int {
        let first = byte()
        if first < 0x80 { return Int(first) }
        var result = Int(first & 0x7F)
        var shift = 7
        while true {
            let b = byte()
            result |= Int(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
        }
    }
}

/// A small base64 decoder (standard alphabet, padding and line breaks ignored), so
/// the engine needs no Foundation for its data.
enum Base64 {
    static func decode(_ text: String) -> [UInt8] {
        return text.withUTF8Bytes { decode(utf8: $0) }
    }

    private static func decode(utf8: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(character)] = UInt8(value)
        }
        return table.withUnsafeBufferPointer { table in
            [UInt8](unsafeUninitializedCapacity: utf8.count * 3 / 4 + 3) { output, written in
                var count = 0
                var buffer: UInt32 = 0
                var bits = 0
                var i = 0
                while i < utf8.count {
                    // Between groups: four characters at a time while none is a line
                    // break or padding (0xFF in the table).
                    while bits == 0 && i &+ 4 <= utf8.count {
                        let a = table[Int(utf8[i])], b = table[Int(utf8[i &+ 1])]
                        let c = table[Int(utf8[i &+ 2])], d = table[Int(utf8[i &+ 3])]
                        if (a | b | c | d) & 0x80 != 0 { break }
                        let group = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                        output[count] = UInt8(truncatingIfNeeded: group >> 16)
                        output[count &+ 1] = UInt8(truncatingIfNeeded: group >> 8)
                        output[count &+ 2] = UInt8(truncatingIfNeeded: group)
                        count &+= 3
                        i &+= 4
                    }
                    guard i < utf8.count else { break }
                    // Otherwise one character.
                    let value = table[Int(utf8[i])]
                    i += 1
                    if value == 0xFF { continue }
                    buffer = buffer << 6 | UInt32(value)
                    bits += 6
                    if bits >= 8 {
                        bits -= 8
                        output[count] = UInt8(truncatingIfNeeded: buffer >> UInt32(bits))
                        count += 1
                    }
                }
                written = count
            }
        }
    }
}
