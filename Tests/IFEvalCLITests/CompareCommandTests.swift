import Foundation
import Testing

/// `ifeval compare` on two hand-made runs whose discordant counts are known, with the
/// McNemar p-values worked by hand.
@Suite struct CompareCommandTests {
    /// Ten shared prompts with instructions a:x and b:y, plus one prompt in each run only.
    ///   key 0:    A [T,T]  B [F,T]  prompt only A; a:x regressed
    ///   keys 1-6: A [F,T]  B [T,T]  prompt only B; a:x improved (6)
    ///   key 7:    A [T,F]  B [F,T]  prompt failed by both; a:x regressed, b:y improved
    ///   keys 8-9: A [T,T]  B [T,T]
    /// Prompt level: A 3/10, B 8/10; discordant 1 (A only) and 6 (B only):
    ///   p = 2 · (C(7,0) + C(7,1)) / 2^7 = 16/128 = 0.125.
    /// Instruction level: A 13/20, B 18/20; A-only 2 (keys 0, 7), B-only 7 (keys 1-6, 7):
    ///   p = 2 · (1 + 9 + 36) / 2^9 = 92/512 = 0.1796875.
    static func makeRuns(_ runner: CLIRunner) throws {
        let ids = ["a:x", "b:y"]
        var a: [HandMadeRun.Prompt] = [], b: [HandMadeRun.Prompt] = []
        a.append(.init(key: 0, ids: ids, strict: [true, true]))
        b.append(.init(key: 0, ids: ids, strict: [false, true]))
        for key in 1...6 {
            a.append(.init(key: key, ids: ids, strict: [false, true]))
            b.append(.init(key: key, ids: ids, strict: [true, true]))
        }
        a.append(.init(key: 7, ids: ids, strict: [true, false]))
        b.append(.init(key: 7, ids: ids, strict: [false, true]))
        for key in 8...9 {
            a.append(.init(key: key, ids: ids, strict: [true, true]))
            b.append(.init(key: key, ids: ids, strict: [true, true]))
        }
        a.append(.init(key: 100, ids: ids, strict: [true, true]))
        b.append(.init(key: 200, ids: ids, strict: [false, false]))
        b.append(.init(key: 201, ids: ids, strict: [false, false]))
        try HandMadeRun.write(a, model: "model-a", to: runner.path("a"))
        try HandMadeRun.write(b, model: "model-b", to: runner.path("b"))
    }

    @Test func pairedDifferencesAndMcNemarOnKnownCounts() throws {
        let runner = try CLIRunner()
        try Self.makeRuns(runner)
        let output = try runner.run(["compare", "a", "b", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try jsonObject(output.stdout)
        #expect(json["shared_prompts"] as? Int == 10)
        // The intervals come from a fixed seed: the same runs give the same output.
        #expect(try runner.run(["compare", "a", "b", "--format", "json"]).stdout == output.stdout)
        #expect(json["only_in_a"] as? Int == 1)
        #expect(json["only_in_b"] as? Int == 2)
        let metrics = try #require(json["metrics"] as? [String: [String: Any]])
        for name in ["prompt_level_strict_acc", "prompt_level_loose_acc"] {
            let m = try #require(metrics[name])
            #expect(m["a"] as? Double == 0.3)
            #expect(m["b"] as? Double == 0.8)
            #expect(m["only_a"] as? Int == 1)
            #expect(m["only_b"] as? Int == 6)
            #expect(abs((m["mcnemar_p"] as? Double ?? 0) - 0.125) < 1e-12)
            let low = try #require(m["ci_low"] as? Double), high = try #require(m["ci_high"] as? Double)
            #expect(low <= 0.5 && 0.5 <= high && high <= 1, "interval \(low)...\(high)")
        }
        for name in ["inst_level_strict_acc", "inst_level_loose_acc"] {
            let m = try #require(metrics[name])
            #expect(m["a"] as? Double == 0.65)
            #expect(m["b"] as? Double == 0.9)
            #expect(m["only_a"] as? Int == 2)
            #expect(m["only_b"] as? Int == 7)
            #expect(abs((m["mcnemar_p"] as? Double ?? 0) - 0.1796875) < 1e-12)
        }
        let changes = try #require(json["instructions_strict"] as? [[String: Any]])
        #expect(changes.count == 2)
        #expect(changes[0]["instruction_id"] as? String == "a:x")
        #expect(changes[0]["improved"] as? Int == 6)
        #expect(changes[0]["regressed"] as? Int == 2)
        #expect(changes[0]["total"] as? Int == 10)
        #expect(changes[1]["instruction_id"] as? String == "b:y")
        #expect(changes[1]["improved"] as? Int == 1)
        #expect(changes[1]["regressed"] as? Int == 0)
    }

    @Test func textNamesCoverageAndMovers() throws {
        let runner = try CLIRunner()
        try Self.makeRuns(runner)
        let output = try runner.run(["compare", "a", "b"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("10 prompts in both runs; 1 only in A, 2 only in B."))
        #expect(output.stdout.contains("+6 / -2  (net +4 of 10)"))
        #expect(output.stdout.contains("0.125"))
        let markdown = try runner.run(["compare", "a", "b", "--format", "markdown"])
        #expect(markdown.stdout.contains("| `prompt_level_strict_acc` | 30.00 | 80.00 | +50.00 |"))
    }

    @Test func summaryOnlyRunCannotBeCompared() throws {
        let runner = try CLIRunner()
        try Self.makeRuns(runner)
        try FileManager.default.createDirectory(atPath: runner.path("summary-only"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: runner.path("a/summary.json"), toPath: runner.path("summary-only/summary.json"))
        let output = try runner.run(["compare", "summary-only/summary.json", "b"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("no per-prompt results"))
    }
}
