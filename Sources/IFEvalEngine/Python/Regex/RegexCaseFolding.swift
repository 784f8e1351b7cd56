/// The case rules of CPython's `re.IGNORECASE` for `str` patterns: characters are
/// compared through the simple lowercase mapping, plus a small table of characters that
/// share an uppercase form (`s`/`ſ`, `k`/Kelvin sign via lowercase, `ι`/`ͅ`/`ι`...).
enum RegexCaseFolding {
    /// `_sre.unicode_tolower`: the simple (one-to-one) lowercase mapping.
    @inline(__always)
    static func lower(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return (c >= 0x41 && c <= 0x5A) ? c + 32 : c }
        return tables.lower[c] ?? c
    }

    /// `_sre.unicode_iscased`: the character differs from its simple lower or upper case.
    static func isCased(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        return tables.lower[c] != nil || tables.casedOwnLowercase.contains(c)
    }

    /// Other lowercased characters equivalent to the lowercased `c` (empty for most).
    static func extraEquivalents(ofLowercased c: UInt32) -> [UInt32] {
        tables.extra[c] ?? []
    }

    /// `_sre.ascii_iscased`: an ASCII letter.
    static func isCasedASCII(_ c: UInt32) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    /// `sre_upper_unicode` (CPython's `_PyUnicode_ToUppercase`), only needed for
    /// IGNORECASE ranges reaching beyond the BMP, where CPython also compares the upper
    /// case of the folded scalar.
    static func upper(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return (c >= 0x61 && c <= 0x7A) ? c - 32 : c }
        return upperTable[c] ?? c
    }

    /// Decoded only when a pattern needs it.
    private static let upperTable: [UInt32: UInt32] = {
        var upper: [UInt32: UInt32] = [:]
        var pending: UInt32 = 0
        hexNumbers(RegexCaseData.uppercasePairs) { value, separator in
            if separator == UInt8(ascii: ":") { pending = value } else { upper[pending] = value }
        }
        return upper
    }()

    /// Builds the tables now (see `AnalyzerTables.warmUp`).
    static func warmUp() { _ = tables }

    private struct Tables: Sendable {
        let lower: [UInt32: UInt32]
        let casedOwnLowercase: Set<UInt32>
        let extra: [UInt32: [UInt32]]
    }

    /// Decoded at first use with a byte scanner (splitting the text into substrings cost
    /// 27 M instructions, paid while the other threads waited).
    private static let tables: Tables = {
        var lower: [UInt32: UInt32] = [:]
        var pending: UInt32 = 0
        hexNumbers(RegexCaseData.lowercasePairs) { value, separator in
            if separator == UInt8(ascii: ":") { pending = value } else { lower[pending] = value }
        }
        var cased = Set<UInt32>()
        var rangeStart: UInt32?
        hexNumbers(RegexCaseData.casedOwnLowercase) { value, separator in
            if separator == UInt8(ascii: "-") {
                rangeStart = value
            } else {
                for c in (rangeStart ?? value)...value { cased.insert(c) }
                rangeStart = nil
            }
        }
        var extra: [UInt32: [UInt32]] = [:]
        var key: UInt32?
        var values: [UInt32] = []
        hexNumbers(RegexCaseData.extraEquivalences) { value, separator in
            if key == nil {
                key = value
            } else {
                values.append(value)
                if separator != UInt8(ascii: ",") {
                    extra[key!] = values
                    key = nil
                    values = []
                }
            }
        }
        return Tables(lower: lower, casedOwnLowercase: cased, extra: extra)
    }()

    /// Calls `body` with each hexadecimal number of `text` and the byte that follows it
    /// (0 at the end).
    private static func hexNumbers(_ text: String, _ body: (UInt32, UInt8) -> Void) {
        var value: UInt32 = 0
        var inNumber = false
        for byte in text.utf8 {
            let digit: UInt32? = switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
            default: nil
            }
            if let digit {
                value = value << 4 | digit
                inNumber = true
            } else if inNumber {
                body(value, byte)
                value = 0
                inNumber = false
            }
        }
        if inNumber { body(value, 0) }
    }
}
