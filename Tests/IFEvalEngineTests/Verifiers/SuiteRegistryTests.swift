import Foundation
import Testing
@testable import IFEvalEngine

/// Suites: which suite a prompt set implies, scoring with a suite registered at run time
/// (the test-only `toy` suite), and the validator and listing read from descriptions.
@Suite struct SuiteRegistryTests {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ifeval-suites-\(UUID().uuidString)")

    static func write(_ name: String, _ lines: [String]) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func aPromptSetImpliesTheSmallestSuiteHoldingAllItsIDs() {
        let registry = TestSuites.registry
        #expect(registry.impliedSuite(for: ["punctuation:no_comma", "keywords:existence"])?.name == "ifeval")
        #expect(registry.impliedSuite(for: ["punctuation:no_comma", "toy:exclamation_count"])?.name == "toy")
        #expect(registry.impliedSuite(for: ["toy:exclamation_count"])?.name == "toy")
        #expect(registry.impliedSuite(for: ["nope:unknown"]) == nil)
        #expect(registry.mixedSuitesProblem(for: ["nope:unknown"]) == nil)
        #expect(SuiteRegistry.standard.impliedSuite(for: ["toy:exclamation_count"]) == nil)
        // Toy includes IFEval: no mix is impossible within this registry.
        #expect(registry.mixedSuitesProblem(for: ["punctuation:no_comma", "toy:exclamation_count"]) == nil)
        let other = Suite(name: "other", summary: "", types: [ExclamationCount.self], kwargsPolicy: .asGiven, headlineMetric: .promptLevelStrict)
        let mixed = SuiteRegistry([.ifeval, other])
        #expect(mixed.impliedSuite(for: ["punctuation:no_comma", "toy:exclamation_count"]) == nil)
        #expect(mixed.mixedSuitesProblem(for: ["punctuation:no_comma", "toy:exclamation_count"])
                == "no suite holds all of the prompt set's instruction ids (they come from suites ifeval, other)")
    }

    /// A program registers its own suite and scores with it through the same API; the
    /// suite's kwargs policy applies (toy keeps a 0 that IFEval's policy would drop).
    @Test func anEmbeddingProgramScoresWithItsOwnSuite() throws {
        let prompts = try Self.write("toy_prompts.jsonl", [
            #"{"key": 1, "prompt": "Shout twice, no commas.", "instruction_id_list": ["toy:exclamation_count", "punctuation:no_comma"], "kwargs": [{"num_exclamations": 2}, {}]}"#,
            #"{"key": 2, "prompt": "Anything.", "instruction_id_list": ["toy:exclamation_count"], "kwargs": [{"num_exclamations": 0}]}"#,
        ])
        let responses = try Self.write("toy_responses.jsonl", [
            #"{"key": 1, "response": "Yes! Really!"}"#,
            #"{"key": 2, "response": "Calm, quiet."}"#,
        ])
        let set = try PromptSetReader.readPromptSet(path: prompts, suites: .implied(by: TestSuites.registry))
        #expect(set.suite.name == "toy")
        let run = ScoringRun(evaluator: Evaluator())
        let (results, _) = try run.score(prompts: set.prompts, responsesPath: responses)
        #expect(results.map { $0.evaluation.strict.map(\.followed) } == [[true, true], [true]])
        // The standard suites do not know the id; IFEval's policy drops the 0.
        #expect(throws: InputErrors.self) { try PromptSetReader.readPromptSet(path: prompts) }
        #expect(throws: InstructionError.self) {
            try Suite.ifeval.makeVerifier(id: "keywords:frequency", kwargs: [("keyword", .string("a")), ("frequency", .number(JSONNumber(0))),
                                                                            ("relation", .string("at least"))], prompt: "")
        }
    }

    /// Prompts built first with the suite of their own ids are built again when the whole
    /// set implies a suite with another kwargs policy: here `[]` stays (toy drops only
    /// nulls), where IFEval's policy would drop it and report the argument missing.
    @Test func aSetReadUnderAnotherPolicyIsReadAgain() throws {
        let prompts = try Self.write("mixed_prompts.jsonl", [
            #"{"key": 1, "prompt": "Use no keywords.", "instruction_id_list": ["keywords:existence"], "kwargs": [{"keywords": []}]}"#,
            #"{"key": 2, "prompt": "Shout 2 times.", "instruction_id_list": ["toy:exclamation_count"], "kwargs": [{"num_exclamations": 2}]}"#,
        ])
        let set = try PromptSetReader.readPromptSet(path: prompts, suites: .implied(by: TestSuites.registry), parallelism: 1)
        #expect(set.suite.name == "toy")
        #expect(set.prompts.map(\.key) == [.int(1), .int(2)])
        let evaluation = Evaluator().evaluate(set.prompts[0], response: "anything")
        #expect(evaluation.strict.map(\.followed) == [true])
    }

    /// Every registered type: an argument whose declaration says the prompt must state it
    /// is reported when the prompt does not, and every declared conflict is reported.
    @Test func theValidatorReadsEveryTypesDescription() throws {
        for (suite, type) in TestSuites.allTypes {
            let description = type.description
            for example in description.examples {
                let kwargs = try JSONParser.parse(example.kwargs).objectMembers ?? []
                let record = PromptRecord(key: .int(1), prompt: "~", instructionIDs: [type.id], kwargs: [kwargs])
                let problems = PromptSetValidator.problems(in: record, suite: suite)
                var stated = 0
                for (name, value) in kwargs where suite.kwargsPolicy.keeps(value) {
                    let argument = try #require(description.argument(named: name), "\(type.id): \(name) is not declared")
                    if argument.promptStates != .nothing { stated += 1 }
                }
                #expect(problems.filter { $0.hasPrefix(type.id + ": ") }.count == stated, "\(type.id) with \(example.kwargs): \(problems)")
            }
            for other in description.conflicts {
                let record = PromptRecord(key: .int(1), prompt: "~", instructionIDs: [type.id, other], kwargs: [[], []])
                #expect(PromptSetValidator.problems(in: record, suite: suite).contains("\(type.id) conflicts with \(other)"))
            }
        }
    }

    @Test func theValidatorUsesTheImpliedSuite() throws {
        let path = try Self.write("toy_validate.jsonl", [
            #"{"key": 1, "prompt": "Shout.", "instruction_id_list": ["toy:exclamation_count"], "kwargs": [{"num_exclamations": 3}]}"#,
        ])
        let problems = PromptSetValidator.validate(path: path, suites: .implied(by: TestSuites.registry)).map(\.message)
        #expect(problems == ["prompt 1: toy:exclamation_count: the prompt does not state num_exclamations 3 (as digits or in words)"])
        #expect(PromptSetValidator.validate(path: path).map(\.message).contains { $0.contains("unknown instruction id") })
    }

    /// The listing shows every type of every suite with its summary and arguments.
    @Test func theListingShowsEveryType() {
        for suite in TestSuites.registry.suites {
            let text = InstructionListing.text(suite)
            #expect(text.hasPrefix(suite.name + ": "))
            for type in suite.ownTypes {
                let description = type.description
                #expect(text.contains("\n" + description.id + " "), "\(description.id) is not listed")
                #expect(text.contains("    " + description.summary + "\n"))
                for argument in description.arguments { #expect(text.contains("    - " + argument.summary)) }
            }
        }
        #expect(InstructionListing.text(TestSuites.toy).contains("also accepts the 25 ids of suite ifeval"))
    }
}
