import Foundation

/// `str` methods with CPython semantics, on Unicode scalars (not Swift `Character`s:
/// `"\r\n"` is two code points in Python).
public enum PythonString {
    /// `s.strip()` with no argument: removes `str.isspace` characters at both ends.
    public static func strip(_ s: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView {
        var start = s.startIndex
        var end = s.endIndex
        while start < end, PythonCharacterClass.isSpace(s[start]) { start = s.index(after: start) }
        while end > start {
            let before = s.index(before: end)
            if !PythonCharacterClass.isSpace(s[before]) { break }
            end = before
        }
        return s[start..<end]
    }

    public static func strip(_ s: String) -> String {
        return s.withUTF8Bytes { bytes in
            let range = stripRange(bytes, 0..<bytes.count)
            if range.count == bytes.count { return s }
            return slice(s, utf8: range)
        }
    }

    /// The part of `s` between two UTF-8 offsets that fall on scalar boundaries. Copied
    /// through a `Substring`, which skips the UTF-8 validation that building a String
    /// from bytes does (a tenth of the cost on non-ASCII text).
    @inline(__always)
    public static func slice(_ s: String, utf8 range: Range<Int>) -> String {
        String(substring(s, utf8: range))
    }

    @inline(__always)
    public static func substring(_ s: String, utf8 range: Range<Int>) -> Substring {
        let utf8 = s.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return s[start..<utf8.index(start, offsetBy: range.count)]
    }

    /// `str.strip()` on a range of UTF-8 bytes: the range without Python white space at
    /// either end.
    public static func stripRange(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, let (scalar, length) = decodeScalar(bytes, at: start), PythonCharacterClass.isSpace(scalar) {
            start += length
        }
        while end > start {
            var lead = end - 1
            while lead > start && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard let (scalar, _) = decodeScalar(bytes, at: lead), PythonCharacterClass.isSpace(scalar) else { break }
            end = lead
        }
        return start..<end
    }

    /// The scalar whose UTF-8 encoding starts at `index`, with its length in bytes.
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case let .scalarValue(scalar) = decoder.decode(&iterator) {
            return (scalar, UTF8.width(scalar))
        }
        return nil
    }

