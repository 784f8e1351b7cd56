import Foundation
import Testing
@testable import IFEvalEngine

/// The backtracking budget as a value on the verdict, shared by a prompt's loose variants
/// (`RegexSearchBudget`). The full budget is made small here so that
/// catastrophic patterns exhaust it in a debug build.
@Suite struct RegexBudgetTests {
    static func prompt(_ ids: [String], _ kwargs: [String]) throws -> PreparedPrompt {
        let line = #"{"key": 1, "prompt": "p", "instruction_id_list": ["# + ids.map { "\"\($0)\"" }.joined(separator: ", ")
            + #"], "kwargs": ["# + kwargs.joined(separator: ", ") + "]}"
        let record = try PromptSetReader.record(from: JSONParser.parse(line), file: "test", line: 1)
        return try PreparedPrompt(record, suite: .ifeval)
    }

    /// 26 a's then "!": `(a+)+$` tries 2^26 splits of the run before failing there.
    static let catastrophic = String(repeating: "a", count: 26) + "!\nsecond line\nthird line"

    @Test func exhaustionIsAFlagOnBothModesAndTheSummaryCountsIt() throws {
        let prompt = try Self.prompt(["keywords:existence"], [#"{"keywords": ["(a+)+$"]}"#])
        let evaluator = Evaluator(analyzers: .standard(languageSeed: 0), fullRegexSteps: 200_000)
        let evaluation = evaluator.evaluate(prompt, response: Self.catastrophic)
        #expect(evaluation.strict[0].budgetExhausted && !evaluation.strict[0].followed)
        #expect(evaluation.loose[0].budgetExhausted && !evaluation.loose[0].followed)
        #expect(evaluation.strict[0].reason.contains("backtracking budget"))
        // A plain keyword decides by the text: no flag.
        let plain = try Self.prompt(["keywords:existence"], [#"{"keywords": ["zebra"]}"#])
        let decided = evaluator.evaluate(plain, response: Self.catastrophic)
        #expect(!decided.strict[0].budgetExhausted && !decided.loose[0].budgetExhausted)
        let summary = ScoreSummary([ScoredPrompt(prompt: prompt, response: Self.catastrophic, rawResponse: Self.catastrophic,
                                                 status: .present, evaluation: evaluation)])
        #expect(summary.budgetExhausted == OfficialErrorCounts(strict: 1, loose: 1))
    }

    /// After the response's search exhausted the budget, the loose variants get a small
    /// one (the official code never reaches them: it is still in that search), and they
    /// say why.
    @Test func looseVariantsShareTheBudgetOfThePrompt() throws {
        let evaluator = Evaluator(analyzers: .standard(languageSeed: 0), fullRegexSteps: 200_000)
        let prompt = try Self.prompt(["keywords:existence"], [#"{"keywords": ["(a+)+$"]}"#])
        let evaluation = evaluator.evaluate(prompt, response: Self.catastrophic)
        #expect(evaluation.loose[0].budgetExhausted)
        #expect(evaluation.loose[0].reason.contains("backtracking budget"), "\(evaluation.loose[0].reason)")
        let budget = RegexSearchBudget()
        #expect(budget.reduction == nil)
        budget.recordExhaustion()
        #expect(budget.reduction == nil)  // strict checks keep the full budget
        budget.checkingLooseVariants = true
        #expect(budget.reduction == .looseAfterExhaustion)
    }

    /// Budgets are per prompt: a prompt scored after many exhausting ones gets the full
    /// budget for its strict checks (verdicts never depend on other prompts or threads).
    @Test func promptsDoNotShareABudget() throws {
        let evaluator = Evaluator(analyzers: .standard(languageSeed: 0), fullRegexSteps: 200_000)
        let prompt = try Self.prompt(["keywords:existence"], [#"{"keywords": ["(a+)+$"]}"#])
        for _ in 0..<20 { _ = evaluator.evaluate(prompt, response: Self.catastrophic) }
        let later = evaluator.evaluate(prompt, response: Self.catastrophic)
        #expect(later.strict[0].budgetExhausted && !later.strict[0].reason.contains("10^6 steps"), "\(later.strict[0].reason)")
        let simple = try Self.prompt(["keywords:existence"], [#"{"keywords": ["th(i|a)rd"]}"#])
        let decided = evaluator.evaluate(simple, response: Self.catastrophic)
        #expect(decided.strict[0].followed && !decided.strict[0].budgetExhausted)
    }

    /// A run whose patterns exhaust the budget at least `budgetExhaustionLimit` times
    /// stops with an error naming the limit and prompts, whatever the number of threads;
    /// below the limit (or without one) every prompt is scored and the verdicts are the
    /// same as without a limit.
    @Test func aRunStopsOnceTheLimitOfExhaustedSearchesIsReached() throws {
        let folder = try StreamingTests.Folder()
        let prompts = (1...12).map { key in
            #"{"key": \#(key), "prompt": "p\#(key)", "instruction_id_list": ["keywords:existence"], "kwargs": [{"keywords": ["(a+)+$"]}]}"#
        }.joined(separator: "\n") + "\n"
        let promptSet = try PromptSetReader.read(path: try folder.write("prompts.jsonl", prompts))
        let answer = Self.catastrophic.replacingOccurrences(of: "\n", with: "\\n")
        let responses = (1...12).map { #"{"key": \#($0), "response": "\#(answer)"}"# }.joined(separator: "\n") + "\n"
        let path = try folder.write("responses.jsonl", responses)
        for jobs in [1, 2] {
            var run = ScoringRun(evaluator: Evaluator(analyzers: .standard(languageSeed: 0), fullRegexSteps: 200_000), parallelism: jobs)
            let unlimited = try run.score(prompts: promptSet, responsesPath: path).results
            #expect(unlimited.count == 12 && unlimited.allSatisfy { $0.evaluation.strict[0].budgetExhausted })
            run.budgetExhaustionLimit = 12
            let atLimit = #expect(throws: ScoringError.self) { try run.score(prompts: promptSet, responsesPath: path) }
            guard case let .budgetExhaustedTooOften(limit, keys)? = atLimit else {
                Issue.record("expected budgetExhaustedTooOften, got \(String(describing: atLimit))")
                continue
            }
            #expect(limit == 12 && !keys.isEmpty)
            #expect(atLimit?.description.contains("at least 12 times") == true)
            run.budgetExhaustionLimit = 13
            let below = try run.score(prompts: promptSet, responsesPath: path).results
            #expect(below.map { $0.evaluation.strict.map(\.followed) } == unlimited.map { $0.evaluation.strict.map(\.followed) })
        }
    }
}
