import Testing
@testable import IFEvalEngine

/// The letter count works on bytes plus a short list of non-ASCII code points whose
/// lowercase form holds an ASCII letter; the list is checked against `lower()` over every
/// code point, and the count against `Counter(text.lower())[letter]` worked by hand.
@Suite struct LetterFrequencyCountTests {
    @Test func onlyTheListedNonASCIICodePointsLowerToAnASCIILetter() {
        var found: [(Unicode.Scalar, Unicode.Scalar)] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for lowered in PythonString.lower(String(scalar)).unicodeScalars where ("a"..."z").contains(lowered) {
                found.append((scalar, lowered))
            }
        }
        #expect(found.map { "\($0.0.value) \($0.1)" } == LetterFrequency.nonASCIILowering.map { "\($0.0.value) \($0.1)" })
    }

    @Test func countsTheLetterInTheLowercasedText() throws {
        func count(_ letter: String, _ text: String) throws -> String {
            let verifier = try Suite.ifeval.makeVerifier(
                id: "keywords:letter_frequency",
                kwargs: [("letter", .string(letter)), ("let_frequency", .number(JSONNumber(1))), ("let_relation", .string("at least"))],
                prompt: "")
            return verifier.check(text, context: VerificationContext(analyzers: .standard)).reason
        }
        // "İ" lowers to "i" + U+0307, the Kelvin sign to "k"; "ı" and "K" fullwidth do not.
        #expect(try count("i", "İstanbul ıi I") .hasPrefix("found the letter 'i' 3 times"))
        #expect(try count("K", "\u{212A}elvin kK \u{FF2B}").hasPrefix("found the letter 'k' 3 times"))
        #expect(try count("e", "éèe E").hasPrefix("found the letter 'e' 2 times"))
    }
}
