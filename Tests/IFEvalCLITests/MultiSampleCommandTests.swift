import Foundation
import Testing

/// `report`, `leaderboard`, `compare`, `gate` and `explain` on multi-sample run folders
/// (`ifeval score --samples all`), written by hand by `MultiSampleRun` with every number
/// computed in the test.
@Suite struct MultiSampleCommandTests {
    /// Run A, k = 1, 2, 4:
    ///   key 1, [a:x, b:y], 4 samples: [T,T] [T,F] [T,T] [F,F]: 2 of 4 follow both; a:x 3/4, b:y 2/4
    ///   key 2, [a:x], 4 samples, all followed: 4/4
    ///   key 3, [b:y], 2 samples, none followed: 0/2 (fewer than k = 4)
    /// avg@k prompt level: (2/4 + 1 + 0) / 3 = 0.5; instruction level (3/4 + 2/4 + 1 + 0) / 4 = 0.5625.
    /// pass@2: key 1: 1 − C(2,2)/C(4,2) = 5/6; key 2: 1; key 3: 0 → 11/18. pass^2: (1/6 + 1 + 0) / 3 = 7/18.
    /// pass@4: (1 + 1 + 0) / 3 = 2/3 (key 3 has 2 < 4 samples, none followed: 0).
    /// Reward profile, strict: none 1 (key 3), some 1 (key 1), all 1 (key 2).
    static let runA: [MultiSampleRun.Prompt] = [
        .init(key: 1, ids: ["a:x", "b:y"], strict: [[true, true], [true, false], [true, true], [false, false]]),
        .init(key: 2, ids: ["a:x"], strict: [[true], [true], [true], [true]]),
        .init(key: 3, ids: ["b:y"], strict: [[false], [false]]),
    ]
    /// Run C: A with key 3's two samples followed.
    static var runC: [MultiSampleRun.Prompt] {
        var prompts = runA
        prompts[2].strict = [[true], [true]]
        prompts[2].loose = prompts[2].strict
        return prompts
    }

    static func makeRuns(_ runner: CLIRunner) throws {
        try MultiSampleRun.write(runA, model: "sampled-a", ks: [1, 2, 4], to: runner.path("a"))
        try MultiSampleRun.write(runC, model: "sampled-c", ks: [1, 2, 4], to: runner.path("c"))
    }

