import IFEvalEngine
import Testing
@testable import IFEvalReporter

/// The gate reports what it found as values and words them with the caller's
/// vocabulary: in the library's plain words no CLI flag appears; with the CLI's words
/// (tested in IFEvalCLITests: GateRuleTests, GateInputTests) the messages name its options.
@Suite struct GateVocabularyTests {
    let runs = GateTests()

    /// `--` followed by a letter (Markdown's `| --- |` rules are not flags).
    static func namesAFlag(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.dropLast(2).contains { scalars[$0] == "-" && scalars[$0 + 1] == "-" && ("a"..."z").contains(scalars[$0 + 2]) }
    }

    @Test func checksAndRulesAreWordedWithTheGivenVocabulary() throws {
        let baseline = runs.run(Array(repeating: true, count: 20))
        let candidate = runs.run(Array(repeating: false, count: 2) + Array(repeating: true, count: 18))
        let rules = GateRules(maxDrop: 0.05, minScore: 0.95, alpha: 0.05, maxInstructionDrop: 0.2, minInstructionCount: 30)
        let plain = try GateResult.evaluate(baseline: baseline, candidate: candidate, rules: rules)
        let texts = plain.checks.map(\.message) + [GateReport.rulesSentence(rules), GateReport.verdictLine(plain), GateReport.markdown(plain)]
        for text in texts { #expect(!Self.namesAFlag(text), "\(text)") }
        #expect(plain.checks.map(\.message).contains("prompt_level_strict_acc: 0.9000 is below min score 0.9500 (by 0.0500)"))
        #expect(GateReport.rulesSentence(rules).hasPrefix("Rules: min score 0.95, max drop 0.05, alpha 0.05 (exact McNemar, paired), max instruction drop 0.2"))

        var named = rules
        named.vocabulary.minScore = "<floor>"
        named.vocabulary.minInstructionCount = "<count>"
        let worded = try GateResult.evaluate(baseline: baseline, candidate: candidate, rules: named)
        #expect(worded.checks.map(\.message).contains("prompt_level_strict_acc: 0.9000 is below <floor> 0.9500 (by 0.0500)"))
        #expect(worded.checks.contains { $0.message.contains("fewer than <count> 30 shared instructions") })
    }

    @Test func inputErrorsAreValuesWordedByTheCaller() {
        var doubled = runs.run([true, true])
        doubled.prompts[1].key = .int(1)
        do {
            _ = try GateResult.evaluate(baseline: runs.run([true, true]), candidate: doubled, rules: GateRules())
            Issue.record("accepted")
        } catch {
            #expect(error.reason == .duplicateKey(run: "run", key: .int(1)))
            #expect(error.description == "run: prompt key 1 appears twice in eval_results_strict.jsonl; score the run again")
            var words = GateVocabulary.plain
            words.scoreAgain = "run the scorer again"
            #expect(error.describe(words).hasSuffix("; run the scorer again"))
        }
        let summaryOnly = RunDirectory(path: "s.json", model: "m", summary: runs.run([true]).summary, prompts: [])
        do {
            _ = try GateResult.evaluate(baseline: summaryOnly, candidate: summaryOnly, rules: GateRules(alpha: 0.05))
            Issue.record("accepted")
        } catch {
            #expect(error.reason == .needsPromptResults(rules: [.significantDrop], summaryOnly: ["s.json", "s.json"]))
            #expect(!Self.namesAFlag(error.description))
        }
    }
}
