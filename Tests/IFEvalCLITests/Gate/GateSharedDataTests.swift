import Foundation
import Testing

/// The gate on real runs: the official responses of GPT-4 as the baseline and a small
/// quantized model as the candidate, both scored here with `ifeval score`.
@Suite struct GateSharedDataTests {
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Gate
        .deletingLastPathComponent()  // IFEvalCLITests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/ifeval")

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("input_data.jsonl").path) }

    func score(_ runner: CLIRunner, model: String) throws -> String {
        let output = try runner.run(["score", "--input-data", Self.shared.appendingPathComponent("input_data.jsonl").path,
                                     "--responses", Self.shared.appendingPathComponent("responses/\(model).jsonl").path,
                                     "--missing", "skip", "--output-dir", model, "--report", "none"])
        #expect(output.status == 0, "\(output.stderr)")
        return model
    }

    @Test func smallModelRegressesAgainstGPT4AndARunPassesAgainstItself() throws {
        guard Self.isAvailable else {
            print("../shared is absent: the gate test on the shared runs is skipped (clone the project next to its shared/ folder to run it)")
            return
        }
        let runner = try CLIRunner()
        let baseline = try score(runner, model: "gpt-4-20231107-official")
        let candidate = try score(runner, model: "Qwen__Qwen2.5-0.5B-Instruct-GPTQ-Int4")
        let environment = ["GITHUB_STEP_SUMMARY": ""]

        let regression = try runner.run(["gate", "--baseline", baseline, "--candidate", candidate, "--alpha", "0.05", "--max-drop", "0.02"], environment: environment)
        #expect(regression.status == 1)
        // Neither file answers prompt 2785 (skipped): 540 prompts in each, all shared.
        #expect(regression.stdout.hasPrefix("FAIL prompt_level_strict_acc: dropped 0.5333 (0.7722 -> 0.2389), more than --max-drop 0.0200; McNemar p = "))
        #expect(regression.stdout.hasSuffix("< alpha 0.05 (304 prompts regressed, 16 improved, of 540 shared) [540 prompts]\n"))
        #expect(regression.stderr.contains("Compared on the 540 prompts both runs share (matched by key).\n"))

        let same = try runner.run(["gate", "--baseline", baseline, "--candidate", baseline, "--alpha", "0.05", "--max-drop", "0.02"], environment: environment)
        #expect(same.status == 0)
        #expect(same.stdout == "PASS 1 check: prompt_level_strict_acc 0.7722 -> 0.7722 (+0.0000) [540 prompts]\n")
    }
}
