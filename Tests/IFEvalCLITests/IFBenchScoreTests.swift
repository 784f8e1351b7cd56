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

    /// An lm-eval samples file of an IFBench task (lm-eval 0.4.13 has none; the proposed
    /// `ifbench` task, EleutherAI/lm-evaluation-harness#3642, logs the Hugging Face row as
    /// `doc`): no prompt set needed, the suite implied by the ids, `filtered_resps[0]` scored.
    @Test func lmEvalSamplesOfAnIFBenchTaskAreScoredAsIFBench() throws {
        let runner = try CLIRunner()
        let first = #"{"doc_id": 0, "doc": {"key": "1001", "prompt": "Use conjunctions.", "instruction_id_list": ["count:conjunctions"], "kwargs": [{"small_n": 2.0, "N": null, "keyword": null}]}, "target": 0, "resps": [["Tea and cake, but no coffee."]], "filtered_resps": ["Tea and cake, but no coffee."], "filter": "none"}"#
        // Two instructions, one of them an IFEval id in IFBench's layout (nulls dropped);
        // the raw output differs from the filtered one, which is what is scored.
        let second = #"{"doc_id": 1, "doc": {"key": 1002, "prompt": "No commas, three conjunctions.", "instruction_id_list": ["punctuation:no_comma", "count:conjunctions"], "kwargs": [{"small_n": null, "N": null}, {"small_n": 3.0, "N": null}]}, "target": 0, "resps": [["Tea, and cake or jam, but no coffee"]], "filtered_resps": ["Tea and cake but no coffee"], "filter": "none"}"#
        try runner.write("samples_ifbench_2026.jsonl", first + "\n" + second + "\n")
        let output = try runner.run(["score", "--responses", "samples_ifbench_2026.jsonl", "--output-dir", "out"])
        #expect(output.status == 0, "\(output.stderr)")
        let summary = try runner.read("out/summary.json")
        #expect(summary.contains(#""suite": "ifbench""#))
        #expect(summary.contains(#""format": "samples""#))
        // "and" and "but": 2 of 2 (followed), 2 of 3 (not); no comma (followed).
        #expect(summary.contains(#""prompt_level_strict_acc": 0.5"#))
        #expect(summary.contains(#""inst_level_strict_acc": 0.6666666666666666"#), "\(summary)")
    }
}
