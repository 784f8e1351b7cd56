/// Character classes as CPython 3.11 defines them for `str` methods and `re` on `str`.
/// Python strings are sequences of Unicode scalars, so everything here works per scalar.
/// Every property comes from CPython 3.11's own tables (Unicode 14.0, generated into
/// `PythonStrTables`), never from the Swift runtime, whose newer Unicode differs even
/// for characters Unicode 14 had (U+A7F2 became Lowercase, U+0264 gained an uppercase).
public enum PythonCharacterClass {
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

    @inline(__always)
    static func has(_ scalar: Unicode.Scalar, _ flag: UInt16) -> Bool {
        PythonStrTables.flags(scalar.value) & flag != 0
    }

    /// `str.isalpha()` for one scalar: general category Lu, Ll, Lt, Lm or Lo.
    public static func isAlpha(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return has(scalar, PythonStrTables.Flag.alpha)
    }

    /// `str.isdecimal()` for one scalar (general category Nd); `\d` in `re`.
    public static func isDecimal(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return has(scalar, PythonStrTables.Flag.decimal)
    }

    /// The value of a decimal digit (`unicodedata.decimal`, what `int()` reads), nil for
    /// other characters.
    public static func decimalValue(_ scalar: Unicode.Scalar) -> Int? {
        let flags = PythonStrTables.flags(scalar.value)
        return flags & PythonStrTables.Flag.decimal != 0 ? Int(flags >> 12) : nil
    }

    /// `str.isalnum()` for one scalar: alpha, decimal, digit or numeric (every decimal is
    /// a digit and every digit numeric, which the generator checks).
    public static func isAlnum(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return has(scalar, PythonStrTables.Flag.alpha | PythonStrTables.Flag.numeric)
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
        return has(scalar, PythonStrTables.Flag.upper)
    }

    /// CPython's `Py_UNICODE_ISLOWER`: the derived Lowercase property.
    public static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x61 && scalar.value <= 0x7A }
        return has(scalar, PythonStrTables.Flag.lower)
    }

    /// CPython's `Py_UNICODE_ISTITLE`: general category Lt.
    public static func isTitle(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return false }
        return has(scalar, PythonStrTables.Flag.title)
    }

    /// CPython's `_PyUnicode_IsCased` (for the final-sigma rule of `str.lower()`).
    static func isCased(_ scalar: Unicode.Scalar) -> Bool {
        has(scalar, PythonStrTables.Flag.cased)
    }

    /// CPython's `_PyUnicode_IsCaseIgnorable` (for the final-sigma rule).
    static func isCaseIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        has(scalar, PythonStrTables.Flag.caseIgnorable)
    }
}
