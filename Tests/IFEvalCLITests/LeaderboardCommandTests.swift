import Foundation
import Testing

/// `ifeval leaderboard` and `ifeval report` on hand-made runs: ranks and ties, sort
/// order, column names, runs given as summary.json alone, and bad input.
@Suite struct LeaderboardCommandTests {
    /// One instruction per prompt, so prompt level equals instruction level.
    ///   alpha: strict 2/4, loose 3/4;  beta: strict 3/4, loose 3/4;  gamma: strict 2/4, loose 4/4.
    static func makeRuns(_ runner: CLIRunner) throws {
        func run(_ strict: [Bool], _ loose: [Bool]) -> [HandMadeRun.Prompt] {
            (0..<4).map { .init(key: $0, ids: ["k:\($0 % 2)"], strict: [strict[$0]], loose: [loose[$0]]) }
        }
        try HandMadeRun.write(run([true, true, false, false], [true, true, true, false]), model: "alpha", to: runner.path("alpha"))
        try HandMadeRun.write(run([true, true, true, false], [true, true, true, false]), model: "beta", to: runner.path("beta"))
        try HandMadeRun.write(run([true, true, false, false], [true, true, true, true]), model: "gamma", to: runner.path("gamma"))
    }

    static func rows(_ output: CLIRunner.Output) throws -> [[String: Any]] {
        try #require(try jsonObject(output.stdout)["rows"] as? [[String: Any]])
    }

    @Test func ranksByTheChosenMetricAndTiesShareARank() throws {
        let runner = try CLIRunner()
        try Self.makeRuns(runner)
        let byStrict = try Self.rows(runner.run(["leaderboard", "alpha", "beta", "gamma", "--format", "json"]))
        #expect(byStrict.map { $0["model"] as? String } == ["beta", "alpha", "gamma"])
        #expect(byStrict.map { $0["rank"] as? Int } == [1, 2, 2])
        #expect(byStrict.map { $0["prompt_level_strict_acc"] as? Double } == [0.75, 0.5, 0.5])
        let byLoose = try Self.rows(runner.run(["leaderboard", "alpha", "beta", "gamma", "--format", "json", "--sort", "inst_level_loose_acc"]))
        #expect(byLoose.map { $0["model"] as? String } == ["gamma", "alpha", "beta"])
        #expect(byLoose.map { $0["rank"] as? Int } == [1, 2, 2])
        for row in byLoose {
            let value = try #require(row["inst_level_loose_acc"] as? Double)
            let low = try #require(row["inst_level_loose_acc_ci_low"] as? Double)
            let high = try #require(row["inst_level_loose_acc_ci_high"] as? Double)
            #expect(low <= value && value <= high)
        }
    }

