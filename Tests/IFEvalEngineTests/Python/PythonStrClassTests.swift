import Testing
import IFEvalEngine

/// Checks the `str` predicates and case mappings on every code point against CPython
/// 3.11 (`Scripts/oracle/python_str_classes.py`).
@Suite struct PythonStrClassTests {
    static func membership(_ name: String) throws -> [Bool] {
        try Vectors.rangeMembership("python_str_classes", name)
    }

    func compare(_ name: String, _ predicate: (Unicode.Scalar) -> Bool) throws {
        let expected = try Self.membership(name)
        var mismatches: [String] = []
        for cp in 0..<0x110000 {
            guard let scalar = Unicode.Scalar(UInt32(cp)) else { continue }
            if predicate(scalar) != expected[cp] { mismatches.append(String(cp, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(name): \(mismatches.count) code points differ from CPython 3.11: \(mismatches.prefix(20))")
    }

    @Test func isspace() throws { try compare("isspace", PythonCharacterClass.isSpace) }
    @Test func isalpha() throws { try compare("isalpha", PythonCharacterClass.isAlpha) }
    @Test func isalnum() throws { try compare("isalnum", PythonCharacterClass.isAlnum) }
    @Test func isdecimal() throws { try compare("isdecimal", PythonCharacterClass.isDecimal) }
    @Test func isupperOfOneCharacter() throws { try compare("isupper") { PythonString.isUpper(String($0)) } }
    @Test func islowerOfOneCharacter() throws { try compare("islower") { PythonString.isLower(String($0)) } }
    @Test func titlecase() throws { try compare("istitle_char", PythonCharacterClass.isTitle) }
    @Test func isdigit() throws { try compare("isdigit", PythonCharacterClass.isDigit) }
    @Test func isnumeric() throws { try compare("isnumeric", PythonCharacterClass.isNumeric) }

    /// The final-sigma rule of `str.lower()` next to every code point: `cΣ`, `AcΣ`, `AΣc`.
    @Test func finalSigmaNextToEveryCodePoint() throws {
        try compare("final_sigma_after") { PythonString.lower(String($0) + "\u{3A3}").unicodeScalars.last == "\u{3C2}" }
        try compare("final_sigma_around") { PythonString.lower("A" + String($0) + "\u{3A3}").unicodeScalars.last == "\u{3C2}" }
        try compare("final_sigma_before") {
            Array(PythonString.lower("A\u{3A3}" + String($0)).unicodeScalars).dropFirst().first == "\u{3C2}"
        }
    }

    /// `unicodedata.decimal` of every decimal digit (what `int()` reads).
    @Test func decimalValues() throws {
        let vectors = try Vectors.load("python_str_classes")
        var expected: [UInt32: Int] = [:]
        for entry in vectors["decimal_values"]?.arrayValue ?? [] {
            guard let pair = entry.arrayValue, case let .number(cp) = pair[0], case let .number(value) = pair[1] else { continue }
            expected[UInt32(cp.intValue!)] = value.intValue!
        }
        #expect(expected.count > 600)
        var mismatches: [String] = []
        for cp in UInt32(0)..<0x110000 {
            guard let scalar = Unicode.Scalar(cp) else { continue }
            if PythonCharacterClass.decimalValue(scalar) != expected[cp] { mismatches.append(String(cp, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "decimal values: \(mismatches.count) code points differ from CPython 3.11: \(mismatches.prefix(20))")
    }

    func compareMapping(_ name: String, _ map: (String) -> String) throws {
        let vectors = try Vectors.load("python_str_classes")
        var expected: [UInt32: [UInt32]] = [:]
        for entry in vectors[name]?.arrayValue ?? [] {
            guard let pair = entry.arrayValue, case let .number(cp) = pair[0], let mapped = pair[1].arrayValue else { continue }
            expected[UInt32(cp.intValue!)] = mapped.compactMap { if case let .number(n) = $0 { return UInt32(n.intValue!) } else { return nil } }
        }
        var mismatches: [String] = []
        for cp in UInt32(0)..<0x110000 {
            guard let scalar = Unicode.Scalar(cp) else { continue }
            let got = map(String(scalar)).unicodeScalars.map(\.value)
            if got != (expected[cp] ?? [cp]) { mismatches.append(String(cp, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(name): \(mismatches.count) code points map differently from CPython 3.11: \(mismatches.prefix(20))")
    }

    @Test func lower() throws { try compareMapping("lower", PythonString.lower) }
    @Test func upper() throws { try compareMapping("upper", PythonString.upper) }

    @Test func finalSigmaAndSpecialCasing() {
        #expect(PythonString.lower("ΣΑΣ Σ") == "σας σ")
        #expect(PythonString.lower("AΣ1") == "aς1")
        #expect(PythonString.lower("İ") == "i\u{307}")
        #expect(PythonString.upper("ß") == "SS")
        // Case mappings that later Unicode versions changed for Unicode 14 characters.
        #expect(PythonString.upper("\u{264}") == "\u{264}")  // Unicode 16 maps it to U+A7CB
        #expect(PythonString.lower("\u{A7CB}") == "\u{A7CB}")  // unassigned in Unicode 14
        #expect(PythonString.isLower("\u{A7F2}") == false)  // Lowercase only since Unicode 15
    }
}
