/// Python's case classes on scalars, for the tokenizers: kept apart from `ScalarText`'s
/// UTF-8 conversions (in `Support/`) because they read CPython's tables.
extension ScalarText {
    /// Python's `s.isupper()` on a slice of scalars.
    static func isUpper<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> Bool {
        var cased = false
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x61 && v <= 0x7A { return false }
                if v >= 0x41 && v <= 0x5A { cased = true }
                continue
            }
            let flags = v < caseTableLimit ? caseTable[Int(v)] : caseFlags(scalar)
            if flags & lowerOrTitleFlag != 0 { return false }
            if flags & upperFlag != 0 { cased = true }
        }
        return cased
    }

    static let upperFlag: UInt8 = 1
    static let lowerFlag: UInt8 = 2
    static let titleFlag: UInt8 = 4
    static let lowerOrTitleFlag: UInt8 = lowerFlag | titleFlag

    /// Python's case classes of `c` as flags (at most one: no character is two of upper,
    /// lower and title case).
    static func caseFlags(_ c: Unicode.Scalar) -> UInt8 {
        if PythonCharacterClass.isLower(c) { return lowerFlag }
        if PythonCharacterClass.isTitle(c) { return titleFlag }
        return PythonCharacterClass.isUpper(c) ? upperFlag : 0
    }

    /// `caseFlags(c)`, through the table where it reaches. Past it, CJK, Hangul and
    /// emoji, among others, are uncased (U+3000...U+A63F, U+ABC0...U+FAFF, from U+1F18A;
    /// checked by `ScalarTextTests`).
    @inline(__always)
    static func flags(_ c: Unicode.Scalar) -> UInt8 {
        let v = c.value
        if v < 0x80 { return v &- 0x41 < 26 ? upperFlag : v &- 0x61 < 26 ? lowerFlag : 0 }
        if v < caseTableLimit { return caseTable[Int(v)] }
        if v < 0xA640 || (v >= 0xABC0 && v < 0xFB00) || v >= 0x1F18A { return 0 }
        return caseFlags(c)
    }

    /// `caseFlags` of the code points below U+3000 (the alphabetic scripts and
    /// punctuation), made once on first use (about a millisecond).
    static let caseTableLimit: UInt32 = 0x3000
    static let caseTable: [UInt8] = (0..<caseTableLimit).map { v in Unicode.Scalar(v).map(caseFlags) ?? 0 }
}
