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

    /// Hand-worked (and checked with rouge-score): "write a poem about the sea use no
    /// commas" (9 tokens) is a subsequence of prompt 2's 14 tokens, so F = 2 * 9 / 23 =
    /// 0.7826; prompt 3 shares "use no commas" with both: 6 / 16 = 0.375 and 6 / 21 = 0.2857.
    static let nearDuplicates = """
    {"key": 1, "prompt": "Write a poem about the sea. Use no commas.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}
    {"key": 2, "prompt": "Write a poem about the sea in fewer than 50 words. Use no commas.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}
    {"key": 3, "prompt": "Explain how tides work. Use no commas.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}

    """

    @Test func validateWarnsAboutNearDuplicates() throws {
        let runner = try CLIRunner()
        try runner.write("near.jsonl", Self.nearDuplicates)
        let message = "near.jsonl:2: prompt 2: ROUGE-L 0.7826 with prompt 1 (line 1), at or above 0.7; in common (of 9 and 14 tokens): \"write a poem about the sea use no commas\""
        let lenient = try runner.run(["prompts", "--validate", "near.jsonl"])
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stderr.contains("warning: " + message))
        #expect(lenient.stdout.contains("near.jsonl: valid (3 prompts"))
        let strict = try runner.run(["prompts", "--validate", "near.jsonl", "--strict"])
        #expect(strict.status == 2)
        #expect(strict.stderr.contains(message))
        #expect(!strict.stderr.contains("warning:"))
        #expect(strict.stderr.contains("error: near.jsonl: 1 problem found"))
        let looser = try runner.run(["prompts", "--validate", "near.jsonl", "--strict", "--max-similarity", "0.79"])
        #expect(looser.status == 0, "\(looser.stderr)")
        #expect(!looser.stderr.contains("ROUGE-L"))
        let tighter = try runner.run(["prompts", "--validate", "near.jsonl", "--max-similarity", "0.375"])
        #expect(tighter.stderr.contains("near.jsonl:3: prompt 3: ROUGE-L 0.3750 with prompt 1 (line 1), at or above 0.375; in common (of 9 and 7 tokens): \"use no commas\""))
        #expect(!tighter.stderr.contains("with prompt 2 (line 2)"))
    }

    @Test func similarListsPairsAndAHistogram() throws {
        let runner = try CLIRunner()
        try runner.write("near.jsonl", Self.nearDuplicates)
        let output = try runner.run(["prompts", "--similar", "near.jsonl", "--top", "2"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("highest: 0.7826 (prompts 1 and 2)"))
        #expect(lines.contains("pairs at or above 0.7: 1"))
        #expect(lines.contains("  0.7826  1 / 2  (lines 1, 2)  \"write a poem about the sea use no commas\""))
        #expect(lines.contains("  0.3750  1 / 3  (lines 1, 3)  \"use no commas\""))
        #expect(!output.stdout.contains("2 / 3"))
        #expect(lines.contains("  0.3-0.4       1  " + String(repeating: "#", count: 20)))
        #expect(lines.contains("  0.7-0.8       2  " + String(repeating: "#", count: 40)))
        #expect(lines.contains("  0.2-0.3       0  "))
        let builtIn = try runner.run(["prompts", "--export", "set.jsonl"])
        #expect(builtIn.status == 0)
        #expect(try runner.run(["prompts", "--similar", "set.jsonl"]).stdout.contains("pairs at or above 0.7: 0"))
        #expect(try runner.run(["prompts", "--validate", "set.jsonl", "--strict"]).status == 0)
    }

    @Test func similarityOptionsNeedTheirAction() throws {
        let runner = try CLIRunner()
        try runner.write("near.jsonl", Self.nearDuplicates)
        #expect(try runner.run(["prompts", "--similar", "near.jsonl", "--strict"]).status == 2)
        #expect(try runner.run(["prompts", "--validate", "near.jsonl", "--top", "3"]).status == 2)
        #expect(try runner.run(["prompts", "--stats", "--max-similarity", "0.5"]).status == 2)
        #expect(try runner.run(["prompts", "--validate", "near.jsonl", "--max-similarity", "0"]).status == 2)
        #expect(try runner.run(["prompts", "--validate", "near.jsonl", "--max-similarity", "1.5"]).status == 2)
        try runner.write("broken.jsonl", "not json\n")
        let broken = try runner.run(["prompts", "--similar", "broken.jsonl"])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("broken.jsonl:1: invalid JSON"))
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
