import Testing
@testable import IFEvalEngine

/// Prompts with the same instruction list share verifiers; lists that differ in any code
/// point do not (Swift's `==` would equate "é" and "e\u{301}").
@Suite struct VerifierCacheTests {
    static func record(_ key: Int, keyword: String, relation: String = "at least") -> PromptRecord {
        PromptRecord(key: .int(key), prompt: "Prompt \(key)", instructionIDs: ["keywords:frequency"],
                     kwargs: [[("keyword", .string(keyword)), ("frequency", .number(JSONNumber(1))), ("relation", .string(relation))]])
    }

    @Test func sharesOnlyIdenticalInstructionLists() throws {
        let cache = VerifierCache()
        let composed = try PreparedPrompt(Self.record(1, keyword: "caf\u{E9}"), cache: cache)
        let decomposed = try PreparedPrompt(Self.record(2, keyword: "cafe\u{301}"), cache: cache)
        let again = try PreparedPrompt(Self.record(3, keyword: "caf\u{E9}"), cache: cache)
        let evaluator = Evaluator()
        let response = "Un caf\u{E9}, s'il vous pla\u{EE}t."
        #expect(evaluator.evaluate(composed, response: response).followsAllStrict)
        #expect(!evaluator.evaluate(decomposed, response: response).followsAllStrict)
        #expect(evaluator.evaluate(again, response: response).followsAllStrict)
        #expect(again.key == .int(3) && again.prompt == "Prompt 3")
        // The same list is built once: the prompts share one verifier array.
        again.verifiers.withUnsafeBufferPointer { a in
            composed.verifiers.withUnsafeBufferPointer { b in #expect(a.baseAddress == b.baseAddress) }
        }
        // A list that fails to build fails every time, with the same message.
        let bad = Self.record(4, keyword: "x", relation: "about")
        let first = #expect(throws: InstructionError.self) { try PreparedPrompt(bad, cache: cache) }
        let second = #expect(throws: InstructionError.self) { try PreparedPrompt(bad, cache: cache) }
        #expect(first?.description == second?.description)
    }
}