    @Test func csvAndJSONUseSummaryNames() throws {
        let runner = try CLIRunner()
        try Self.makeRuns(runner)
        let csv = try runner.run(["leaderboard", "alpha", "beta", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n")
        let metricColumns = ["prompt_level_strict_acc", "inst_level_strict_acc", "prompt_level_loose_acc", "inst_level_loose_acc"]
            .flatMap { [$0, $0 + "_ci_low", $0 + "_ci_high"] }
        #expect(lines[0] == (["rank", "model"] + metricColumns + ["prompts", "instructions", "note"]).joined(separator: ","))
        #expect(lines[1].hasPrefix("1,beta,0.75,"))
        #expect(lines.count == 3)
        let withCategories = try runner.run(["leaderboard", "alpha", "--format", "csv", "--categories"])
        #expect(withCategories.stdout.hasPrefix((["rank", "model"] + metricColumns + ["prompts", "instructions", "k_strict_acc", "k_loose_acc", "note"]).joined(separator: ",")))
        let json = try Self.rows(runner.run(["leaderboard", "alpha", "--format", "json"]))
        for name in ["model", "rank"] + metricColumns { #expect(json[0][name] != nil, "missing \(name)") }
    }

    @Test func summaryOnlyRunsHaveNoIntervalAndSaySo() throws {
        let runner = try CLIRunner()
        try Self.makeRuns(runner)
        // A summary.json alone in its folder: the per-prompt results are not there.
        try FileManager.default.createDirectory(atPath: runner.path("alpha-summary"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: runner.path("alpha/summary.json"), toPath: runner.path("alpha-summary/summary.json"))
        let output = try runner.run(["leaderboard", "alpha-summary/summary.json", "beta", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("summary.json only, so no intervals for alpha"))
        let rows = try Self.rows(output)
        let alpha = try #require(rows.first { $0["model"] as? String == "alpha" })
        #expect(alpha["prompt_level_strict_acc"] as? Double == 0.5)
        #expect(alpha["prompt_level_strict_acc_ci_low"] is NSNull)
        #expect((alpha["note"] as? String)?.contains("only summary.json was given") == true)
        let beta = try #require(rows.first { $0["model"] as? String == "beta" })
        #expect(beta["prompt_level_strict_acc_ci_low"] is Double)
        let markdown = try runner.run(["leaderboard", "alpha-summary", "beta"])
        #expect(markdown.stdout.contains("| alpha † |"))
        #expect(markdown.stdout.contains("Runs marked † have no intervals"))
        #expect(markdown.stdout.contains("1000 resamples, fixed seed 0"))
    }

    @Test func htmlIsOneSelfContainedPage() throws {
        let runner = try CLIRunner()
        try Self.makeRuns(runner)
        let output = try runner.run(["leaderboard", "alpha", "beta", "gamma", "--format", "html", "--output", "board.html"])
        #expect(output.status == 0, "\(output.stderr)")
        let html = try runner.read("board.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(html.contains("<script>"))
        // Nothing is fetched: no external scripts, styles, images or fonts.
        #expect(!html.contains("src="))
        #expect(!html.contains("href="))
        #expect(!html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("http"))
    }

    @Test func badInputIsExitTwoWithAMessage() throws {
        let runner = try CLIRunner()
        try Self.makeRuns(runner)
        let missing = try runner.run(["leaderboard", "alpha", "no-such-run"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-run: no such run directory"))
        try FileManager.default.createDirectory(atPath: runner.path("empty"), withIntermediateDirectories: true)
        let noSummary = try runner.run(["leaderboard", "empty"])
        #expect(noSummary.status == 2)
        #expect(noSummary.stderr.contains("empty/summary.json: cannot read summary.json"))
        let badMetric = try runner.run(["leaderboard", "alpha", "--sort", "accuracy"])
        #expect(badMetric.status == 2)
        #expect(badMetric.stderr.contains("'accuracy' is invalid for '--sort <metric>'"))
        #expect(badMetric.stderr.contains("prompt_level_strict_acc"))
        for command in [["report", "no-such-run"], ["compare", "alpha", "no-such-run"], ["explain", "no-such-run", "--failed"]] {
            let output = try runner.run(command)
            #expect(output.status == 2, "\(command)")
            #expect(output.stderr.contains("no-such-run: no such run directory"), "\(command)")
        }
        let unwritable = try runner.run(["leaderboard", "alpha", "--output", "no/such/folder/board.md"])
        #expect(unwritable.status == 3)
    }

    @Test func reportFormats() throws {
        let runner = try CLIRunner()
        try Self.makeRuns(runner)
        let text = try runner.run(["report", "beta"])
        #expect(text.stdout.contains("eval_results_strict.jsonl Accuracy Scores:\nprompt-level: 0.75\n"))
        let csv = try runner.run(["report", "beta", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("model,level,name,total,strict_followed,loose_followed,strict_acc,loose_acc\nbeta,prompt,all,4,3,3,0.75,0.75\n"))
        let json = try jsonObject(runner.run(["report", "gamma", "--format", "json"]).stdout)
        #expect(json["prompt_level_loose_acc"] as? Double == 1.0)
        #expect(json["inst_level_strict_acc"] as? Double == 0.5)
        let markdown = try runner.run(["report", "gamma", "--format", "markdown", "--output", "gamma.md"])
        #expect(markdown.status == 0)
        #expect(try runner.read("gamma.md").contains("| `prompt_level_loose_acc` | 100.00 | 4 | 4 |"))
    }
}
