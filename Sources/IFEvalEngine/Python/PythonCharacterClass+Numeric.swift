/// `str.isdigit()` and `str.isnumeric()` as CPython 3.11 (Unicode 14.0) defines them.
extension PythonCharacterClass {
    /// `str.isdigit()` for one scalar: Numeric_Type Decimal or Digit (so "²" and "①" are
    /// digits, "½" is not).
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        guard isAssignedInPython(scalar), let type = scalar.properties.numericType else { return false }
        return type == .decimal || type == .digit
    }

    /// `str.isnumeric()` for one scalar: any Numeric_Type.
    public static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return isAssignedInPython(scalar) && scalar.properties.numericType != nil
            && !gainedNumericValueAfterUnicode14.contains(scalar.value)
    }

    /// Code points of Unicode 14.0 that later versions gave a numeric value (CJK
    /// ideographs and cuneiform signs with kOtherNumeric / new numeric values); CPython
    /// 3.11 does not see them as numeric. Found by comparing every code point with
    /// CPython (IFBenchBasicTextTests). They are letters, so `isalnum` is unaffected.
    static let gainedNumericValueAfterUnicode14: Set<UInt32> = [
        0x4E24, 0x4EAC, 0x4FE9, 0x5006, 0x62D0, 0x6D1E, 0x7695, 0x79ED, 0x920E, 0x94A9,
        0x12038, 0x12039, 0x12079, 0x12226, 0x1222B, 0x1230B, 0x1230D, 0x12399,
    ]
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
