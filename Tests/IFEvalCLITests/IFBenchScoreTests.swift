import Foundation
import Testing

/// `ifeval score` on IFBench prompt sets: the suite is implied by the ids or forced with
/// `--suite`; an IFBench run's summary.json records the suite and the cells where the
/// official code raises, while an IFEval run's summary keeps its exact layout.
@Suite struct IFBenchScoreTests {
    /// IFEval ids in IFBench's layout (every argument present, null where unused).
    static let prompts = """
    {"key": "0", "prompt": "Write one word.", "instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"num_words": 2, "relation": "less than", "keywords": null}]}

    """

    @Test func aForcedIFBenchRunRecordsItsSuiteAndCountsWithNLTK392() throws {
        let runner = try CLIRunner()
        try runner.write("prompts.jsonl", Self.prompts.replacingOccurrences(of: ", \"keywords\": null", with: ""))
        // "nai" + U+0308 + "ve": one word for nltk 3.10.4 (IFEval), two for nltk 3.9.2 (IFBench).
        try runner.write("responses.jsonl", #"{"key": "0", "response": "nai\u0308ve"}"# + "\n")
        let ifbench = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "responses.jsonl",
                                      "--output-dir", "ifbench", "--suite", "ifbench"])
        #expect(ifbench.status == 0, "\(ifbench.stderr)")
        let summary = try runner.read("ifbench/summary.json")
        #expect(summary.contains(#""suite": "ifbench""#))
        #expect(summary.contains(#""official_errors": {"strict": 0, "loose": 0}"#))
        #expect(summary.contains(#""prompt_level_strict_acc": 0.0"#))
        let ifeval = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "responses.jsonl", "--output-dir", "ifeval"])
        #expect(ifeval.status == 0, "\(ifeval.stderr)")
        let plain = try runner.read("ifeval/summary.json")
        #expect(!plain.contains("\"suite\""))
        #expect(!plain.contains("official_errors"))
        #expect(plain.contains(#""prompt_level_strict_acc": 1.0"#))
    }

    /// IFBench's layout with nulls: the IFEval suite (implied by the ids) drops them too.
    @Test func nullArgumentsAreDropped() throws {
        let runner = try CLIRunner()
        try runner.write("prompts.jsonl", Self.prompts)
        try runner.write("responses.jsonl", #"{"prompt": "Write one word.", "response": "Hello"}"# + "\n")
        let output = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "responses.jsonl", "--suite", "ifbench",
                                     "--report", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains(#""prompt_level_loose_acc": 1.0"#))
    }
}