    /// `s.strip(chars)`: removes the given scalars at both ends.
    public static func strip(_ s: String, characters: Set<Unicode.Scalar>) -> String {
        if characters.allSatisfy(\.isASCII) {
            // ASCII characters are single UTF-8 bytes that never occur inside a multi-byte
            // sequence, so trimming bytes is exact.
            let bytes = Set(characters.map { UInt8($0.value) })
            let utf8 = s.utf8
            guard let first = utf8.firstIndex(where: { !bytes.contains($0) }) else { return "" }
            let last = utf8.lastIndex(where: { !bytes.contains($0) })!
            let end = utf8.index(after: last)
            if first == utf8.startIndex && end == utf8.endIndex { return s }
            // A half-open range of UTF-8 indices slices exactly; a closed range (`first...last`)
            // would end after the *Character* holding `last`, and a Prepend character such as
            // U+0600 forms one Character with the `"` after it.
            return String(s[first..<end])
        }
        let scalars = Substring(s).unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, characters.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            if !characters.contains(scalars[before]) { break }
            end = before
        }
        return String(scalars[start..<end])
    }

    public static func lstrip(_ s: String, characters: Set<Unicode.Scalar>) -> String {
        let scalars = Substring(s).unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex, characters.contains(scalars[start]) { start = scalars.index(after: start) }
        return String(scalars[start...])
    }

    public static func rstrip(_ s: String, characters: Set<Unicode.Scalar>) -> String {
        let scalars = Substring(s).unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex {
            let before = scalars.index(before: end)
            if !characters.contains(scalars[before]) { break }
            end = before
        }
        return String(scalars[..<end])
    }

    /// `s.isspace()`-separated fields, as `s.split()` with no argument returns them.
    public static func splitWhitespace(_ s: String) -> [String] {
        var fields: [String] = []
        let scalars = Substring(s).unicodeScalars
        var fieldStart: Substring.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if PythonCharacterClass.isSpace(scalars[index]) {
                if let start = fieldStart {
                    fields.append(String(scalars[start..<index]))
                    fieldStart = nil
                }
            } else if fieldStart == nil {
                fieldStart = index
            }
            index = scalars.index(after: index)
        }
        if let start = fieldStart { fields.append(String(scalars[start...])) }
        return fields
    }

    /// `s.split(separator)` for a non-empty separator. Searching UTF-8 bytes finds
    /// exactly the code-point matches, since UTF-8 is self-synchronising.
    public static func split(_ s: String, separator: String) -> [String] {
        return s.withUTF8Bytes { text in splitRanges(text, separator: separator).map { slice(s, utf8: $0) } }
    }

    /// The UTF-8 ranges of the parts of `s.split(separator)`.
    static func splitRanges(_ text: UnsafeBufferPointer<UInt8>, separator: String) -> [Range<Int>] {
        let sep = Array(separator.utf8)
        precondition(!sep.isEmpty, "empty separator")
        var parts: [Range<Int>] = []
        var fieldStart = 0
        var i = 0
        let first = sep[0]
        while i + sep.count <= text.count {
            if text[i] == first, sep.count == 1 || text[i..<(i + sep.count)].elementsEqual(sep) {
                parts.append(fieldStart..<i)
                i += sep.count
                fieldStart = i
            } else {
                i += 1
            }
        }
        parts.append(fieldStart..<text.count)
        return parts
    }

    /// `separator.join(parts)`.
    public static func join(_ parts: some Sequence<String>, separator: String) -> String {
        parts.joined(separator: separator)
    }

    /// `s.lower()`: full Unicode lowercase mapping (which can change the length), with
    /// CPython's final-sigma rule; CPython 3.11's table (`PythonStrTables`).
    public static func lower(_ s: String) -> String {
        var copy = s
        // nil: unchanged; else the lowered text, or "" when a capital sigma needs the
        // scalar path.
        let lowered = copy.withUTF8 { b -> String?? in
            var upper = false
            for byte in b {
                if byte >= 0x80 {
                    // Without a capital sigma no character's mapping depends on its
                    // neighbours: the UTF-8 bytes are mapped character by character.
                    return .some(lowerWithoutSigma(b))
                }
                if byte &- 0x41 < 26 { upper = true }
            }
            guard upper else { return nil }
            return String(unsafeUninitializedCapacity: b.count) { out in
                for k in 0..<b.count {
                    let byte = b[k]
                    out[k] = byte &- 0x41 < 26 ? byte + 32 : byte
                }
                return b.count
            }
        }
        switch lowered {
        case nil: return s
        case let .some(.some(text)): return text
        case .some(nil): return lowerByScalars(s)
        }
    }

    /// `lower` on valid UTF-8 without U+03A3 (nil when it meets one).
    private static func lowerWithoutSigma(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 8)
        var i = 0
        let n = b.count
        while i < n {
            let b0 = b[i]
            if b0 < 0x80 {
                out.append(b0 &- 0x41 < 26 ? b0 + 32 : b0)
                i += 1
                continue
            }
            let length: Int
            var value: UInt32
            if b0 < 0xE0 {
                length = 2
                value = UInt32(b0 & 0x1F)
            } else if b0 < 0xF0 {
                length = 3
                value = UInt32(b0 & 0x0F)
            } else {
                length = 4
                value = UInt32(b0 & 0x07)
            }
            for k in 1..<length { value = value << 6 | UInt32(b[i + k] & 0x3F) }
            if value == 0x3A3 { return nil }
            if let mapped = PythonStrTables.lowerMapping(value) {
                for m in mapped { UTF8.encode(Unicode.Scalar(m)!) { out.append($0) } }
            } else {
                for k in 0..<length { out.append(b[i + k]) }
            }
            i += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `lower` scalar by scalar, with the final-sigma rule.
    static func lowerByScalars(_ s: String) -> String {
        let scalars = ScalarText.scalars(of: s)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for (i, scalar) in scalars.enumerated() {
            if scalar.isASCII {
                let v = scalar.value
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : scalar)
            } else if scalar.value == 0x3A3 {
                out.append(isFinalSigma(scalars, at: i) ? "\u{3C2}" : "\u{3C3}")
            } else if let mapped = PythonStrTables.lowerMapping(scalar.value) {
                for m in mapped { out.append(Unicode.Scalar(m)!) }
            } else {
                out.append(scalar)
            }
        }
        return ScalarText.string(out)
    }

    /// `s.upper()`: full Unicode uppercase mapping (SpecialCasing: "ß" -> "SS"); CPython
    /// 3.11's table (`PythonStrTables`).
    public static func upper(_ s: String) -> String {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                out.append(v >= 0x61 && v <= 0x7A ? Unicode.Scalar(v - 32)! : scalar)
            } else if let mapped = PythonStrTables.upperMapping(scalar.value) {
                for m in mapped { out.append(Unicode.Scalar(m)!) }
            } else {
                out.append(scalar)
            }
        }
        return ScalarText.string(out)
    }

    /// CPython's final-sigma test: a cased letter before (skipping case-ignorables) and
    /// none after.
    private static func isFinalSigma(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var j = index - 1
        while j >= 0, PythonCharacterClass.isCaseIgnorable(scalars[j]) { j -= 1 }
        guard j >= 0, PythonCharacterClass.isCased(scalars[j]) else { return false }
        var k = index + 1
        while k < scalars.count, PythonCharacterClass.isCaseIgnorable(scalars[k]) { k += 1 }
        return !(k < scalars.count && PythonCharacterClass.isCased(scalars[k]))
    }

    /// `s.isupper()`: at least one uppercase character and no lowercase or titlecase one.
    public static func isUpper(_ s: String) -> Bool {
        var cased = false
        for scalar in s.unicodeScalars {
            if PythonCharacterClass.isLower(scalar) || PythonCharacterClass.isTitle(scalar) { return false }
            if !cased && PythonCharacterClass.isUpper(scalar) { cased = true }
        }
        return cased
    }

    /// `s.islower()`: at least one lowercase character and no uppercase or titlecase one.
    public static func isLower(_ s: String) -> Bool {
        var cased = false
        for scalar in s.unicodeScalars {
            if PythonCharacterClass.isUpper(scalar) || PythonCharacterClass.isTitle(scalar) { return false }
            if !cased && PythonCharacterClass.isLower(scalar) { cased = true }
        }
        return cased
    }

    /// `a.startswith(b)` on scalars (compared as UTF-8 bytes: for valid UTF-8 a byte
    /// prefix is a scalar prefix).
    public static func startsWith(_ s: String, _ prefix: String) -> Bool {
        s.utf8.starts(with: prefix.utf8)
    }

    /// `a.endswith(b)` on scalars (compared as UTF-8 bytes: a valid UTF-8 suffix starts on
    /// a scalar boundary).
    public static func endsWith(_ s: String, _ suffix: String) -> Bool {
        let a = s.utf8, b = suffix.utf8
        guard b.count <= a.count else { return false }
        return a[a.index(a.endIndex, offsetBy: -b.count)...].elementsEqual(b)
    }

    /// `needle in haystack` on scalars.
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        // On the UTF-8 bytes: UTF-8 is self-synchronising, so a byte match of valid UTF-8
        // starts and ends on scalar boundaries and is exactly a code-point match.
        if needle.isEmpty { return true }
        var h = haystack, n = needle
        return h.withUTF8 { hb in n.withUTF8 { nb in ByteSearch.contains(nb, in: hb) } }
    }

    /// `s.removeprefix(p)`.
    public static func removePrefix(_ s: String, _ prefix: String) -> String {
        guard startsWith(s, prefix) else { return s }
        let scalars = Substring(s).unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: prefix.unicodeScalars.count)
        return String(scalars[start...])
    }

    /// `s.removesuffix(p)`.
    public static func removeSuffix(_ s: String, _ suffix: String) -> String {
        guard !suffix.isEmpty, endsWith(s, suffix) else { return s }
        let scalars = Substring(s).unicodeScalars
        let end = scalars.index(scalars.endIndex, offsetBy: -suffix.unicodeScalars.count)
        return String(scalars[..<end])
    }

    /// `s.replace(old, "")` for a single-scalar `old`.
    public static func removeAll(_ s: String, scalar: Unicode.Scalar) -> String {
        ScalarText.string(ScalarText.scalars(of: s).filter { $0 != scalar })
    }

    /// `len(s)`: the number of code points.
    public static func length(_ s: String) -> Int { s.unicodeScalars.count }
}

