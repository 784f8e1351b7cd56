import Testing
@testable import IFEvalEngine

/// The letter used where the official code draws a random one is what the README says:
/// `random.Random(0).choice(string.ascii_letters).lower()` ("y" in CPython 3.11).
@Suite struct LetterFallbackTests {
    @Test func fallbackLetterIsSeedZerosChoice() {
        var random = CPythonRandom(seed: 0)
        let asciiLetters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".unicodeScalars)
        let choice = random.choice(asciiLetters)
        #expect(choice == "y")
        #expect(PythonString.lower(String(choice)) == String(LetterFrequency.fallbackLetter))
    }

    @Test func nonLetterIsReplacedAndSaidSo() throws {
        let verifier = try Suite.ifeval.makeVerifier(
            id: "keywords:letter_frequency",
            kwargs: [("letter", .string("#")), ("let_frequency", .number(JSONNumber(2))), ("let_relation", .string("at least"))],
            prompt: "")
        let verdict = verifier.check("yes, you may say yay", context: VerificationContext(analyzers: .standard))
        #expect(verdict.followed)
        #expect(verdict.reason.contains("not an ASCII letter"))
    }
}
