import Foundation
import Testing

/// The input layouts `ifeval score` reads, and thinking-trace stripping on each.
@Suite struct FormatTests {
    static let doc = #"{"key": 7, "prompt": "Say hi without commas.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}"#

    @Test func lmEvalSamplesFileNeedsNoPromptSet() throws {
        let runner = try CLIRunner()
        try runner.write("samples_ifeval_2025.jsonl", #"{"doc_id": 0, "doc": \#(Self.doc), "target": 0, "resps": [["Hi, you"]], "filtered_resps": ["Hi you"], "filter": "none"}"# + "\n")
        let output = try runner.run(["score", "--responses", "samples_ifeval_2025.jsonl", "--output-dir", "out"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("prompt-level: 1.0"), "filtered_resps is what lm-eval scores")
        #expect(try runner.read("out/summary.json").contains("\"format\": \"samples\""))
    }

    @Test func forcingTheWrongFormatExplainsIt() throws {
        let runner = try CLIRunner()
        try runner.write("r.jsonl", #"{"key": 7, "response": "Hi"}"# + "\n")
        let output = try runner.run(["score", "--responses", "r.jsonl", "--format", "samples"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("r.jsonl:1: missing \"doc\""))
        // Without --input-data, a responses file is scored against the built-in set.
        let noPrompts = try runner.run(["score", "--responses", "r.jsonl"])
        #expect(noPrompts.status == 2)
        #expect(noPrompts.stderr.contains("built-in prompt set"))
        #expect(noPrompts.stderr.contains("--input-data"))
    }

    @Test func huggingFaceLayoutWithNullArguments() throws {
        let runner = try CLIRunner()
        try runner.write("hf.jsonl", #"{"key": 1, "prompt": "Two bullets.", "instruction_id_list": ["detectable_format:number_bullet_lists"], "kwargs": [{"num_highlights": null, "relation": null, "num_words": null, "num_placeholders": null, "prompt_to_repeat": null, "num_bullets": 2, "section_spliter": null, "num_sections": null, "capital_relation": null, "capital_frequency": null, "keywords": null, "num_paragraphs": null, "language": null, "let_relation": null, "letter": null, "let_frequency": null, "end_phrase": null, "forbidden_words": null, "keyword": null, "frequency": null, "num_sentences": null, "postscript_marker": null, "first_word": null, "nth_paragraph": null}]}"# + "\n")
        try runner.write("r.jsonl", #"{"prompt": "Two bullets.", "response": "* one\n* two"}"# + "\n")
        let output = try runner.run(["score", "--input-data", "hf.jsonl", "--responses", "r.jsonl"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("prompt-level: 1.0"))
    }

    @Test func stripThinkingOnEveryLayout() throws {
        let runner = try CLIRunner()
        let rawJSON = "\"<think>hmm, commas, here</think>\\nHi you\""
        try runner.write("prompts.jsonl", Self.doc + "\n")
        try runner.write("by_prompt.jsonl", #"{"prompt": "Say hi without commas.", "response": \#(rawJSON)}"# + "\n")
        try runner.write("by_key.jsonl", #"{"key": 7, "response": \#(rawJSON)}"# + "\n")
        try runner.write("samples.jsonl", #"{"doc_id": 0, "doc": \#(Self.doc), "resps": [[\#(rawJSON)]], "filtered_resps": [\#(rawJSON)]}"# + "\n")
        for (file, extra) in [("by_prompt.jsonl", ["--input-data", "prompts.jsonl"]), ("by_key.jsonl", ["--input-data", "prompts.jsonl"]), ("samples.jsonl", [])] {
            let plain = try runner.run(["score", "--responses", file] + extra)
            #expect(plain.status == 0)
            #expect(plain.stdout.contains("prompt-level: 0.0"), "\(file): the trace has commas")
            #expect(plain.stderr.contains("--strip-thinking"), "\(file): a warning suggests the flag")
            let stripped = try runner.run(["score", "--responses", file, "--strip-thinking", "--output-dir", "out-" + file] + extra)
            #expect(stripped.status == 0)
            #expect(stripped.stdout.contains("prompt-level: 1.0"), "\(file)")
            #expect(stripped.stdout.contains("thinking traces: 1 stripped, 0 unclosed"))
            let line = try runner.read("out-\(file)/eval_results_strict.jsonl")
            #expect(line.contains("\"response\": \"\\nHi you\""), "\(file): kept byte for byte")
            #expect(line.contains("\"raw_response\": \(rawJSON)"))
            #expect(try runner.read("out-\(file)/summary.json").contains("\"thinking_stripped\": 1"))
        }
    }

    @Test func thinkTagsNeedStripThinkingAndAPair() throws {
        let runner = try CLIRunner()
        let alone = try runner.run(["score", "--responses", "x.jsonl", "--think-tags", "<r>,</r>"])
        #expect(alone.status == 2)
        #expect(alone.stderr.contains("--think-tags goes with --strip-thinking"))
        let bad = try runner.run(["score", "--responses", "x.jsonl", "--strip-thinking", "--think-tags", "<r>"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("OPEN,CLOSE"))
    }
}