extension PythonString {
    /// `not s.strip()`: empty or only `str.isspace` characters.
    public static func isBlank(_ scalars: some Collection<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy(PythonCharacterClass.isSpace)
    }

    public static func isBlank(_ s: String) -> Bool { isBlank(s.unicodeScalars) }
}

extension PythonString {
    /// The first `count` scalars of `lower(s)`, computed from a prefix of `s` when that is
    /// exact: case mappings never shorten a character, and only capital sigma depends on
    /// its neighbours, so a prefix without U+03A3 lowers independently of the rest.
    public static func lowerPrefix(_ s: String, count: Int) -> String {
        let window = s.unicodeScalars.prefix(count + 1)
        if window.count > count && !window.contains("\u{3A3}") {
            return String(Substring(lower(String(window))).unicodeScalars.prefix(count))
        }
        return lower(s)
    }

    /// Whether `lower(text)`, for the bytes `range` of a text, starts (or with `atEnd`,
    /// ends) with the ASCII `expected`, read from the bytes: an ASCII character lowers to
    /// one ASCII character whatever surrounds it, so the answer is settled at the first
    /// difference or once `expected` is matched. Nil when a non-ASCII character comes
    /// first (some lower to ASCII letters, or to more than one character): the caller
    /// then lowers the text.
    static func asciiLowerAffixMatches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ expected: [UInt8], atEnd: Bool) -> Bool? {
        for k in expected.indices {
            guard k < range.count else { return false }
            let byte = bytes[atEnd ? range.upperBound - 1 - k : range.lowerBound + k]
            guard byte < 0x80 else { return nil }
            let want = expected[atEnd ? expected.count - 1 - k : k]
            if (byte &- 0x41 < 26 ? byte + 32 : byte) != want { return false }
        }
        return true
    }

    /// The last `count` scalars of `lower(s)` (see `lowerPrefix`).
    public static func lowerSuffix(_ s: String, count: Int) -> String {
        let window = s.unicodeScalars.suffix(count + 1)
        if window.count > count && !window.contains("\u{3A3}") {
            return String(Substring(lower(String(window))).unicodeScalars.suffix(count))
        }
        return lower(s)
    }
}

