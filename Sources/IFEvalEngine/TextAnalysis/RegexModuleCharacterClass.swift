/// Character classes as the third-party `regex` module (which nltk 3.10.4 routes its
/// patterns through) defines them for `str` patterns. They differ from `re`: `\s` leaves
/// out U+001C...U+001F, and `\w` also takes every mark (Mn, Mc, Me), connector
/// punctuation and the joiners, but not other numbers such as "²".
enum RegexModuleCharacterClass {
    /// `\s` in `regex`.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return PythonCharacterClass.isSpace(scalar)
    }

    /// `\w` in `regex`: Alphabetic, marks, decimal digits, connector punctuation, ZWNJ, ZWJ.
    @inline(__always)
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        return isNonASCIIWord(scalar)
    }

    static func isNonASCIIWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value == 0x200C || scalar.value == 0x200D { return true }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
            return true
        default:
            return false
        }
    }

    /// `\d` in `regex`: general category Nd.
    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return scalar.properties.generalCategory == .decimalNumber
    }

    /// `[^\W\d]`: a word character that is not a digit.
    @inline(__always)
    static func isLetterLike(_ scalar: Unicode.Scalar) -> Bool {
        isWord(scalar) && !isDigit(scalar)
    }
}
