import Foundation
import Testing
@testable import IFEvalEngine

/// Runs the examples every registered instruction type carries in its description, the
/// way SwiftLint runs its rules' examples, and checks what the descriptions declare.
@Suite struct VerifierExampleTests {
    static let allExamples: [(suite: Suite, id: String, index: Int, example: VerifierExample)] = TestSuites.allTypes.flatMap { entry in
        entry.type.description.examples.enumerated().map { (entry.suite, entry.type.id, $0.offset, $0.element) }
    }

    @Test func everyTypeCarriesFollowedAndNotFollowedExamples() {
        for (_, type) in TestSuites.allTypes {
            #expect(type.description.examples.contains { $0.followed }, "\(type.id) has no followed example")
            #expect(type.description.examples.contains { !$0.followed }, "\(type.id) has no not-followed example")
        }
    }

    @Test func everyTypeSaysWhichSuiteItBelongsTo() {
        for (suite, type) in TestSuites.allTypes {
            #expect(type.description.suite == suite.name, "\(type.id) says \(type.description.suite), registered in \(suite.name)")
            #expect(!type.description.summary.isEmpty, "\(type.id) has no summary")
            #expect(Set(type.description.argumentNames).count == type.description.arguments.count, "\(type.id) declares an argument twice")
        }
        let ids = TestSuites.allTypes.map { $0.type.id }
        #expect(Set(ids).count == ids.count, "an id is registered twice")
    }

    /// Conflicts name ids the suite accepts (a misspelt id would silently allow a pair).
    @Test func conflictsNameKnownIDs() {
        for (suite, type) in TestSuites.allTypes {
            for other in type.description.conflicts + (type.description.combinesOnlyWith ?? []) {
                #expect(suite.accepts(other), "\(type.id) names \(other), which suite \(suite.name) does not have")
            }
        }
    }

    /// The ifeval suite holds exactly the ids of the official prompt set (all 25 official
    /// instruction types occur in it).
    @Test(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
    func ifevalHasTheOfficialIDs() throws {
        var official = Set<String>()
        for case let .success(line) in JSONLinesReader(path: SharedData.path("ifeval/input_data.jsonl")) {
            for id in line.value["instruction_id_list"]?.arrayValue ?? [] { official.insert(try #require(id.stringValue)) }
        }
        #expect(official.count == 25)
        #expect(Set(Suite.ifeval.ids) == official)
        #expect(Suite.ifeval.ownTypes.count == official.count)
    }

    @Test(arguments: allExamples.map { "\($0.id)#\($0.index)" })
    func example(_ name: String) throws {
        let entry = Self.allExamples.first { "\($0.id)#\($0.index)" == name }!
        let example = entry.example
        let kwargs = try #require(try JSONParser.parse(example.kwargs).objectMembers)
        let verifier = try entry.suite.makeVerifier(id: entry.id, kwargs: kwargs, prompt: example.prompt)
        let verdict = verifier.check(example.response, context: VerificationContext(analyzers: .standard(flavor: entry.suite.textAnalysis)))
        #expect(verdict.followed == example.followed, "\(name): \(verdict.reason)")
        #expect(!verdict.reason.isEmpty)
    }
}