extension PythonString {
    /// `a == b` as Python compares strings: code point by code point. (Swift's `==`
    /// equates canonically equivalent strings, such as "é" and "e\u{301}".)
    public static func identical(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8Bytes { xb in
            b.withUTF8Bytes { yb in xb.isEmpty || memcmp(xb.baseAddress!, yb.baseAddress!, xb.count) == 0 }
        }
    }
}

/// A string that hashes and compares by code points, as a Python `dict` key does.
public struct CodePointKey: Hashable, Sendable {
    public let string: String
    /// The UTF-8 bytes hashed eight at a time (`Hasher` takes bytes one by one, and prompt
    /// texts are long), once, when the key is made: keys made on worker threads are then
    /// looked up without hashing their text again.
    private let bytesHash: UInt64

    public init(_ string: String) {
        self.string = string
        bytesHash = string.withUTF8Bytes { Self.wordHash(UnsafeRawBufferPointer($0)) }
    }

    public static func == (a: CodePointKey, b: CodePointKey) -> Bool {
        a.bytesHash == b.bytesHash && PythonString.identical(a.string, b.string)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytesHash)
    }

    static func wordHash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        func mix(_ word: UInt64) {
            h = (h ^ word) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 32
        }
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < bytes.count {
            var tail: UInt64 = 0
            for (shift, byte) in bytes[offset...].enumerated() { tail |= UInt64(byte) << (8 * shift) }
            mix(tail)
        }
        return h
    }
}
