import Foundation
import Testing

/// `ifeval prompts` and `ifeval score` without --input-data (the built-in prompt set).
@Suite struct PromptsCommandTests {
    @Test func statsListEveryInstructionId() throws {
        let runner = try CLIRunner()
        let output = try runner.run(["prompts", "--stats"])
        #expect(output.status == 0, "\(output.stderr)")
        // The listing: a header per suite, then one unindented line per type (id, argument
        // names) followed by indented details.
        let listing = try runner.run(["instructions", "--suite", "ifeval"])
        #expect(listing.stdout.hasPrefix("ifeval: "))
        let ids = listing.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("ifeval: ") }
            .map { String($0.split(separator: " ")[0]) }
        #expect(ids.count == 25)
        // Without --suite, every suite is listed, IFEval's first.
        let all = try runner.run(["instructions"]).stdout
        #expect(all.hasPrefix(listing.stdout))
        #expect(all.contains("\nifbench: "))
        let unknown = try runner.run(["instructions", "--suite", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown suite \"nope\"; known suites are ifeval"))
        for id in ids {
            let line = output.stdout.split(separator: "\n").first { $0.hasPrefix("  " + id + " ") }
            let count = line.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
            #expect(count >= 12, "\(id): \(line ?? "missing")")
        }
        let json = try runner.run(["prompts", "--stats", "--json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["prompts"] as? Int ?? 0) >= 480)
        #expect((object?["per_instruction"] as? [String: Int])?.count == 25)
    }

    @Test func exportWritesAValidPromptSet() throws {
        let runner = try CLIRunner()
        let export = try runner.run(["prompts", "--export", "set.jsonl"])
        #expect(export.status == 0, "\(export.stderr)")
        let lines = try runner.read("set.jsonl").split(separator: "\n")
        #expect(export.stderr.contains("wrote \(lines.count) prompts to set.jsonl"))
        let validate = try runner.run(["prompts", "--validate", "set.jsonl"])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.contains("set.jsonl: valid (\(lines.count) prompts"))
        let unwritable = try runner.run(["prompts", "--export", "no/such/dir/set.jsonl"])
        #expect(unwritable.status == 3)
    }

    @Test func validateListsProblemsWithLines() throws {
        let runner = try CLIRunner()
        try runner.write("bad.jsonl", """
        {"key": 1, "prompt": "Answer in fewer than 50 words.", "instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"num_words": 50, "relation": "less than"}]}
        {"key": 2, "prompt": "Answer in fewer than 50 words.", "instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"num_words": 40, "relation": "less than"}]}
        not json
        {"key": 4, "prompt": "Wrap it in JSON, no commas.", "instruction_id_list": ["detectable_format:json_format", "punctuation:no_comma"], "kwargs": [{}, {}]}

        """)
        let output = try runner.run(["prompts", "--validate", "bad.jsonl"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("bad.jsonl:2: prompt 2: the same prompt text as line 1"))
        #expect(output.stderr.contains("bad.jsonl:2: prompt 2: length_constraints:number_words: the prompt does not state num_words 40"))
        #expect(output.stderr.contains("bad.jsonl:3: invalid JSON"))
        #expect(output.stderr.contains("bad.jsonl:4: prompt 4: detectable_format:json_format conflicts with punctuation:no_comma"))
        #expect(output.stderr.contains("error: bad.jsonl: 4 problems found"))
        let absent = try runner.run(["prompts", "--validate", "absent.jsonl"])
        #expect(absent.status == 2)
        #expect(absent.stderr.contains("absent.jsonl: no such file"))
    }

    @Test func needsExactlyOneAction() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["prompts"]).status == 2)
        #expect(try runner.run(["prompts", "--stats", "--export", "x.jsonl"]).status == 2)
        #expect(!runner.exists("x.jsonl"))
    }

    @Test func scoreUsesTheBuiltInSetWithoutInputData() throws {
        let runner = try CLIRunner()
        // Answer, with a comma, the first built-in prompt that asks for no commas.
        #expect(try runner.run(["prompts", "--export", "set.jsonl"]).status == 0)
        let key = try runner.read("set.jsonl").split(separator: "\n").compactMap { line -> Int? in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (object?["instruction_id_list"] as? [String])?.contains("punctuation:no_comma") == true ? object?["key"] as? Int : nil
        }.first
        try runner.write("r.jsonl", #"{"key": \#(try #require(key)), "response": "One, two"}"# + "\n")
        let output = try runner.run(["score", "--responses", "r.jsonl", "--missing", "skip", "--output-dir", "out"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("scoring against the built-in prompt set ("))
        #expect(output.stderr.contains("pass --input-data to use another"))
        let summary = try runner.read("out/summary.json")
        #expect(summary.contains("\"input_data\": \"built-in\""))
        #expect(summary.contains("\"prompts\": 1,"))
        #expect(try runner.read("out/eval_results_strict.jsonl").contains("found 1 comma"))
    }

    @Test func responsesToAnotherSetNeedInputData() throws {
        let runner = try CLIRunner()
        try runner.write("r.jsonl", #"{"prompt": "A prompt of some other set.", "response": "ok"}"# + "\n")
        let output = try runner.run(["score", "--responses", "r.jsonl", "--missing", "skip", "--output-dir", "out"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("no response in r.jsonl matches a prompt of the built-in prompt set"))
        #expect(!runner.exists("out/summary.json"))
    }
}
