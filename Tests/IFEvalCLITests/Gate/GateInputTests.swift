import Foundation
import Testing

/// Runs over different prompt sets, summary-only runs, missing files and bad values.
@Suite struct GateInputTests {
    let fixture: GateFixture

    init() throws {
        fixture = try GateFixture()
        try fixture.run("base")
    }

    /// Candidate on keys 11-70: 50 shared. Its 10 prompts of its own all fail, but only
    /// shared prompts count, and on them nothing changed.
    @Test func pairsByKeyAndUsesSharedPromptsOnly() throws {
        try fixture.run("cand", keys: 11...70, commaFails: Set(61...70))
        let output = try fixture.gate(["--baseline", "base", "--candidate", "cand", "--alpha", "0.05", "--max-instruction-drop", "0"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.hasSuffix("(+0.0000) [on 50 shared prompts only]\n"))
        #expect(output.stderr.contains("Compared on the 50 prompts both runs share (matched by key); 10 prompts only in the baseline and 10 only in the candidate are left out of every rule."))
        #expect(output.stderr.contains("(0 prompts regressed, 0 improved, of 50 shared)"))
        // The whole candidate run (50/60) is shown for reference, not gated.
        #expect(output.stderr.contains("Whole runs (60 and 60 prompts, not gated): prompt_level_strict_acc 1.0000 -> 0.8333"))
    }

    @Test func dropOnSharedPrompts() throws {
        try fixture.run("cand", keys: 11...70, commaFails: Set(11...15))
        let output = try fixture.gate(["--baseline", "base", "--candidate", "cand", "--max-drop", "0.05"])
        #expect(output.status == 1)
        // 5 of the 50 shared prompts: 0.1, not 5/60.
        #expect(output.stdout == "FAIL prompt_level_strict_acc: dropped 0.1000 (1.0000 -> 0.9000), more than --max-drop 0.0500 [on 50 shared prompts only]\n")
    }

    @Test func noSharedPromptsIsBadInput() throws {
        try fixture.run("cand", keys: 61...70)
        let output = try fixture.gate(["--baseline", "base", "--candidate", "cand"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("the runs share no prompt keys (baseline 60 prompts, candidate 10)"))
    }

    @Test func sameKeyOtherInstructionsIsBadInput() throws {
        try fixture.run("cand", instructions: ["punctuation:no_comma"])
        let output = try fixture.gate(["--baseline", "base", "--candidate", "cand"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("prompt 1 has instructions [\"punctuation:no_comma\", \"startend:quotation\"] in the baseline but [\"punctuation:no_comma\"] in the candidate"))
    }

    /// summary.json alone: floor and drop rules on whole-run accuracies; the paired
    /// rules cannot run and asking for them is an error.
    @Test func summaryOnlyRuns() throws {
        try fixture.run("full", commaFails: [1, 2, 3])
        // Only summary.json: its folder has no eval_results files (with them beside it,
        // a summary.json path reads them too).
        try FileManager.default.createDirectory(atPath: fixture.runner.path("cand"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixture.runner.path("full/summary.json"), toPath: fixture.runner.path("cand/summary.json"))
        try FileManager.default.createDirectory(atPath: fixture.runner.path("old"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixture.runner.path("base/summary.json"), toPath: fixture.runner.path("old/summary.json"))
        let output = try fixture.gate(["--baseline", "old/summary.json", "--candidate", "cand", "--max-drop", "0.02"])
        #expect(output.status == 1)
        #expect(output.stdout == "FAIL prompt_level_strict_acc: dropped 0.0500 (1.0000 -> 0.9500), more than --max-drop 0.0200 [from summary.json]\n")
        #expect(output.stderr.contains("the paired test and per-id rules cannot run"))

        for option in [["--alpha", "0.05"], ["--max-instruction-drop", "0.1"]] {
            let refused = try fixture.gate(["--baseline", "base", "--candidate", "cand/summary.json"] + option)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("\(option[0]) needs per-prompt results, but cand/summary.json has only summary.json"))
        }
    }

    @Test func missingRunIsBadInput() throws {
        let output = try fixture.gate(["--baseline", "base", "--candidate", "nowhere"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("nowhere: no such run directory or summary.json"))

        try FileManager.default.createDirectory(atPath: fixture.runner.path("empty"), withIntermediateDirectories: true)
        let empty = try fixture.gate(["--baseline", "empty", "--candidate", "base"])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("empty/summary.json: cannot read summary.json"))
    }

    @Test(arguments: [
        (["--max-drop", "2"], "--max-drop 2 is out of range: give a fraction in [0, 1] such as 0.02, or a percentage in [0%, 100%] (did you mean 2%?)"),
        (["--max-drop=-0.1"], "--max-drop -0.1 is out of range"),
        (["--min-score", "150%"], "--min-score 150% is out of range"),
        (["--max-drop", "abc"], "--max-drop takes a fraction in [0, 1] such as 0.02, or a percentage such as 2%; got \"abc\""),
        (["--alpha", "0"], "--alpha must be greater than 0"),
        (["--alpha", "nan"], "--alpha takes a fraction"),
        (["--max-instruction-drop", "1.5"], "--max-instruction-drop 1.5 is out of range"),
        (["--min-instruction-count", "0"], "--min-instruction-count must be at least 1"),
        (["--metric", "accuracy"], "accuracy"),
    ])
    func badValuesAreBadUsage(arguments: [String], message: String) throws {
        let output = try fixture.gate(["--baseline", "base", "--candidate", "base"] + arguments)
        #expect(output.status == 2)
        #expect(output.stderr.contains(message), "\(output.stderr)")
        #expect(output.stdout.isEmpty)
    }

    @Test func unknownMetricListsTheKnownOnes() throws {
        let output = try fixture.gate(["--baseline", "base", "--candidate", "base", "--metric", "prompt_strict"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("inst_level_loose_acc"))
    }
}
