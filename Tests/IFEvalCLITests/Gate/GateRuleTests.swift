import Foundation
import Testing

/// `ifeval gate` rules on runs whose verdicts are chosen, so every number below is
/// worked by hand: 60 prompts, two instructions each (120 instruction cells).
@Suite struct GateRuleTests {
    let fixture: GateFixture

    init() throws {
        fixture = try GateFixture()
        try fixture.run("base")
    }

    @Test func identicalRunsPass() throws {
        try fixture.run("same")
        let output = try fixture.gate(["--baseline", "base", "--candidate", "same", "--max-drop", "0.02"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "PASS 1 check: prompt_level_strict_acc 1.0000 -> 1.0000 (+0.0000) [60 prompts]\n")
        #expect(output.stderr.contains("pass [max-drop prompt_level_strict_acc] prompt_level_strict_acc: unchanged (1.0000 -> 1.0000)"))
    }

    /// 3 of 60 prompts lose the no-comma instruction: a drop of 3/60 = 0.05.
    @Test func dropBeyondMaxDropFails() throws {
        try fixture.run("cand", commaFails: [1, 2, 3])
        let output = try fixture.gate(["--baseline", "base", "--candidate", "cand", "--max-drop", "0.02"])
        #expect(output.status == 1)
        #expect(output.stdout == "FAIL prompt_level_strict_acc: dropped 0.0500 (1.0000 -> 0.9500), more than --max-drop 0.0200 [60 prompts]\n")
        let within = try fixture.gate(["--baseline", "base", "--candidate", "cand", "--max-drop", "5%"])
        #expect(within.status == 0, "a drop of exactly --max-drop passes: \(within.stdout)")
    }

    /// With no rule, any drop fails (--max-drop 0).
    @Test func noRuleMeansAnyDropFails() throws {
        try fixture.run("cand", commaFails: [7])
        let output = try fixture.gate(["--baseline", "base", "--candidate", "cand"])
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("FAIL prompt_level_strict_acc: dropped 0.0167 (1.0000 -> 0.9833), more than --max-drop 0.0000"))
    }

