import Testing
@testable import IFEvalEngine

/// Verifiers that declare a failure final for the loose variants: on random texts full of
/// the characters that matter (`*`, line breaks, brackets, letters, white space), every
/// variant of a failing response fails too, as their proofs say.
@Suite struct VariantShortcutTests {
    static let pieces = ["*", "**", "\n", "\n\n", " ", "  ", "word", "Ké", "a*b", "[x]", "[", "]", "é\u{301}", "_", "1", "\t", "x y", "*hi*", "\u{3000}"]

    @Test func failuresOnTheResponseAreFailuresOnEveryVariant() throws {
        let context = VerificationContext(analyzers: .standard)
        var generator = CPythonRandom(seed: 7)
        let verifiers: [any Verifier] = try [
            InstructionRegistry.makeVerifier(id: "length_constraints:number_words", kwargs: [("num_words", .number(JSONNumber(6))), ("relation", .string("at least"))], prompt: ""),
            InstructionRegistry.makeVerifier(id: "keywords:letter_frequency", kwargs: [("letter", .string("k")), ("let_frequency", .number(JSONNumber(3))), ("let_relation", .string("at least"))], prompt: ""),
            InstructionRegistry.makeVerifier(id: "detectable_format:number_highlighted_sections", kwargs: [("num_highlights", .number(JSONNumber(3)))], prompt: ""),
            InstructionRegistry.makeVerifier(id: "detectable_content:number_placeholders", kwargs: [("num_placeholders", .number(JSONNumber(3)))], prompt: ""),
        ]
        var checked = 0
        for _ in 0..<3000 {
            let length = Int(generator.random() * 14)
            let text = (0..<length).map { _ in Self.pieces[Int(generator.random() * Double(Self.pieces.count))] }.joined()
            let variants = LooseVariant.texts(for: text)
            for verifier in verifiers where verifier.variantsFailWhenResponseFails && !verifier.check(text, context: context).followed {
                for variant in variants.dropFirst() {
                    #expect(!verifier.check(variant, context: context).followed, "\(type(of: verifier).id): \(text.debugDescription) -> \(variant.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000)
    }
}
