/// `str.isdigit()` and `str.isnumeric()` as CPython 3.11 (Unicode 14.0) defines them.
extension PythonCharacterClass {
    /// `str.isdigit()` for one scalar: Numeric_Type Decimal or Digit (so "²" and "①" are
    /// digits, "½" is not).
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return has(scalar, PythonStrTables.Flag.digit)
    }

    /// `str.isnumeric()` for one scalar: any Numeric_Type (in CPython 3.11's table: CJK
    /// ideographs that later Unicode gave a numeric value, such as U+4E24, are not).
    public static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return has(scalar, PythonStrTables.Flag.numeric)
    }
}
extension PythonString {
    /// `s.isdigit()`: not empty and every code point a digit.
    public static func isDigit(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy(PythonCharacterClass.isDigit)
    }

    /// `s.isalpha()`: not empty and every code point a letter.
    public static func isAlpha(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy(PythonCharacterClass.isAlpha)
    }

    /// `s.isspace()`: not empty and every code point white space.
    public static func isSpace(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy(PythonCharacterClass.isSpace)
    }
}
