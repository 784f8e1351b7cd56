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
    /// N-gram (packed code points, see `NGramKey`) → n-gram id.
    let gramIDs: NGramIDTable
    /// Entries of n-gram `id` are `entryStart[id]..<entryStart[id + 1]`.
    let entryStart: [Int32]
    /// Language index of each entry.
    let entryLanguage: [UInt8]
    /// `count / n_words[len - 1]` of each entry, as langdetect computes it.
    let entryProbability: [Double]
    /// For each code point of the CJK Unified Ideographs block: its class representative.
    let cjkRepresentative: [UInt32]
    /// `str.isupper()` of each BMP code point, one bit each (Unicode property look-ups
    /// are slow in the extraction loop).
    let bmpUppercase: [UInt64]

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
        var languages: [String] = []
        var nWords: [[Double]] = []
        for _ in 0..<languageCount {
            let length = reader.next()
            languages.append(String(decoding: reader.bytes(length), as: UTF8.self))
            nWords.append([Double(reader.next()), Double(reader.next()), Double(reader.next())])
        }

        let gramCount = reader.next()
        var keys: [UInt64] = []
        var lengths: [Int] = []
        keys.reserveCapacity(gramCount)
        lengths.reserveCapacity(gramCount)
        var previous: [UInt32] = []
        for _ in 0..<gramCount {
            let header = reader.byte()
            var gram = Array(previous.prefix(Int(header >> 2)))
            for _ in 0..<Int(header & 3) { gram.append(UInt32(reader.next())) }
            keys.append(NGramKey.pack(gram))
            lengths.append(gram.count)
            previous = gram
        }

        var entryStart: [Int32] = [0]
        var entryLanguage: [UInt8] = []
        var entryProbability: [Double] = []
        entryStart.reserveCapacity(gramCount + 1)
        for id in 0..<gramCount {
            let owners = reader.next()
            for _ in 0..<owners {
                let language = Int(reader.byte())
                let count = Double(reader.next())
                entryLanguage.append(UInt8(language))
                // `1.0 * freq / n_words[len - 1]`: both exact doubles, one division.
                entryProbability.append(count / nWords[language][lengths[id] - 1])
            }
            entryStart.append(Int32(entryLanguage.count))
        }

        let cjk = LangDetectGeneratedData.cjkUnifiedIdeographs
        var representative = (cjk.lowerBound...cjk.upperBound).map { $0 }
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
        self.gramIDs = NGramIDTable(keys: keys)
        self.entryStart = entryStart
        self.entryLanguage = entryLanguage
        self.entryProbability = entryProbability
        self.cjkRepresentative = representative
        var uppercase = [UInt64](repeating: 0, count: 0x10000 / 64)
        for value in 0..<UInt32(0x10000) {
            if let scalar = Unicode.Scalar(value), Self.pythonIsUpper(scalar) {
                uppercase[Int(value >> 6)] |= 1 << UInt64(value & 63)
            }
        }
        self.bmpUppercase = uppercase
    }

    /// `ch.isupper()` for one code point.
    @inline(__always)
    func isUpper(_ c: UInt32) -> Bool {
        if c < 0x10000 { return bmpUppercase[Int(c >> 6)] & (1 << UInt64(c & 63)) != 0 }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return Self.pythonIsUpper(scalar)
    }

    /// CPython 3.11's `isupper` uses Unicode 14.0: code points assigned later (e.g. the
    /// Garay capitals of Unicode 16) are unassigned there, hence not upper case.
    private static func pythonIsUpper(_ scalar: Unicode.Scalar) -> Bool {
        guard PythonCharacterClass.isUpper(scalar) else { return false }
        guard let age = scalar.properties.age else { return false }
        return age.major < 14 || (age.major == 14 && age.minor == 0)
    }
}

/// An n-gram of 1 to 3 non-zero code points packed into one integer, 21 bits each,
/// the last code point in the low bits. Lengths cannot collide since no code point is 0.
enum NGramKey {
    static func pack(_ scalars: [UInt32]) -> UInt64 {
        scalars.reduce(0) { $0 << 21 | UInt64($1) }
    }
}

/// Open-addressing hash table from packed n-gram keys to ids (faster than
/// `Dictionary` in the extraction loop).
struct NGramIDTable: Sendable {
    private let slots: [UInt64]
    private let ids: [Int32]
    private let mask: Int

    init(keys: [UInt64]) {
        var capacity = 16
        while capacity < keys.count * 3 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var ids = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (id, key) in keys.enumerated() {
            var slot = Self.hash(key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = key
            ids[slot] = Int32(id)
        }
        self.slots = slots
        self.ids = ids
        self.mask = mask
    }

    @inline(__always)
    private static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    /// The id of the n-gram with this key, or -1.
    @inline(__always)
    func id(of key: UInt64) -> Int32 {
        var slot = Self.hash(key) & mask
        while true {
            let stored = slots[slot]
            if stored == key { return ids[slot] }
            if stored == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }
}

/// Reads LEB128 varints and raw bytes.
private struct VarintReader {
    let bytes: [UInt8]
    private var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func byte() -> UInt8 {
        defer { position += 1 }
        return bytes[position]
    }

    mutating func bytes(_ count: Int) -> ArraySlice<UInt8> {
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    mutating func next() -> Int {
        var result = 0
        var shift = 0
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
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(character)] = UInt8(value)
        }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for character in text.utf8 {
            let value = table[Int(character)]
            if value == 0xFF { continue }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return output
    }
}
