import Testing
@testable import IFEvalEngine

/// Checks the character classes of the `regex` module (used by nltk) on every code point
/// against ranges produced by the real module (`Scripts/oracle/regex_module_classes.py`).
@Suite struct RegexModuleCharacterClassTests {
    static func membership(_ name: String) throws -> [Bool] {
        try Vectors.rangeMembership("regex_module_classes", name)
    }

    /// Code points that Swift's Unicode tables and the module's may classify
    /// differently only because one of them has not assigned the code point yet.
    static func differsOnlyByUnicodeVersion(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .unassigned || scalar.properties.age == nil
            || (scalar.properties.age.map { $0.major >= 16 } ?? true)
    }

    func compare(_ name: String, _ predicate: (Unicode.Scalar) -> Bool) throws {
        let expected = try Self.membership(name)
        var mismatches: [String] = []
        var versionOnly = 0
        for cp in 0..<0x110000 {
            guard let scalar = Unicode.Scalar(UInt32(cp)), predicate(scalar) != expected[cp] else { continue }
            if Self.differsOnlyByUnicodeVersion(scalar) {
                versionOnly += 1
            } else {
                mismatches.append(String(cp, radix: 16))
            }
        }
        print("\(name): \(versionOnly) code points differ only where one Unicode version has not assigned them")
        #expect(mismatches.isEmpty, "\(name): \(mismatches.count) code points differ: \(mismatches.prefix(20))")
    }

    @Test func wordMatchesTheRegexModule() throws { try compare("word", RegexModuleCharacterClass.isWord) }
    @Test func spaceMatchesTheRegexModule() throws { try compare("space", RegexModuleCharacterClass.isSpace) }
    @Test func digitMatchesTheRegexModule() throws { try compare("digit", RegexModuleCharacterClass.isDigit) }
}
