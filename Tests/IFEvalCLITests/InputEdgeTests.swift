import Foundation
import Testing

/// Smaller input cases of issue 20: lone escaped surrogates, CR-only line ends, integers
/// beyond range, unknown language codes and a prompt with thousands of instructions.
@Suite struct InputEdgeTests {
    static let prompts = """
    {"key": 1, "prompt": "Say hi without commas.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}
    {"key": 2, "prompt": "Answer in JSON \u{FFFD}.", "instruction_id_list": ["detectable_format:json_format"], "kwargs": [{}]}

    """

    func score(_ runner: CLIRunner, prompts: String = Self.prompts, responses: String) throws -> CLIRunner.Output {
        try runner.write("prompts.jsonl", prompts)
        try runner.write("responses.jsonl", responses)
        return try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "responses.jsonl", "--output-dir", "out"])
    }

    /// Before: `\ud800` became U+FFFD, so this response answered prompt 2 (whose text holds
    /// a real U+FFFD), and the run succeeded.
    @Test func aLoneSurrogateIsAnInputErrorNotAnotherText() throws {
        let runner = try CLIRunner()
        let output = try score(runner, responses: """
        {"prompt": "Say hi without commas.", "response": "Hi there"}
        {"prompt": "Answer in JSON \\ud800.", "response": "{}"}
        """)
        #expect(output.status == 2, "\(output.stderr)")
        #expect(output.stderr.contains(#"responses.jsonl:2: invalid JSON: Lone surrogate \ud800 in a string"#))
        #expect(output.stderr.contains("hint: a surrogate escape must be half of a pair"))
        #expect(!runner.exists("out"))
        // The same in a prompt set; a pair is one character, as in Python.
        let inPrompts = try score(runner, prompts: Self.prompts.replacingOccurrences(of: "\u{FFFD}", with: #"\uDEAD"#),
                                  responses: #"{"key": 1, "response": "x"}"# + "\n" + #"{"key": 2, "response": "\ud83d\ude00"}"# + "\n")
        #expect(inPrompts.status == 2)
        #expect(inPrompts.stderr.contains(#"prompts.jsonl:2: invalid JSON: Lone surrogate \uDEAD in a string"#))
    }

    /// Before: exit 2, "Extra data" (the whole CR-only file was one line).
    @Test func crOnlyLineEndsReadAsPythonsTextModeReadsThem() throws {
        let runner = try CLIRunner()
        let responses = """
        {"key": 1, "response": "Hi there"}
        {"key": 2, "response": "{\\"a\\": 1}"}

        """
        let lf = try score(runner, responses: responses)
        #expect(lf.status == 0, "\(lf.stderr)")
        let expected = try runner.read("out/eval_results_strict.jsonl") + runner.read("out/eval_results_loose.jsonl")
        try FileManager.default.removeItem(atPath: runner.path("out"))
        for ending in ["\r", "\r\n"] {
            let cr = try score(runner, prompts: Self.prompts.replacingOccurrences(of: "\n", with: ending),
                               responses: responses.replacingOccurrences(of: "\n", with: ending))
            #expect(cr.status == 0, "\(cr.stderr)")
            #expect(try runner.read("out/eval_results_strict.jsonl") + runner.read("out/eval_results_loose.jsonl") == expected)
            try FileManager.default.removeItem(atPath: runner.path("out"))
        }
    }

    /// Before: "argument 'nth_paragraph' must be an integer, not an integer".
    @Test func anIntegerBeyondRangeSaysSo() throws {
        let runner = try CLIRunner()
        let prompts = #"{"key": 1, "prompt": "Write 3 paragraphs; the 2nd starts with 'so'.", "instruction_id_list": ["length_constraints:nth_paragraph_first_word"], "kwargs": [{"num_paragraphs": 3, "nth_paragraph": 9223372036854775808, "first_word": "so"}]}"# + "\n"
        let output = try score(runner, prompts: prompts, responses: #"{"key": 1, "response": "x"}"# + "\n")
        #expect(output.status == 2)
        #expect(output.stderr.contains("prompts.jsonl:1: prompt 1: length_constraints:nth_paragraph_first_word: argument 'nth_paragraph' is 9223372036854775808, out of range: it must be an integer from 0 to 9223372036854775807"))
    }

    /// Before: scored, "not followed" for every response, exit 0.
    @Test func anUnknownLanguageCodeIsAnInputError() throws {
        let runner = try CLIRunner()
        let prompts = #"{"key": 1, "prompt": "Answer in Chinese.", "instruction_id_list": ["language:response_language"], "kwargs": [{"language": "zh-CN"}]}"# + "\n"
        let output = try score(runner, prompts: prompts, responses: #"{"key": 1, "response": "你好，世界。今天天气很好。"}"# + "\n")
        #expect(output.status == 2)
        #expect(output.stderr.contains(#"prompts.jsonl:1: prompt 1: language:response_language: argument 'language' is "zh-CN", not a language code langdetect can return; the codes are af, ar,"#))
        #expect(!runner.exists("out"))
        // The validator says it once (before: once from the mention check only).
        let validate = try runner.run(["prompts", "--validate", "prompts.jsonl"])
        #expect(validate.status == 2)
        #expect(validate.stderr.components(separatedBy: "not a language code").count == 2)
    }

    /// Before (release build, per issue 20): 45 s, 3.3 GB and 739 MB of stderr for
    /// 10,000 instructions; the debug build at 3,000 gave 133 MB of stderr.
    @Test func validatingAPromptWithThousandsOfInstructionsIsShort() throws {
        let runner = try CLIRunner()
        let four = ["punctuation:no_comma", "change_case:english_lowercase", "change_case:english_capital", "detectable_format:title"]
        let ids = (0..<10_000).map { "\"\(four[$0 % 4])\"" }.joined(separator: ", ")
        let kwargs = Array(repeating: "{}", count: 10_000).joined(separator: ", ")
        try runner.write("many.jsonl", #"{"key": 1, "prompt": "Write a title in double angular brackets, in lowercase, no commas.", "instruction_id_list": ["# + ids + #"], "kwargs": ["# + kwargs + "]}\n")
        let output = try runner.run(["prompts", "--validate", "many.jsonl"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("many.jsonl:1: prompt 1: punctuation:no_comma appears 2500 times"))
        #expect(output.stderr.contains("many.jsonl:1: prompt 1: change_case:english_lowercase conflicts with change_case:english_capital"))
        #expect(output.stderr.utf8.count < 1000, "\(output.stderr.utf8.count) bytes")
    }

    /// The engine marks the error as a value (`InputError.kind`); only the CLI names its flag.
    @Test func aResponseFileReadAsSamplesNamesTheFlagThatReadsItAsResponses() throws {
        let runner = try CLIRunner()
        try runner.write("prompts.jsonl", Self.prompts)
        try runner.write("responses.jsonl", #"{"key": 1, "response": "x"}"# + "\n")
        let output = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "responses.jsonl", "--format", "samples", "--output-dir", "out"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("responses.jsonl:1: missing \"doc\" (this does not look like an lm-eval samples line)\n  hint: pass --format responses for a {\"prompt\", \"response\"} file"))
    }
}