    static func close(_ value: Any?, _ expected: Double) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return abs(number.doubleValue - expected) < 1e-12
    }

    @Test func reportShowsAvgAtKPassAtKAndTheRewardProfile() throws {
        let runner = try CLIRunner()
        try Self.makeRuns(runner)
        let text = try runner.run(["report", runner.path("a")])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("eval_results_strict.jsonl Accuracy Scores (avg@k):\nprompt-level: 0.5\ninstruction-level: 0.5625\n"), "\(text.stdout)")
        #expect(text.stdout.contains("samples: 10 over 3 prompts (2–4 per prompt); the accuracies above are avg@k"))
        #expect(text.stdout.contains("prompts with fewer than 4 samples: 1"))
        #expect(text.stdout.contains("prompts followed in no / some / every sample: strict 1 / 1 / 1"))
        let json = try jsonObject(try runner.run(["report", runner.path("a"), "--format", "json"]).stdout)
        #expect(Self.close(json["prompt_level_strict_acc"], 0.5))
        #expect(Self.close(json["inst_level_strict_acc"], 0.5625))
        let samples = try #require(json["samples"] as? [String: Any])
        #expect(samples["total"] as? Int == 10)
        let passAt = try #require(samples["pass_at_k"] as? [String: [String: Any]])
        #expect(Self.close(passAt["2"]?["prompt_level_strict_acc"], 11.0 / 18))
        #expect(Self.close(passAt["4"]?["prompt_level_strict_acc"], 2.0 / 3))
        let passHat = try #require(samples["pass_hat_k"] as? [String: [String: Any]])
        #expect(Self.close(passHat["2"]?["prompt_level_strict_acc"], 7.0 / 18))
        // Per instruction id: avg@k over cells, counts over all samples (a:x: 3 + 4 of 8).
        let perInstruction = try #require(json["per_instruction"] as? [String: [String: Any]])
        #expect(Self.close(perInstruction["a:x"]?["strict_acc"], (0.75 + 1) / 2))
        #expect(perInstruction["a:x"]?["strict_followed"] as? Int == 7)
        let markdown = try runner.run(["report", runner.path("a"), "--format", "markdown"]).stdout
        #expect(markdown.contains("| Metric | avg@k (%) | pass@1 (%) | pass^1 (%) | pass@2 (%) | pass^2 (%) | pass@4 (%) | pass^4 (%) |"), "\(markdown)")
        let csv = try runner.run(["report", runner.path("a"), "--format", "csv"]).stdout
        #expect(csv.contains("sampled-a,prompt_pass_at_k,2,3,,,"), "\(csv)")
    }

    @Test func leaderboardHasSampleColumnsClusteredIntervalsAndAHistogram() throws {
        let runner = try CLIRunner()
        try Self.makeRuns(runner)
        let json = try jsonObject(try runner.run(["leaderboard", runner.path("a"), runner.path("c"), "--format", "json"]).stdout)
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.map { $0["model"] as? String } == ["sampled-c", "sampled-a"])
        #expect(Self.close(rows[1]["prompt_level_strict_acc"], 0.5))
        #expect(Self.close(rows[0]["prompt_level_strict_acc"], 2.5 / 3))
        let samples = try #require(rows[1]["samples"] as? [String: Any])
        #expect(samples["per_prompt_min"] as? Int == 2 && samples["per_prompt_max"] as? Int == 4)
        let interval = try #require(json["interval"] as? [String: Any])
        #expect((interval["unit"] as? String)?.contains("all samples of a prompt are resampled together") == true)
        let markdown = try runner.run(["leaderboard", runner.path("a"), runner.path("c")]).stdout
        #expect(markdown.contains("| Prompts | Samples | pass@1 | pass^1 | pass@2 | pass^2 | pass@4 | pass^4 |"), "\(markdown)")
        #expect(markdown.contains("| 2–4 | 50.00 | 50.00 | 61.11 | 38.89 | 66.67 | 33.33 |"), "\(markdown)")
        #expect(markdown.contains("clustered bootstrap"))
        let csv = try runner.run(["leaderboard", runner.path("a"), "--format", "csv"]).stdout
        #expect(csv.hasPrefix("rank,model,prompt_level_strict_acc,"))
        #expect(csv.contains(",samples,samples_per_prompt_min,samples_per_prompt_max,pass_at_1_prompt_level_strict_acc,"), "\(csv)")
        // The histogram: key 1 solves 2 of 4 (bin 40–50), key 2 all, key 3 none.
        let html = try runner.run(["leaderboard", runner.path("a"), "--format", "html"]).stdout
        #expect(html.contains("<h2>Per-prompt solve rates</h2>"))
        for tip in ["strict, 0%: 1 prompts", "strict, 40–50%: 1 prompts", "strict, 100%: 1 prompts", "strict, 10–20%: 0 prompts"] {
            #expect(html.contains("<title>\(tip)</title>"), "\(tip)")
        }
    }

    /// Two prompts of 4 samples each, one always followed, one never: resampling prompts
    /// gives 0%–100%; the same 8 verdicts as 8 single-sample prompts a narrower interval.
    @Test func leaderboardIntervalsResamplePrompts() throws {
        let runner = try CLIRunner()
        try MultiSampleRun.write([.init(key: 1, ids: ["a:x"], strict: Array(repeating: [true], count: 4)),
                                  .init(key: 2, ids: ["a:x"], strict: Array(repeating: [false], count: 4))],
                                 model: "clustered", ks: [1, 4], to: runner.path("clustered"))
        try HandMadeRun.write((1...8).map { .init(key: $0, ids: ["a:x"], strict: [$0 <= 4]) }, model: "flat", to: runner.path("flat"))
        let json = try jsonObject(try runner.run(["leaderboard", runner.path("clustered"), runner.path("flat"), "--format", "json"]).stdout)
        let rows = try #require(json["rows"] as? [[String: Any]])
        let clustered = try #require(rows.first { $0["model"] as? String == "clustered" })
        let flat = try #require(rows.first { $0["model"] as? String == "flat" })
        #expect(Self.close(clustered["prompt_level_strict_acc_ci_low"], 0) && Self.close(clustered["prompt_level_strict_acc_ci_high"], 1))
        #expect(((flat["prompt_level_strict_acc_ci_low"] as? NSNumber)?.doubleValue ?? 0) > 0)
    }

    /// A multi-sample run with one sample per prompt gives the single-sample run's
    /// accuracies and intervals.
    @Test func oneSamplePerPromptEqualsTheSingleSampleRun() throws {
        let runner = try CLIRunner()
        var single: [HandMadeRun.Prompt] = [], multi: [MultiSampleRun.Prompt] = []
        for key in 1...40 {
            let verdicts = [key % 3 != 0, key % 4 != 0]
            single.append(.init(key: key, ids: ["a:x", "b:y"], strict: verdicts, loose: [verdicts[0], true]))
            multi.append(.init(key: key, ids: ["a:x", "b:y"], strict: [verdicts], loose: [[verdicts[0], true]]))
        }
        try HandMadeRun.write(single, model: "m", to: runner.path("single"))
        try MultiSampleRun.write(multi, model: "m", ks: [1], to: runner.path("multi"))
        let a = try jsonObject(try runner.run(["leaderboard", runner.path("single"), "--format", "json"]).stdout)
        let b = try jsonObject(try runner.run(["leaderboard", runner.path("multi"), "--format", "json"]).stdout)
        let rowA = try #require((a["rows"] as? [[String: Any]])?.first), rowB = try #require((b["rows"] as? [[String: Any]])?.first)
        for name in ["prompt_level_strict_acc", "inst_level_strict_acc", "prompt_level_loose_acc", "inst_level_loose_acc"] {
            for suffix in ["", "_ci_low", "_ci_high"] {
                #expect((rowA[name + suffix] as? NSNumber) == (rowB[name + suffix] as? NSNumber), "\(name + suffix)")
            }
        }
    }

    @Test func compareAndGateUseTheClusteredPairedBootstrap() throws {
        let runner = try CLIRunner()
        try Self.makeRuns(runner)
        let output = try runner.run(["compare", runner.path("a"), runner.path("c"), "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try jsonObject(output.stdout)
        let metrics = try #require(json["metrics"] as? [String: [String: Any]])
        let prompt = try #require(metrics["prompt_level_strict_acc"])
        #expect(Self.close(prompt["a"], 0.5) && Self.close(prompt["b"], 2.5 / 3))
        #expect(prompt["only_a"] as? Int == 0 && prompt["only_b"] as? Int == 1)
        #expect(prompt["bootstrap_p"] != nil && prompt["mcnemar_p"] == nil)
        #expect(((json["interval"] as? [String: Any])?["method"] as? String)?.contains("all samples of a prompt resampled together") == true)
        let text = try runner.run(["compare", runner.path("a"), runner.path("c")]).stdout
        #expect(text.contains("bootstrap p") && text.contains("each prompt resampled with all its samples"), "\(text)")
        // The same run against itself: no difference, p = 1.
        let same = try jsonObject(try runner.run(["compare", runner.path("a"), runner.path("a"), "--format", "json"]).stdout)
        #expect(Self.close((same["metrics"] as? [String: [String: Any]])?["inst_level_loose_acc"]?["bootstrap_p"], 1))
        // C as the baseline, A as the candidate: a drop of 1/3 at prompt level.
        let fail = try runner.run(["gate", "--baseline", runner.path("c"), "--candidate", runner.path("a"), "--max-drop", "0.1"])
        #expect(fail.status == 1)
        #expect(fail.stdout.contains("prompt_level_strict_acc: dropped 0.3333 (0.8333 -> 0.5000)"), "\(fail.stdout)")
        #expect(fail.stderr.contains("paired test resamples prompts with all their samples together"), "\(fail.stderr)")
        let alpha = try runner.run(["gate", "--baseline", runner.path("c"), "--candidate", runner.path("a"), "--max-drop", "0.1", "--alpha", "0.05",
                                    "--junit", runner.path("gate.xml"), "--markdown", runner.path("gate.md")])
        #expect(try runner.read("gate.xml").contains("<property name=\"bootstrap_p.prompt_level_strict_acc\""))
        #expect(!(try runner.read("gate.xml").contains("mcnemar_p.")))
        #expect(try runner.read("gate.md").contains("| `prompt_level_strict_acc` | 0.8333 | 0.5000 | -0.3333 |"))
        #expect(alpha.stderr.contains("paired bootstrap p = "), "\(alpha.stderr)")
        #expect(alpha.stderr.contains("(1 prompts' share of followed samples fell, 0 rose, of 3 shared)"), "\(alpha.stderr)")
    }

    @Test func explainShowsEverySample() throws {
        let runner = try CLIRunner()
        try Self.makeRuns(runner)
        let output = try runner.run(["explain", runner.path("a"), "--key", "1"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("2 of 4 samples followed every instruction"))
        for sample in 0..<4 { #expect(output.stdout.contains("=== sample \(sample): ")) }
        #expect(output.stdout.contains("=== sample 1: 1 of 2 instructions followed: NOT followed"))
        #expect(output.stdout.contains("response 1/3"))
        #expect(output.stdout.contains("NOT followed  b:y: reason for b:y in sample 1"))
        let failed = try runner.run(["explain", runner.path("a"), "--failed"])
        #expect(failed.stdout.hasPrefix("4 of 10 samples (of 3 prompts) not followed in sampled-a (strict)"), "\(failed.stdout)")
        #expect(failed.stdout.contains("key 3 sample 1"))
    }

    /// The readers check a multi-sample folder against itself.
    @Test func contradictionsAreInputErrors() throws {
        let runner = try CLIRunner()
        try Self.makeRuns(runner)
        let rates = try runner.read("a/prompt_solve_rates.jsonl")
        try runner.write("a/prompt_solve_rates.jsonl", rates.replacingOccurrences(of: "\"strict_followed\": 4", with: "\"strict_followed\": 3"))
        let badRates = try runner.run(["leaderboard", runner.path("a")])
        #expect(badRates.status == 2)
        #expect(badRates.stderr.contains("prompt_solve_rates.jsonl") && badRates.stderr.contains("strict_followed is 3"), "\(badRates.stderr)")
        try runner.write("a/prompt_solve_rates.jsonl", rates)
        let summary = try runner.read("a/summary.json")
        try runner.write("a/summary.json", summary.replacingOccurrences(of: "\"total\": 10", with: "\"total\": 11"))
        let badTotal = try runner.run(["gate", "--baseline", runner.path("a"), "--candidate", runner.path("c")])
        #expect(badTotal.status == 2)
        #expect(badTotal.stderr.contains("samples.total is 11"), "\(badTotal.stderr)")
        try runner.write("a/summary.json", summary)
        let strict = try runner.read("a/eval_results_strict.jsonl")
        try runner.write("a/eval_results_strict.jsonl", strict.replacingOccurrences(of: "{\"key\": 2, \"sample\": 1, ", with: "{\"key\": 2, "))
        let noSample = try runner.run(["report", runner.path("a")])
        #expect(noSample.status == 2)
        #expect(noSample.stderr.contains("no \"sample\""), "\(noSample.stderr)")
    }
}

/// The suite's headline metric in reports and leaderboards, and leaderboards of runs of
/// several suites (one row per model, a column group per suite).
@Suite struct SuiteLeaderboardTests {
    /// m1 follows more loosely (loose 3/4, strict 1/4); m2 strictly (strict 2/4, loose 2/4).
    static func makeIFBenchRuns(_ runner: CLIRunner, ids: [String] = ["count:word_count_range"]) throws {
        try HandMadeRun.write((1...4).map { .init(key: $0, ids: ids, strict: [$0 == 1], loose: [$0 <= 3]) }, model: "m1", suite: "ifbench", to: runner.path("ifbench-m1"))
        try HandMadeRun.write((1...4).map { .init(key: $0, ids: ids, strict: [$0 <= 2], loose: [$0 <= 2]) }, model: "m2", suite: "ifbench", to: runner.path("ifbench-m2"))
    }

    @Test func ifbenchRunsRankByPromptLevelLooseUnlessSortSaysOtherwise() throws {
        let runner = try CLIRunner()
        try Self.makeIFBenchRuns(runner)
        let runs = [runner.path("ifbench-m2"), runner.path("ifbench-m1")]
        let json = try jsonObject(try runner.run(["leaderboard"] + runs + ["--format", "json"]).stdout)
        #expect(json["sort"] as? String == "prompt_level_loose_acc")
        #expect(json["headline_metric"] as? String == "prompt_level_loose_acc" && json["suite"] as? String == "ifbench")
        #expect((json["rows"] as? [[String: Any]])?.map { $0["model"] as? String } == ["m1", "m2"])
        let sorted = try jsonObject(try runner.run(["leaderboard"] + runs + ["--format", "json", "--sort", "prompt_level_strict_acc"]).stdout)
        #expect((sorted["rows"] as? [[String: Any]])?.map { $0["model"] as? String } == ["m2", "m1"])
        let markdown = try runner.run(["leaderboard"] + runs).stdout
        #expect(markdown.contains("ranked by `prompt_level_loose_acc` (descending; equal values share a rank). The headline metric of ifbench is `prompt_level_loose_acc`."), "\(markdown)")
    }

    @Test func reportNamesTheHeadlineMetric() throws {
        let runner = try CLIRunner()
        try Self.makeIFBenchRuns(runner)
        let run = runner.path("ifbench-m1")
        #expect(try runner.run(["report", run]).stdout.hasSuffix("headline metric of ifbench: prompt_level_loose_acc = 0.75\n"))
        let markdown = try runner.run(["report", run, "--format", "markdown"]).stdout
        #expect(markdown.contains("its headline metric is `prompt_level_loose_acc` (★)") && markdown.contains("| `prompt_level_loose_acc` ★ | 75.00 | 3 | 4 |"), "\(markdown)")
        let json = try jsonObject(try runner.run(["report", run, "--format", "json"]).stdout)
        #expect(json["headline_metric"] as? String == "prompt_level_loose_acc")
        let csv = try runner.run(["report", run, "--format", "csv"]).stdout
        #expect(csv.hasSuffix("m1,headline,prompt_level_loose_acc,4,1,3,0.25,0.75\n"), "\(csv)")
        // An IFEval run's report does not change.
        try HandMadeRun.write([.init(key: 1, ids: ["punctuation:no_comma"], strict: [true])], model: "e", to: runner.path("ifeval"))
        #expect(!(try runner.run(["report", runner.path("ifeval"), "--format", "markdown"]).stdout.contains("headline")))
    }

    @Test func severalSuitesGiveOneRowPerModel() throws {
        let runner = try CLIRunner()
        try Self.makeIFBenchRuns(runner)
        // IFEval: m1 2/2 strict, m2 1/2.
        try HandMadeRun.write((1...2).map { .init(key: $0, ids: ["punctuation:no_comma"], strict: [true]) }, model: "m1", to: runner.path("ifeval-m1"))
        try HandMadeRun.write((1...2).map { .init(key: $0, ids: ["punctuation:no_comma"], strict: [$0 == 1]) }, model: "m2", to: runner.path("ifeval-m2"))
        // The suites' prompt sets reuse keys with other texts: that is no warning across suites.
        for run in ["ifbench-m1", "ifbench-m2"] {
            for file in ["eval_results_strict.jsonl", "eval_results_loose.jsonl"] {
                let path = runner.path(run) + "/" + file
                let text = try String(contentsOfFile: path, encoding: .utf8)
                try text.replacingOccurrences(of: "\"prompt ", with: "\"IFBench prompt ").write(toFile: path, atomically: true, encoding: .utf8)
            }
        }
        let runs = ["ifeval-m2", "ifbench-m2", "ifeval-m1", "ifbench-m1"].map(runner.path)
        let output = try runner.run(["leaderboard"] + runs + ["--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(!output.stderr.contains("different prompt sets"), "\(output.stderr)")
        let json = try jsonObject(output.stdout)
        #expect(json["sort_suite"] as? String == "ifeval" && json["sort"] as? String == "prompt_level_strict_acc")
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.map { $0["model"] as? String } == ["m1", "m2"])
        let m1 = try #require(rows[0]["suites"] as? [String: [String: Any]])
        #expect(Set(m1.keys) == ["ifeval", "ifbench"])
        #expect(MultiSampleCommandTests.close(m1["ifbench"]?["prompt_level_loose_acc"], 0.75))
        #expect(MultiSampleCommandTests.close(m1["ifeval"]?["prompt_level_strict_acc"], 1))
        let markdown = try runner.run(["leaderboard"] + runs).stdout
        #expect(markdown.hasPrefix("| Rank | Model | ifeval Prompt strict ★ | ifeval Instruction strict | ifeval Prompt loose | ifeval Instruction loose | ifeval prompts | ifbench Prompt strict | ifbench Instruction strict | ifbench Prompt loose ★ |"), "\(markdown)")
        #expect(markdown.contains("one row per model"))
        let csv = try runner.run(["leaderboard"] + runs + ["--format", "csv"]).stdout
        #expect(csv.contains(",ifbench.prompt_level_loose_acc,ifbench.prompt_level_loose_acc_ci_low,"), "\(csv)")
        let html = try runner.run(["leaderboard"] + runs + ["--format", "html"]).stdout
        #expect(html.contains("ifbench Prompt loose ★ (%)</th>"))
        // --sort applies to the first suite.
        let byLoose = try jsonObject(try runner.run(["leaderboard"] + ["ifbench-m2", "ifeval-m2", "ifbench-m1", "ifeval-m1"].map(runner.path) + ["--format", "json"]).stdout)
        #expect(byLoose["sort_suite"] as? String == "ifbench" && byLoose["sort"] as? String == "prompt_level_loose_acc")
        #expect((byLoose["rows"] as? [[String: Any]])?.map { $0["model"] as? String } == ["m1", "m2"])
        // Two runs of one model and suite are ambiguous.
        let twice = try runner.run(["leaderboard"] + runs + [runner.path("ifeval-m1")])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("are both ifeval runs of the model \"m1\""), "\(twice.stderr)")
    }
}