    /// 3 regressed, 0 improved: exact McNemar p = 2 · (1/2)^3 = 0.25, not significant,
    /// so the same drop that fails --max-drop 0.02 passes with --alpha 0.05.
    @Test func nonSignificantDropPassesWithAlpha() throws {
        try fixture.run("cand", commaFails: [1, 2, 3])
        let output = try fixture.gate(["--baseline", "base", "--candidate", "cand", "--max-drop", "0.02", "--alpha", "0.05"])
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout.hasPrefix("PASS 1 check: prompt_level_strict_acc 1.0000 -> 0.9500 (-0.0500)"))
        #expect(output.stderr.contains("dropped 0.0500 (1.0000 -> 0.9500), more than --max-drop 0.0200; McNemar p = 0.2500 >= alpha 0.05 (3 prompts regressed, 0 improved, of 60 shared): not significant"))
    }

    /// 10 regressed, 0 improved: p = 2 · (1/2)^10 = 0.001953125.
    @Test func significantDropFailsWithAlpha() throws {
        try fixture.run("cand", commaFails: Set(1...10))
        let output = try fixture.gate(["--baseline", "base", "--candidate", "cand", "--alpha", "0.05"])
        #expect(output.status == 1)
        #expect(output.stdout == "FAIL prompt_level_strict_acc: dropped 0.1667 (1.0000 -> 0.8333), more than --max-drop 0.0000; McNemar p = 0.0020 < alpha 0.05 (10 prompts regressed, 0 improved, of 60 shared) [60 prompts]\n")
        // Significant, but within the allowed drop: passes.
        let allowed = try fixture.gate(["--baseline", "base", "--candidate", "cand", "--alpha", "0.05", "--max-drop", "0.2"])
        #expect(allowed.status == 0, "\(allowed.stdout)")
    }

    /// Instruction-level: McNemar over the instruction cells of shared prompts (10 of 120).
    @Test func instructionLevelTestCountsInstructionCells() throws {
        try fixture.run("cand", commaFails: Set(1...10))
        let output = try fixture.gate(["--baseline", "base", "--candidate", "cand", "--alpha", "0.05", "--metric", "inst_level_strict_acc"])
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("FAIL inst_level_strict_acc: dropped 0.0833 (1.0000 -> 0.9167), more than --max-drop 0.0000; McNemar p = 0.0020 < alpha 0.05 (10 instructions regressed, 0 improved, of 120 shared)"))
    }

    /// Regressions and improvements that cancel: no drop, p = 1.
    @Test func balancedChangesPass() throws {
        try fixture.run("before", commaFails: Set(51...60))
        try fixture.run("after", commaFails: Set(1...10))
        let output = try fixture.gate(["--baseline", "before", "--candidate", "after", "--alpha", "0.05", "--max-drop", "0"])
        #expect(output.status == 0)
        #expect(output.stderr.contains("unchanged (0.8333 -> 0.8333); McNemar p = 1.0000 >= alpha 0.05 (10 prompts regressed, 10 improved, of 60 shared)"))
    }

    @Test func floorFailsBelowMinScore() throws {
        try fixture.run("cand", commaFails: Set(1...10))
        let output = try fixture.gate(["--baseline", "base", "--candidate", "cand", "--min-score", "0.9"])
        #expect(output.status == 1)
        #expect(output.stdout == "FAIL prompt_level_strict_acc: 0.8333 is below --min-score 0.9000 (by 0.0667) [60 prompts]\n")
        // --min-score alone checks only the floor: the drop of 0.1667 is not a rule here.
        let above = try fixture.gate(["--baseline", "base", "--candidate", "cand", "--min-score", "80%"])
        #expect(above.status == 0, "\(above.stdout)")
        #expect(above.stdout.hasPrefix("PASS 1 check:"))
    }

    /// Every failing check is named on the one verdict line.
    @Test func severalMetricsAndRulesAreAllReported() throws {
        try fixture.run("cand", commaFails: Set(1...10))
        let output = try fixture.gate(["--baseline", "base", "--candidate", "cand", "--max-drop", "0.1", "--min-score", "0.9",
                                       "--metric", "prompt_level_strict_acc", "--metric", "inst_level_loose_acc"])
        #expect(output.status == 1)
        #expect(output.stdout.split(separator: "\n").count == 1)
        #expect(output.stdout.contains("FAIL prompt_level_strict_acc: 0.8333 is below --min-score 0.9000 (by 0.0667) | prompt_level_strict_acc: dropped 0.1667 (1.0000 -> 0.8333), more than --max-drop 0.1000"))
        #expect(!output.stdout.contains("inst_level_loose_acc"), "0.9167 is above the floor and the drop 0.0833 within 0.1")
        #expect(output.stderr.contains("pass [min-score inst_level_loose_acc]"))
    }

    /// startend:quotation fails on 4 of 60 prompts: 1.0 -> 56/60, a drop of 0.0667.
    @Test func perInstructionDrop() throws {
        try fixture.run("cand", quoteFails: [1, 2, 3, 4])
        let failing = try fixture.gate(["--baseline", "base", "--candidate", "cand", "--max-instruction-drop", "0.05"])
        #expect(failing.status == 1)
        #expect(failing.stdout == "FAIL instruction ids: 1 id dropped more than --max-instruction-drop 0.0500: startend:quotation 1.0000 -> 0.9333 (-0.0667; 4 regressed, 0 improved, of 60) [60 prompts]\n")
        #expect(failing.stderr.contains("instruction ids whose strict accuracy dropped"))

        let passing = try fixture.gate(["--baseline", "base", "--candidate", "cand", "--max-instruction-drop", "0.1"])
        #expect(passing.status == 0, "\(passing.stdout)")

        // Ids with fewer shared instructions than --min-instruction-count are not gated.
        let few = try fixture.gate(["--baseline", "base", "--candidate", "cand", "--max-instruction-drop", "0.05", "--min-instruction-count", "61"])
        #expect(few.status == 0, "\(few.stdout)")
        #expect(few.stderr.contains("(2 ids with fewer than --min-instruction-count 61 shared instructions not gated)"))
        #expect(few.stderr.contains("startend:quotation 1.0000 -> 0.9333 (-0.0667; 4 regressed, 0 improved, of 60) (too few to gate)"))
    }
}
