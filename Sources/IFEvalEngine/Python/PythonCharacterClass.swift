/// Character classes as CPython 3.11 defines them for `str` methods and `re` on `str`.
/// Python strings are sequences of Unicode scalars, so everything here works per scalar.
public enum PythonCharacterClass {
    /// CPython 3.11 uses Unicode 14.0: a code point assigned later is unassigned there,
    /// so it is no letter, digit or cased character and has no case mapping.
    @inlinable
    public static func isAssignedInPython(_ scalar: Unicode.Scalar) -> Bool {
        guard let age = scalar.properties.age else { return false }
        return age.major < 14 || (age.major == 14 && age.minor == 0)
    }

    /// `str.isspace()`, also `\s` in `re` and the separators of `str.split()` / `str.strip()`.
    /// Includes the ASCII information separators U+001C...U+001F, which Swift does not
    /// count as white space.
    @inlinable
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
             0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// `str.isalpha()` for one scalar: general category Lu, Ll, Lt, Lm or Lo.
    public static func isAlpha(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        guard isAssignedInPython(scalar) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return false
        }
    }

    /// `str.isdecimal()` for one scalar (general category Nd); `\d` in `re`.
    public static func isDecimal(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.generalCategory == .decimalNumber && isAssignedInPython(scalar)
    }

    /// `str.isalnum()` for one scalar: alpha, decimal, digit or numeric.
    public static func isAlnum(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return isAlpha(scalar) || (scalar.properties.numericType != nil && isAssignedInPython(scalar))
    }

    /// `\w` in `re` on `str`: alphanumeric or underscore. Combining marks are not word
    /// characters, unlike in ICU.
    @inlinable
    public static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        return isAlnum(scalar)
    }

    /// CPython's `Py_UNICODE_ISUPPER`: the derived Uppercase property.
    public static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase && isAssignedInPython(scalar)
    }

    /// CPython's `Py_UNICODE_ISLOWER`: the derived Lowercase property.
    public static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x61 && scalar.value <= 0x7A }
        if scalar.value == 0x0295 { return true }  // Lowercase in Unicode 14, no longer in Swift's tables.
        return scalar.properties.isLowercase && isAssignedInPython(scalar) && !becameLowercaseAfterUnicode14.contains(scalar.value)
    }

    /// Code points of Unicode 14.0 that later versions made Lowercase (Other_Lowercase
    /// additions); CPython 3.11 does not see them as lower case. Found by comparing
    /// every code point with CPython (Tests/.../PythonStrClassTests).
    static let becameLowercaseAfterUnicode14: Set<UInt32> = [0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69]

    /// Code points of Unicode 14.0 that received an uppercase mapping later.
    static let gainedUppercaseAfterUnicode14: Set<UInt32> = [0x019B, 0x0264, 0xA7D3, 0xA7D5]

    /// CPython's `Py_UNICODE_ISTITLE`: general category Lt.
    public static func isTitle(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return false }
        return scalar.properties.generalCategory == .titlecaseLetter && isAssignedInPython(scalar)
    }

    /// Cased (for the final-sigma rule of `str.lower()`).
    static func isCased(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isUpper(scalar) || isLower(scalar) }
        return scalar.properties.isCased && isAssignedInPython(scalar)
    }

    static func isCaseIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            // ' . : ^ ` are Case_Ignorable in ASCII.
            switch scalar.value {
            case 0x27, 0x2E, 0x3A, 0x5E, 0x60: return true
            default: return false
            }
        }
        return scalar.properties.isCaseIgnorable && isAssignedInPython(scalar)
    }
}
