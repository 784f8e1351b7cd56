import Foundation

/// Scored runs made with `ifeval score`, whose verdicts the tests choose: prompt `k` has
/// the instructions `punctuation:no_comma` and `startend:quotation`, and its response
/// fails the first when `k` is in `commaFails`, the second when `k` is in `quoteFails`.
/// Loose verdicts equal strict ones for these one-line responses.
struct GateFixture {
    let runner: CLIRunner

    init() throws { runner = try CLIRunner() }

    static let instructions = ["punctuation:no_comma", "startend:quotation"]

    /// Scores a run into the folder `name` and returns that folder's name.
    @discardableResult
    func run(_ name: String, keys: ClosedRange<Int> = 1...60, commaFails: Set<Int> = [], quoteFails: Set<Int> = [],
             instructions: [String] = GateFixture.instructions, model: String? = nil) throws -> String {
        let ids = instructions.map { "\"\($0)\"" }.joined(separator: ", ")
        let kwargs = instructions.map { _ in "{}" }.joined(separator: ", ")
        let prompts = keys.map { "{\"key\": \($0), \"prompt\": \"Prompt \($0).\", \"instruction_id_list\": [\(ids)], \"kwargs\": [\(kwargs)]}\n" }
        let responses = keys.map { key in
            let text = commaFails.contains(key) ? "hello, world" : "hello world"
            let quoted = quoteFails.contains(key) ? text : "\\\"\(text)\\\""
            return "{\"key\": \(key), \"response\": \"\(quoted)\"}\n"
        }
        try runner.write("\(name)-prompts.jsonl", prompts.joined())
        try runner.write("\(name)-responses.jsonl", responses.joined())
        var arguments = ["score", "--input-data", "\(name)-prompts.jsonl", "--responses", "\(name)-responses.jsonl", "--output-dir", name, "--report", "none"]
        if let model { arguments += ["--model", model] }
        let output = try runner.run(arguments)
        guard output.status == 0 else { throw FixtureError(message: "scoring \(name) failed: \(output.stderr)") }
        return name
    }

    /// Runs `ifeval gate`, with GITHUB_STEP_SUMMARY set to `stepSummary` ("" = unset), so
    /// that tests never write to the summary of the CI job running them.
    func gate(_ arguments: [String], stepSummary: String = "") throws -> CLIRunner.Output {
        try runner.run(["gate"] + arguments, environment: ["GITHUB_STEP_SUMMARY": stepSummary])
    }

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
