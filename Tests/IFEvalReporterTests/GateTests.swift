import IFEvalEngine
import Testing
@testable import IFEvalReporter

/// Gate logic on runs built in memory.
@Suite struct GateTests {
    /// A run of `verdicts.count` prompts (keys 1...), one `punctuation:no_comma` each.
    func run(_ verdicts: [Bool]) -> RunDirectory {
        let prompts = verdicts.enumerated().map { index, followed in
            RunDirectory.PromptVerdicts(key: .int(index + 1), instructionIDs: ["punctuation:no_comma"], strict: [followed], loose: [followed],
                                        strictReasons: [""], looseReasons: [""], looseVariants: [nil], response: "", rawResponse: nil)
        }
        let results = verdicts.map { $0 ? 1 : 0 }.reduce(0, +)
        var level = StrictLooseCounts()
        level.strict = AccuracyCount(followed: results, total: verdicts.count)
        level.loose = level.strict
        let summary = ScoreSummary(promptLevel: level, instructionLevel: level, perCategory: [:], perInstruction: [:])
        return RunDirectory(path: "run", model: "m", summary: summary, prompts: prompts)
    }

    /// 0.80 -> 0.70 is a drop of 10/100 = 0.1 in counts, though 0.8 - 0.7 in doubles is
    /// 0.10000000000000009: a drop equal to --max-drop passes.
    @Test func dropEqualToTheLimitPasses() throws {
        let baseline = run(Array(repeating: true, count: 80) + Array(repeating: false, count: 20))
        let candidate = run(Array(repeating: false, count: 10) + Array(repeating: true, count: 70) + Array(repeating: false, count: 20))
        #expect(0.8 - 0.7 > 0.1)
        let result = try GateResult.evaluate(baseline: baseline, candidate: candidate, rules: GateRules(maxDrop: 0.1))
        #expect(result.passed)
        #expect(result.metrics[0].drop == 0.1)
        let tighter = try GateResult.evaluate(baseline: baseline, candidate: candidate, rules: GateRules(maxDrop: 0.099))
        #expect(!tighter.passed)
    }

    @Test func duplicateKeysAreBadInput() {
        var doubled = run([true, true])
        doubled.prompts[1].key = .int(1)
        #expect(throws: GateInputError.self) {
            try GateResult.evaluate(baseline: run([true, true]), candidate: doubled, rules: GateRules())
        }
    }

    @Test func xmlEscapingKeepsTextParseableAndDropsForbiddenCharacters() {
        #expect(GateJUnit.escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;")
        #expect(GateJUnit.escape("line\nnext\ttab") == "line&#10;next&#9;tab")
        #expect(GateJUnit.escape("bell\u{07}nul\u{00}") == "bell\u{FFFD}nul\u{FFFD}")
        #expect(GateJUnit.escape("é 😀") == "é 😀")
    }

    @Test func markdownEscapingKeepsCellsIntact() {
        #expect(GateReport.escape("a|b *c* _d_ <e>") == "a\\|b \\*c\\* \\_d\\_ \\<e>")
        #expect(GateReport.code("x`y|z") == "x'y/z")
    }

    @Test func thresholdsPrintAsGiven() {
        #expect(GateFormat.threshold(0.05) == "0.05")
        #expect(GateFormat.threshold(0) == "0")
        #expect(GateFormat.threshold(1) == "1")
        #expect(GateFormat.signed(-0.0) == "+0.0000")
        #expect(GateFormat.pValue(0.001953125) == "0.0020")
        #expect(GateFormat.pValue(3.9e-70) == "3.90e-70")
    }
}
