/// Character classes of the third-party `regex` module, which nltk 3.10.4 uses for all
/// its patterns (through `nltk.redos`), so for Punkt, `word_tokenize` and the `\w+` word
/// count. They differ from the standard `re` module's: `\w` includes combining marks,
/// connector punctuation and the joiners but not numbers like `²` or `½`; `\s` is the
/// Unicode White_Space property, without U+001C...U+001F.
public enum RegexModuleCharacterClass {
    @inlinable
    public static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        if v == 0x200C || v == 0x200D { return true }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
            return true
        default:
            return false
        }
    }

    @inlinable
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    @inlinable
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return scalar.properties.generalCategory == .decimalNumber
    }
}
