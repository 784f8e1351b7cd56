import Foundation
import Testing

/// `ifeval score` on good and bad input: messages name the file, the line and the
/// problem; exit codes are the documented ones; nothing is written on failure.
@Suite struct ScoreInputTests {
    static let prompts = """
    {"key": 1, "prompt": "Say hi without commas.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}
    {"key": 2, "prompt": "Answer in JSON.", "instruction_id_list": ["detectable_format:json_format"], "kwargs": [{}]}

    """

    func score(_ runner: CLIRunner, responses: String, output: String = "out", extra: [String] = []) throws -> CLIRunner.Output {
        try runner.write("prompts.jsonl", Self.prompts)
        try runner.write("responses.jsonl", responses)
        return try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "responses.jsonl", "--output-dir", output] + extra)
    }

    @Test func scoresTheOfficialPairAndWritesTheRunFiles() throws {
        let runner = try CLIRunner()
        let output = try score(runner, responses: """
        {"prompt": "Say hi without commas.", "response": "Hi there"}
        {"prompt": "Answer in JSON.", "response": "{\\"a\\": 1}"}
        """)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("prompt-level: 1.0"))
        let summary = try runner.read("out/summary.json")
        #expect(summary.contains("\"prompt_level_strict_acc\": 1.0"))
        let strict = try runner.read("out/eval_results_strict.jsonl").split(separator: "\n")
        #expect(strict.count == 2)
        #expect(strict[0].hasPrefix("{\"key\": 1, \"prompt\": \"Say hi without commas.\""))
    }

    @Test func matchesResponsesByKey() throws {
        let runner = try CLIRunner()
        let output = try score(runner, responses: """
        {"key": 2, "response": "[1, 2]"}
        {"key": 1, "response": "Hi, there"}
        """)
        #expect(output.status == 0, "\(output.stderr)")
        let strict = try runner.read("out/eval_results_strict.jsonl")
        #expect(strict.contains("\"follow_instruction_list\": [false]"))
        #expect(strict.contains("\"follow_instruction_list\": [true]"))
    }

    @Test func invalidJSONNamesFileAndLine() throws {
        let runner = try CLIRunner()
        let output = try score(runner, responses: "{\"key\": 1, \"response\": \"ok\"}\n{\"key\": 2, \"response\": oops}\n", output: "out/run")
        #expect(output.status == 2)
        #expect(output.stderr.contains("responses.jsonl:2: invalid JSON"))
        #expect(!runner.exists("out/run/summary.json"))
        // Nothing is left behind, not even the output folders the run would have made.
        #expect(!runner.exists("out"))
    }

    @Test func invalidUTF8NamesTheLine() throws {
        let runner = try CLIRunner()
        try runner.write("prompts.jsonl", Self.prompts)
        var bytes = Array("{\"key\": 1, \"response\": \"ok\"}\n{\"key\": 2, \"response\": \"".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\"}\n".utf8)
        try runner.write("responses.jsonl", bytes: bytes)
        let output = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "responses.jsonl"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("responses.jsonl:2: the line is not valid UTF-8"))
    }

    @Test func missingResponseIsAnErrorNamingTheKey() throws {
        let runner = try CLIRunner()
        let output = try score(runner, responses: "{\"key\": 1, \"response\": \"ok\"}\n")
        #expect(output.status == 2)
        #expect(output.stderr.contains("no response for 1 prompt (keys 2)"))
        #expect(output.stderr.contains("--missing fail"))
        #expect(!runner.exists("out/summary.json"))
        #expect(!runner.exists("out"))
    }

    @Test func missingResponseWithFailAndSkip() throws {
        let runner = try CLIRunner()
        let failed = try score(runner, responses: "{\"key\": 1, \"response\": \"ok\"}\n", extra: ["--missing", "fail"])
        #expect(failed.status == 0)
        #expect(failed.stdout.contains("prompt-level: 0.5"))
        #expect(try runner.read("out/eval_results_strict.jsonl").contains("\"response_status\": \"missing\""))
        let skipped = try score(runner, responses: "{\"key\": 1, \"response\": \"ok\"}\n", extra: ["--missing", "skip"])
        #expect(skipped.status == 0)
        #expect(skipped.stdout.contains("prompt-level: 1.0"))
        #expect(skipped.stderr.contains("left out (keys 2)"))
    }

    @Test func nullResponseCountsAsNotFollowedWithAWarning() throws {
        let runner = try CLIRunner()
        let output = try score(runner, responses: "{\"key\": 1, \"response\": null}\n{\"key\": 2, \"response\": \"[]\"}\n")
        #expect(output.status == 0)
        #expect(output.stderr.contains("warning: 1 response is null"))
        #expect(try runner.read("out/summary.json").contains("\"null\": 1"))
        #expect(output.stdout.contains("prompt-level: 0.5"))
    }

    @Test func duplicateResponsesLastOneWinsWithAWarning() throws {
        let runner = try CLIRunner()
        let output = try score(runner, responses: """
        {"key": 1, "response": "a, b"}
        {"key": 1, "response": "a b"}
        {"key": 2, "response": "[]"}
        """)
        #expect(output.status == 0)
        #expect(output.stderr.contains("answered more than once; the last answer is used (keys 1)"))
        #expect(output.stdout.contains("prompt-level: 1.0"))
    }

    @Test func duplicatePromptKeysAreAnError() throws {
        let runner = try CLIRunner()
        try runner.write("prompts.jsonl", Self.prompts + Self.prompts)
        try runner.write("responses.jsonl", "{\"key\": 1, \"response\": \"ok\"}\n")
        let output = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "responses.jsonl"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("prompts.jsonl:3: duplicate key 1 (first on line 1)"))
    }

    /// The two files are read at the same time; a bad prompt set is still what is reported
    /// (its problems make the response file's meaningless), as when they were read in turn.
    @Test func aBadPromptSetIsReportedBeforeABadResponseFile() throws {
        let runner = try CLIRunner()
        try runner.write("prompts.jsonl", Self.prompts + "{\"key\": 3, \"prompt\": oops}\n")
        try runner.write("responses.jsonl", "{\"key\": 1, \"response\": \"ok\"}\n{\"key\": 2, \"response\": oops}\n")
        let output = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "responses.jsonl", "--output-dir", "out"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("prompts.jsonl:3: invalid JSON"))
        #expect(!output.stderr.contains("responses.jsonl"))
        #expect(!runner.exists("out"))
    }

    @Test func unknownInstructionIdListsTheKnownOnes() throws {
        let runner = try CLIRunner()
        try runner.write("prompts.jsonl", "{\"key\": 1, \"prompt\": \"p\", \"instruction_id_list\": [\"punctuation:no_commas\"], \"kwargs\": [{}]}\n")
        try runner.write("responses.jsonl", "{\"key\": 1, \"response\": \"ok\"}\n")
        let output = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "responses.jsonl"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("prompts.jsonl:1: prompt 1: punctuation:no_commas: unknown instruction id; known ids are"))
        #expect(output.stderr.contains("punctuation:no_comma,"))
    }

    @Test func kwargsOfTheWrongTypeOrRange() throws {
        let runner = try CLIRunner()
        try runner.write("prompts.jsonl", """
        {"key": 1, "prompt": "p", "instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"num_words": "many", "relation": "at least"}]}
        {"key": 2, "prompt": "q", "instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"num_words": -3, "relation": "at least"}]}
        {"key": 3, "prompt": "r", "instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"num_words": 3, "relation": "at most"}]}
        {"key": 4, "prompt": "s", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{"strict": true}]}

        """)
        try runner.write("responses.jsonl", "{\"key\": 1, \"response\": \"ok\"}\n")
        let output = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "responses.jsonl"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("prompts.jsonl:1: prompt 1: length_constraints:number_words: argument 'num_words' must be an integer, not a string"))
        #expect(output.stderr.contains("prompts.jsonl:2: prompt 2: length_constraints:number_words: argument 'num_words' must not be negative"))
        #expect(output.stderr.contains("prompts.jsonl:3: prompt 3: length_constraints:number_words: argument 'relation' must be \"less than\" or \"at least\""))
        #expect(output.stderr.contains("prompts.jsonl:4: prompt 4: punctuation:no_comma: unexpected argument 'strict'"))
    }

    @Test func emptyFilesAreErrors() throws {
        let runner = try CLIRunner()
        let output = try score(runner, responses: "\n\n")
        #expect(output.status == 2)
        #expect(output.stderr.contains("responses.jsonl: the response file is empty"))
        try runner.write("empty.jsonl", "")
        let prompts = try runner.run(["score", "--input-data", "empty.jsonl", "--responses", "responses.jsonl"])
        #expect(prompts.status == 2)
        #expect(prompts.stderr.contains("empty.jsonl: the prompt set is empty"))
    }

    @Test func missingFileIsAnError() throws {
        let runner = try CLIRunner()
        let output = try runner.run(["score", "--input-data", "nope.jsonl", "--responses", "also-nope.jsonl"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("nope.jsonl: no such file"))
    }

    @Test func byteOrderMarkCRLFAndBlankLinesAreAccepted() throws {
        let runner = try CLIRunner()
        try runner.write("prompts.jsonl", "\u{FEFF}" + Self.prompts.replacingOccurrences(of: "\n", with: "\r\n"))
        try runner.write("responses.jsonl", "\u{FEFF}{\"key\": 1, \"response\": \"ok\"}\r\n\r\n{\"key\": 2, \"response\": \"[]\"}\r\n")
        let output = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "responses.jsonl"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("prompt-level: 1.0"))
    }

    @Test func aTenMegabyteResponseIsScored() throws {
        let runner = try CLIRunner()
        let big = String(repeating: "word ", count: 2_000_000)
        let output = try score(runner, responses: "{\"key\": 1, \"response\": \"\(big)\"}\n{\"key\": 2, \"response\": \"[]\"}\n")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("prompt-level: 1.0"))
    }

    @Test func unwritableOutputExitsWithThree() throws {
        let runner = try CLIRunner()
        try runner.write("blocker", "a file where a folder should be")
        try runner.write("prompts.jsonl", Self.prompts)
        try runner.write("responses.jsonl", "{\"key\": 1, \"response\": \"ok\"}\n{\"key\": 2, \"response\": \"[]\"}\n")
        let output = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "responses.jsonl", "--output-dir", "blocker/out"])
        #expect(output.status == 3)
        #expect(output.stderr.contains("cannot write"))
    }

    @Test func usageErrorsExitWithTwoAndHelpWithZero() throws {
        let runner = try CLIRunner()
        let usage = try runner.run(["score", "--responses", "r.jsonl", "--missing", "maybe"])
        #expect(usage.status == 2)
        let help = try runner.run(["score", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--input-data"))
    }
}
