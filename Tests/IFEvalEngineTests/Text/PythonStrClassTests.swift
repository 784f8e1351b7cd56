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
    }
}
