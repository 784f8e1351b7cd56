import Foundation
import Testing
@testable import IFEvalEngine

/// A test-only type that, like IFBench's `custom:csv_quotes` on a blank field, makes the
/// official code raise on some texts: a line that starts with "," raises; otherwise the
/// instruction is followed when the text holds "ok".
private struct RaisesOnLeadingComma: Verifier {
    static let description = InstructionDescription(
        id: "raisetoy:leading_comma", suite: "raisetoy",
        summary: "Says ok; a line starting with a comma makes the official code raise.",
        arguments: [],
        examples: [.followed("ok"), .notFollowed("no")]
    )
    init(arguments: InstructionArguments) throws(InstructionError) {}
    func check(_ response: String, context: VerificationContext) -> Verdict {
        if response.split(separator: "\n", omittingEmptySubsequences: false).contains(where: { $0.hasPrefix(",") }) {
            return .officialCodeRaises("IndexError (a line starts with a comma)")
        }
        return Verdict(response.contains("ok"), response.contains("ok") ? "found ok" : "no ok")
    }
}

/// A test-only type that reports the word count of the analyzers it is given.
private struct WordCountIsOne: Verifier {
    static let description = InstructionDescription(
        id: "raisetoy:one_word", suite: "raisetoy",
        summary: "Exactly one word as the suite's word counter counts.",
        arguments: [],
        looseVariants: .checked,
        examples: [.followed("word"), .notFollowed("two words")]
    )
    init(arguments: InstructionArguments) throws(InstructionError) {}
    func check(_ response: String, context: VerificationContext) -> Verdict {
        let count = context.analyzers.wordCounter.countWords(in: response)
        return Verdict(count == 1, "\(count) words")
    }
}

@Suite struct OfficialErrorTests {
    static func suite(_ flavor: TextAnalysisFlavor) -> Suite {
        Suite(name: "raisetoy", summary: "test-only", types: [RaisesOnLeadingComma.self, WordCountIsOne.self],
              kwargsPolicy: .dropNull, headlineMetric: .promptLevelLoose, textAnalysis: flavor)
    }

    static func prompt(_ ids: [String], flavor: TextAnalysisFlavor = .nltk3_9) throws -> PreparedPrompt {
        try PreparedPrompt(PromptRecord(key: .int(1), prompt: "p", instructionIDs: ids, kwargs: ids.map { _ in [] }), suite: suite(flavor))
    }

    @Test func whereTheResponseRaisesBothModesAreFlaggedAndCounted() throws {
        let prompt = try Self.prompt(["raisetoy:leading_comma"])
        let evaluation = Evaluator().evaluate(prompt, response: "ok\n,x")
        #expect(evaluation.strict[0].officialCodeRaises && !evaluation.strict[0].followed)
        #expect(evaluation.loose[0].officialCodeRaises && !evaluation.loose[0].followed)
        #expect(evaluation.strict[0].reason.contains("the official code raises IndexError"))
        let summary = ScoreSummary([ScoredPrompt(prompt: prompt, response: "ok\n,x", rawResponse: "ok\n,x", status: .present, evaluation: evaluation)])
        #expect(summary.officialErrors == OfficialErrorCounts(strict: 1, loose: 1))
    }

    /// The loose pass stops at the first variant that passes or raises, as the official
    /// loop does: here the response fails and "without *" raises.
    @Test func aLooseVariantThatRaisesStopsTheLoosePass() throws {
        let prompt = try Self.prompt(["raisetoy:leading_comma"])
        let evaluation = Evaluator().evaluate(prompt, response: "x\n*,y")
        #expect(!evaluation.strict[0].followed && !evaluation.strict[0].officialCodeRaises)
        #expect(!evaluation.loose[0].followed && evaluation.loose[0].officialCodeRaises)
        #expect(evaluation.loose[0].reason.hasPrefix("on the response without *: the official code raises"))
        // A variant that passes before any raises decides: followed, nothing raised.
        let passing = Evaluator().evaluate(prompt, response: "o*k\nx")
        #expect(!passing.strict[0].followed)
        #expect(passing.loose[0].followed && !passing.loose[0].officialCodeRaises)
        let summary = ScoreSummary([ScoredPrompt(prompt: prompt, response: "", rawResponse: nil, status: .present, evaluation: evaluation)])
        #expect(summary.officialErrors == OfficialErrorCounts(strict: 0, loose: 1))
    }

    /// Each prompt is checked with its suite's text analysis: `re`'s `\w` (nltk 3.9.2)
    /// splits "nai" + U+0308 + "ve" in two, the `regex` module's (nltk 3.10.4) does not.
    @Test func promptsAreCheckedWithTheirSuitesTextAnalysis() throws {
        let evaluator = Evaluator()
        let old = try Self.prompt(["raisetoy:one_word"], flavor: .nltk3_9)
        let new = try Self.prompt(["raisetoy:one_word"], flavor: .nltk3_10)
        #expect(old.textAnalysis == .nltk3_9 && new.textAnalysis == .nltk3_10)
        #expect(evaluator.evaluate(old, response: "na\u{EF}ve").strict[0].followed)
        #expect(!evaluator.evaluate(old, response: "nai\u{308}ve").strict[0].followed)
        #expect(evaluator.evaluate(new, response: "nai\u{308}ve").strict[0].followed)
        #expect(Suite.ifbench.textAnalysis == .nltk3_9 && Suite.ifeval.textAnalysis == .nltk3_10)
    }
}
