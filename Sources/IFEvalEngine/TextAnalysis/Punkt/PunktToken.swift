/// The text being tokenized, seen without reference counting (valid only while the
/// array it points into is alive and unchanged).
typealias PunktText = UnsafeBufferPointer<Unicode.Scalar>

/// A word token with Punkt's annotations (nltk's `PunktToken`, tokenize side).
struct PunktToken {
    /// The token's text.
    let scalars: Slice<PunktText>
    /// Where the token's type (lower case, or "##number##" for a numeric token) is in the
    /// annotation's `PunktTypeBytes`; only computed for the tokens the second pass looks
    /// at (empty otherwise).
    let type: Range<Int>
    let periodFinal: Bool
    var sentenceBreak = false
    var abbreviation = false
    var ellipsis = false

    /// A token whose type, when the second pass needs it, `appendType` has put at `type`.
    init(_ scalars: Slice<PunktText>, type: Range<Int>) {
        self.scalars = scalars
        self.type = type
        periodFinal = scalars.last == "."
    }

    /// Appends the type of `scalars` to `types`: "##number##" for a number, else the
    /// lower-case text.
    static func appendType<F: NLTKFlavor>(_ flavor: F.Type, of scalars: Slice<PunktText>, to types: PunktTypeBytes) -> Range<Int> {
        // Lower-casing never makes or unmakes the characters of a number.
        isNumeric(F.self, scalars) ? types.append(PunktTypeBytes.number) : types.appendLowercased(scalars)
    }

    /// `^-?[\.,]?\d[\d,\.-]*\.?$`.
    private static func isNumeric<F: NLTKFlavor>(_ flavor: F.Type, _ s: Slice<PunktText>) -> Bool {
        var i = s.startIndex
        if i < s.endIndex && s[i] == "-" { i += 1 }
        if i < s.endIndex && (s[i] == "." || s[i] == ",") { i += 1 }
        guard i < s.endIndex, F.isDigit(s[i]) else { return false }
        i += 1
        while i < s.endIndex {
            let c = s[i]
            guard F.isDigit(c) || c == "," || c == "." || c == "-" else { return false }
            i += 1
        }
        return true
    }

    /// The type without its final period, if it has one and more.
    func typeWithoutPeriod(_ types: PunktTypeBytes) -> Range<Int> {
        // "." is one UTF-8 byte, so more than one byte before it means another scalar.
        if type.count > 1 && types[type.upperBound - 1] == UInt8(ascii: ".") { return type.lowerBound..<(type.upperBound - 1) }
        return type
    }

    /// The type without its final period when that period ends a sentence.
    func typeWithoutSentencePeriod(_ types: PunktTypeBytes) -> Range<Int> {
        sentenceBreak ? typeWithoutPeriod(types) : type
    }

    /// Python's `tok[0].isupper()`.
    var firstUpper: Bool { PythonCharacterClass.isUpper(scalars.first!) }
    /// Python's `tok[0].islower()`.
    var firstLower: Bool { PythonCharacterClass.isLower(scalars.first!) }

    /// `\.\.+$`: two periods or more and nothing else.
    var isEllipsis: Bool {
        scalars.count >= 2 && scalars.allSatisfy { $0 == "." }
    }

    /// `[^\W\d]\.$`: one letter-like character, then a period.
    func isInitial<F: NLTKFlavor>(_ flavor: F.Type) -> Bool {
        scalars.count == 2 && scalars.last == "." && F.isLetterLike(scalars.first!)
    }

    /// Whether the token is exactly one of the sentence-ending characters.
    var isSentenceEndCharacter: Bool {
        scalars.count == 1 && (scalars.first == "." || scalars.first == "?" || scalars.first == "!")
    }

    /// Whether the token is exactly one of `; : , . ! ?`.
    var isPunctuationMark: Bool {
        guard scalars.count == 1 else { return false }
        switch scalars.first! {
        case ";", ":", ",", ".", "!", "?": return true
        default: return false
        }
    }
}

/// The UTF-8 bytes of the token types (and abbreviation stems) of one annotation, back
/// to back; a buffer reused from one context to the next (one text's contexts), written
/// without the uniqueness and capacity checks of an array's appends.
final class PunktTypeBytes {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    static let number: [UInt8] = Array("##number##".utf8)

    init(capacity: Int = 256) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    subscript(_ i: Int) -> UInt8 { base[i] }

    func removeAll() { count = 0 }

    /// Drops everything from `offset` on.
    func truncate(to offset: Int) { count = offset }

    /// Room for `extra` more bytes.
    @inline(__always)
    private func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never)
    private func grow(to needed: Int) {
        let newCapacity = max(2 * capacity, needed)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    func append<Bytes: Collection<UInt8>>(_ data: Bytes) -> Range<Int> {
        let start = count
        reserve(data.count)
        for byte in data {
            base[count] = byte
            count += 1
        }
        return start..<count
    }

    /// Appends Python's `s.lower()` of `scalars` as UTF-8.
    func appendLowercased(_ scalars: Slice<PunktText>) -> Range<Int> {
        let start = count
        reserve(4 * scalars.count)
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let v = scalars.base[i].value
            guard v < 0x80 else { return appendLowercasedNonASCII(scalars, at: start) }
            base[count] = UInt8(truncatingIfNeeded: v &- 0x41 < 26 ? v + 32 : v)
            count += 1
            i += 1
        }
        return start..<count
    }

    /// `appendLowercased` of scalars not all ASCII, from `start` again.
    @inline(never)
    private func appendLowercasedNonASCII(_ scalars: Slice<PunktText>, at start: Int) -> Range<Int> {
        count = start
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                base[count] = UInt8(truncatingIfNeeded: v &- 0x41 < 26 ? v + 32 : v)
                count += 1
            } else if ScalarText.flags(scalar) & (ScalarText.upperFlag | ScalarText.titleFlag) == 0 {
                // Python's `lower()` only changes upper- and title-case characters.
                UTF8.encode(scalar) { byte in
                    base[count] = byte
                    count += 1
                }
            } else {
                count = start
                return append(PythonString.lower(ScalarText.string(scalars)).utf8)
            }
        }
        return start..<count
    }

    /// The bytes `range` holds, after the last "-" in it (Python's `s.split("-")[-1]`;
    /// "-" is one byte in UTF-8 and never part of another character's).
    func afterLastHyphen(_ range: Range<Int>) -> Range<Int> {
        var i = range.upperBound
        while i > range.lowerBound {
            if base[i - 1] == UInt8(ascii: "-") { return i..<range.upperBound }
            i -= 1
        }
        return range
    }

    /// Whether `range` holds exactly `data`.
    func holds(_ range: Range<Int>, _ data: [UInt8]) -> Bool {
        range.count == data.count && UnsafeBufferPointer(start: base + range.lowerBound, count: range.count).elementsEqual(data)
    }

    /// The bytes of `range` (valid until the next change).
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    }
}
