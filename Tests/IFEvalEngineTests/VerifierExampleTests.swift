import Testing
@testable import IFEvalEngine

/// Runs the examples every verifier carries, the way SwiftLint runs its rules' examples.
@Suite struct VerifierExampleTests {
    static let allExamples: [(id: String, index: Int, example: VerifierExample)] = InstructionRegistry.verifierTypes.flatMap { type in
        type.examples.enumerated().map { (type.id, $0.offset, $0.element) }
    }

    @Test func everyVerifierCarriesFollowedAndNotFollowedExamples() {
        for type in InstructionRegistry.verifierTypes {
            #expect(type.examples.contains { $0.followed }, "\(type.id) has no followed example")
            #expect(type.examples.contains { !$0.followed }, "\(type.id) has no not-followed example")
        }
    }

    @Test func registryHasTheTwentyFiveOfficialIDs() {
        #expect(InstructionRegistry.ids.count == 25)
        #expect(Set(InstructionRegistry.ids).count == 25)
    }

    @Test(arguments: allExamples.map { "\($0.id)#\($0.index)" })
    func example(_ name: String) throws {
        let entry = Self.allExamples.first { "\($0.id)#\($0.index)" == name }!
        let example = entry.example
        let analyzers = TextAnalyzers.standard
        let kwargs = try #require(try JSONParser.parse(example.kwargs).objectMembers)
        let verifier = try InstructionRegistry.makeVerifier(id: entry.id, kwargs: kwargs, prompt: example.prompt)
        let verdict = verifier.check(example.response, context: VerificationContext(analyzers: analyzers))
        #expect(verdict.followed == example.followed, "\(name): \(verdict.reason)")
        #expect(!verdict.reason.isEmpty)
    }
}
