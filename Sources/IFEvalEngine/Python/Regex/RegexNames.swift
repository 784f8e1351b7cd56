/// What `re`'s parser asks of Python beyond the pattern itself: `unicodedata.lookup` for
/// `\N{...}`, `str.isidentifier()` for group names, `int()` for conditional group
/// numbers and `repr()` for error messages, with CPython 3.11's Unicode 14 tables
/// (`RegexUnicodeData`, generated).
enum RegexNames {
    // MARK: unicodedata.lookup

    /// The code `unicodedata.lookup(name)` gives when it is one character, else nil.
    static func lookup(_ name: [UInt32]) -> UInt32? {
        if let code = hangulSyllable(name) { return code < 0 ? nil : UInt32(code) }
        if let code = unifiedIdeograph(name) { return code < 0 ? nil : UInt32(code) }
        // Names compare up to ASCII case; non-ASCII text names nothing.
        guard name.allSatisfy({ $0 < 0x80 }) else { return nil }
        let wanted = name.map { UInt8($0 >= 0x61 && $0 <= 0x7A ? $0 - 32 : $0) }
        return names[wanted]
    }

    private static let hangulLeading = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"]
    private static let hangulVowel = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO",
                                      "WE", "WI", "YU", "EU", "YI", "I"]
    private static let hangulTrailing = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH",
                                         "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"]

    /// CPython's `_getcode` for `HANGUL SYLLABLE ...` (case-sensitive prefix, longest jamo
    /// names first): nil if the name does not start so, -1 if it is not a syllable.
    private static func hangulSyllable(_ name: [UInt32]) -> Int? {
        let prefix = Array("HANGUL SYLLABLE ".unicodeScalars.map(\.value))
        guard name.starts(with: prefix) else { return nil }
        var pos = prefix.count
        func find(_ table: [String]) -> Int {
            var best = -1
            var bestLength = -1
            for (i, jamo) in table.enumerated() {
                let s = jamo.unicodeScalars.map(\.value)
                if s.count <= bestLength { continue }
                if name.count - pos >= s.count && Array(name[pos..<(pos + s.count)]) == s {
                    best = i
                    bestLength = s.count
                }
            }
            pos += max(bestLength, 0)
            return best
        }
        let l = find(hangulLeading)
        let v = find(hangulVowel)
        let t = find(hangulTrailing)
        guard l >= 0, v >= 0, t >= 0, pos == name.count else { return -1 }
        return 0xAC00 + (l * 21 + v) * 28 + t
    }

    /// `CJK UNIFIED IDEOGRAPH-XXXX` (four or five upper-case hex digits, a unified
    /// ideograph): nil if the name does not start so, -1 if it names nothing.
    private static func unifiedIdeograph(_ name: [UInt32]) -> Int? {
        let prefix = Array("CJK UNIFIED IDEOGRAPH-".unicodeScalars.map(\.value))
        guard name.starts(with: prefix) else { return nil }
        let digits = name[prefix.count...]
        guard digits.count == 4 || digits.count == 5 else { return -1 }
        var v = 0
        for d in digits {
            switch d {
            case 0x30...0x39: v = v * 16 + Int(d - 0x30)
            case 0x41...0x46: v = v * 16 + Int(d - 0x41 + 10)
            default: return -1
            }
        }
        return tables.ideographs.contains { $0.contains(UInt32(v)) } ? v : -1
    }

    // MARK: str methods

    /// `str.isidentifier()`.
    static func isIdentifier(_ name: [UInt32]) -> Bool {
        guard let first = name.first, inRanges(first, tables.identifierStart) else { return false }
        return name.dropFirst().allSatisfy { inRanges($0, tables.identifierContinue) }
    }

    /// `repr(s)` for a `str`.
    static func repr(_ s: [UInt32]) -> String {
        let quote: UInt32 = s.contains(0x27) && !s.contains(0x22) ? 0x22 : 0x27
        var out = String.UnicodeScalarView()
        func hex(_ prefix: String, _ value: UInt32, _ width: Int) {
            let digits = String(value, radix: 16)
            out.append(contentsOf: (prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits).unicodeScalars)
        }
        out.append(Unicode.Scalar(quote)!)
        for c in s {
            switch c {
            case quote, 0x5C: out.append("\\"); out.append(Unicode.Scalar(c)!)
            case 0x09: out.append(contentsOf: "\\t".unicodeScalars)
            case 0x0A: out.append(contentsOf: "\\n".unicodeScalars)
            case 0x0D: out.append(contentsOf: "\\r".unicodeScalars)
            case ..<0x20, 0x7F: hex("\\x", c, 2)
            case ..<0x7F: out.append(Unicode.Scalar(c)!)
            default:
                if inRanges(c, tables.printable), let scalar = Unicode.Scalar(c) {
                    out.append(scalar)
                } else if c <= 0xFF {
                    hex("\\x", c, 2)
                } else if c <= 0xFFFF {
                    hex("\\u", c, 4)
                } else {
                    hex("\\U", c, 8)
                }
            }
        }
        out.append(Unicode.Scalar(quote)!)
        return String(out)
    }

    /// `int(s)` for a `str` of decimal digits (white space around, a sign, single
    /// underscores between digits, any Unicode decimal digits); nil where `int` raises.
    /// Values beyond `Int` saturate.
    static func pythonInt(_ s: [UInt32]) -> Int? {
        var scalars = s[...]
        func isSpace(_ c: UInt32) -> Bool { Unicode.Scalar(c).map(PythonCharacterClass.isSpace) ?? false }
        while let f = scalars.first, isSpace(f) { scalars.removeFirst() }
        while let l = scalars.last, isSpace(l) { scalars.removeLast() }
        var negative = false
        if let f = scalars.first, f == 0x2B || f == 0x2D {
            negative = f == 0x2D
            scalars.removeFirst()
        }
        guard !scalars.isEmpty else { return nil }
        var value = 0
        var previousUnderscore = true
        for c in scalars {
            if c == 0x5F {
                if previousUnderscore { return nil }
                previousUnderscore = true
                continue
            }
            guard let digit = decimalValue(c) else { return nil }
            previousUnderscore = false
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(digit)
            value = o1 || o2 ? Int.max : a
        }
        if previousUnderscore { return nil }
        return negative ? -value : value
    }

    /// The value of a Unicode decimal digit: digits come in runs of ten from zero.
    private static func decimalValue(_ c: UInt32) -> Int? {
        func isDecimal(_ c: UInt32) -> Bool { Unicode.Scalar(c).map(PythonCharacterClass.isDecimal) ?? false }
        guard isDecimal(c) else { return nil }
        var start = c
        while start > 0 && isDecimal(start - 1) { start -= 1 }
        return Int(c - start) % 10
    }

    // MARK: Tables

    private static func inRanges(_ c: UInt32, _ ranges: [ClosedRange<UInt32>]) -> Bool {
        var lo = 0
        var hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound < c { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].contains(c)
    }

    private struct Tables: Sendable {
        let ideographs: [ClosedRange<UInt32>]
        let identifierStart: [ClosedRange<UInt32>]
        let identifierContinue: [ClosedRange<UInt32>]
        let printable: [ClosedRange<UInt32>]
    }

    /// Decoded at first use (only patterns with group names or errors need them).
    private static let tables = Tables(ideographs: ranges(RegexUnicodeData.unifiedIdeographs),
                                       identifierStart: ranges(RegexUnicodeData.identifierStart),
                                       identifierContinue: ranges(RegexUnicodeData.identifierContinue),
                                       printable: ranges(RegexUnicodeData.printable))

    /// Decoded at first use (only patterns with `\N{...}` need it).
    private static let names: [[UInt8]: UInt32] = {
        var names: [[UInt8]: UInt32] = [:]
        names.reserveCapacity(36_000)
        var previous: [UInt8] = []
        var current: [UInt8] = []
        var code: UInt32 = 0
        var state = 0  // 0: prefix length, 1: name, 2: code
        for byte in RegexUnicodeData.names.utf8 {
            switch state {
            case 0:
                current = Array(previous.prefix(Int(byte) - 0x30))
                state = 1
            case 1:
                if byte == UInt8(ascii: ":") { state = 2; code = 0 } else { current.append(byte) }
            default:
                if byte == UInt8(ascii: "\n") {
                    names[current] = code
                    previous = current
                    state = 0
                } else {
                    code = code << 4 | UInt32(byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0") : byte - UInt8(ascii: "a") + 10)
                }
            }
        }
        return names
    }()

    /// Parses `a-b c d-e` (hex) ranges.
    static func ranges(_ text: String) -> [ClosedRange<UInt32>] {
        text.split(separator: " ").map { part in
            let bounds = part.split(separator: "-").map { UInt32($0, radix: 16)! }
            return bounds[0]...bounds[bounds.count - 1]
        }
    }
}
