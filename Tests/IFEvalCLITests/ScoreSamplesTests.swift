import Foundation
import Testing

/// `ifeval score --samples all`: the run folder of several samples per prompt (the format
/// README's "Several samples per prompt" describes).
@Suite struct ScoreSamplesTests {
    /// Two samples of each prompt: one follows, one does not.
    static let responses = """
    {"key": 1, "response": "Hi there"}
    {"key": 2, "response": "{\\"a\\": 1}"}
    {"key": 1, "response": "Hi, there"}
    {"key": 2, "response": "oops"}

    """

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func writesSamplesSolveRatesAndPassAtK() throws {
        let runner = try CLIRunner()
        let output = try ScoreInputTests().score(runner, responses: Self.responses, extra: ["--samples", "all", "--k", "4,1,2"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(!output.stderr.contains("answered more than once"))
        let strict = try runner.read("out/eval_results_strict.jsonl").split(separator: "\n")
        #expect(strict.map { $0.prefix(28) } == [
            #"{"key": 1, "sample": 0, "pro"#, #"{"key": 1, "sample": 1, "pro"#,
            #"{"key": 2, "sample": 0, "pro"#, #"{"key": 2, "sample": 1, "pro"#,
        ])
        #expect(try runner.read("out/prompt_solve_rates.jsonl") == """
        {"key": 1, "samples": 2, "strict_followed": 1, "loose_followed": 1}
        {"key": 2, "samples": 2, "strict_followed": 1, "loose_followed": 1}

        """)
        #expect(try runner.read("out/manifest.json").contains("\"prompt_solve_rates.jsonl\": {\"bytes\": "))
        let summary = try json(try runner.read("out/summary.json"))
        // avg@2: each prompt followed in one sample of two.
        #expect(summary["prompt_level_strict_acc"] as? Double == 0.5)
        #expect(summary["inst_level_loose_acc"] as? Double == 0.5)
        let counts = try #require(summary["counts"] as? [String: Any])
        #expect(counts["prompts"] as? Int == 2 && counts["samples"] as? Int == 4 && counts["prompts_strict_followed"] as? Int == 2)
        let samples = try #require(summary["samples"] as? [String: Any])
        #expect(samples["mode"] as? String == "all" && samples["total"] as? Int == 4)
        #expect(samples["per_prompt_min"] as? Int == 2 && samples["per_prompt_max"] as? Int == 2)
        let passAt = try #require(summary["pass_at_k"] as? [String: [String: Double]])
        let passHat = try #require(summary["pass_hat_k"] as? [String: [String: Double]])
        // pass@1 = 1/2; pass@2 = 1 - C(1,2)/C(2,2) = 1; k = 4 > n: 1 (a sample followed).
        #expect(passAt["1"]?["prompt_level_strict_acc"] == 0.5)
        #expect(passAt["2"]?["prompt_level_strict_acc"] == 1.0)
        #expect(passAt["4"]?["inst_level_loose_acc"] == 1.0)
        // pass^2 = C(1,2)/C(2,2) = 0; k = 4 > n: 0 (not every sample followed).
        #expect(passHat["2"]?["prompt_level_strict_acc"] == 0.0)
        #expect(passHat["4"]?["prompt_level_loose_acc"] == 0.0)
        #expect(summary["samples_below_k"] as? [String: Int] == ["4": 2])
        let profile = try #require(summary["reward_profile"] as? [String: [String: Int]])
        #expect(profile["strict"] == ["none": 0, "some": 2, "all": 0])
        // Keys of pass_at_k in increasing numeric order.
        let text = try runner.read("out/summary.json")
        let order = ["\"1\": {", "\"2\": {", "\"4\": {"].map { text.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
        #expect(output.stdout.contains("pass@2: prompt-level strict 100.00%"))
        #expect(output.stdout.contains("pass^2: prompt-level strict 0.00%"))
        #expect(output.stdout.contains("reward profile (prompts followed by no / some / every sample): strict 0 / 2 / 0"))
    }

    /// Without the flag: the official behaviour, the last answer, a warning, no new file.
    @Test func theDefaultKeepsTheLastAnswer() throws {
        let runner = try CLIRunner()
        let output = try ScoreInputTests().score(runner, responses: Self.responses)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("2 prompts answered more than once; the last answer is used (keys 1, 2)"))
        #expect(!runner.exists("out/prompt_solve_rates.jsonl"))
        #expect(!(try runner.read("out/eval_results_strict.jsonl").contains("\"sample\"")))
        let summary = try json(try runner.read("out/summary.json"))
        #expect(summary["pass_at_k"] == nil && summary["samples"] == nil)
        #expect(summary["prompt_level_strict_acc"] as? Double == 0.0)
        #expect(!output.stdout.contains("pass@"))
    }

    @Test(arguments: [["--k", "2"], ["--samples", "all", "--k", "0"], ["--samples", "all", "--k", "1,x"], ["--samples", "some"]])
    func badSampleOptionsAreUsageErrors(arguments: [String]) throws {
        let runner = try CLIRunner()
        let output = try ScoreInputTests().score(runner, responses: Self.responses, extra: arguments)
        #expect(output.status == 2, "\(arguments): \(output.stderr)")
        #expect(!runner.exists("out"))
    }
}
