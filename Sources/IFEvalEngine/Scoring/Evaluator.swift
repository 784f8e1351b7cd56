import Foundation

/// The verdict on one instruction of one prompt.
public struct InstructionVerdict: Sendable, Equatable {
    public var instructionID: String
    public var followed: Bool
    public var reason: String
    /// In loose mode, the variant that passed.
    public var looseVariant: LooseVariant?
    /// The official code raises on this cell (its evaluation would stop); not followed here.
    public var officialCodeRaises = false
    /// A kwargs pattern exceeded the backtracking budget on this cell (strict: on the
    /// response; loose: on the response or a variant tried, none passing): decided by
    /// the budget, not by the text. See `RegexSearchBudget`.
    public var budgetExhausted = false
}

/// Strict and loose verdicts on one response.
public struct PromptEvaluation: Sendable {
    public var strict: [InstructionVerdict]
    public var loose: [InstructionVerdict]

    public var followsAllStrict: Bool { strict.allSatisfy(\.followed) }
    public var followsAllLoose: Bool { loose.allSatisfy(\.followed) }
}

/// Checks responses against prepared prompts, strict and loose, as the official code does
/// (IFEval's lm-eval flow and IFBench's `evaluation_lib` are the same here: blank texts
/// fail, the loose pass tries the same eight variants in the same order).
public struct Evaluator: Sendable {
    /// The context of prompts whose suite checks with nltk 3.10.4's flavour (IFEval).
    public let context: VerificationContext
    /// The context of prompts whose suite checks with nltk 3.9.2's flavour (IFBench).
    public let nltk3_9Context: VerificationContext
    /// The full backtracking budget of a search (nil: `PythonRegex`'s own; tests make it
    /// small).
    let fullRegexSteps: Int?

    /// One set of analyzers for the prompts of every suite (tests, embedding programs
    /// that bring their own).
    public init(analyzers: TextAnalyzers) {
        self.context = VerificationContext(analyzers: analyzers)
        self.nltk3_9Context = context
        self.fullRegexSteps = nil
    }

    /// With a smaller full budget per search (tests).
    init(analyzers: TextAnalyzers, fullRegexSteps: Int) {
        self.context = VerificationContext(analyzers: analyzers)
        self.nltk3_9Context = context
        self.fullRegexSteps = fullRegexSteps
    }

    /// The exact ports, each prompt checked with the flavour its suite names (each call
    /// makes new memories).
    public init(languageSeed: Int = 0) {
        self.context = VerificationContext(analyzers: .standard(languageSeed: languageSeed, flavor: .nltk3_10))
        self.nltk3_9Context = VerificationContext(analyzers: .standard(languageSeed: languageSeed, flavor: .nltk3_9))
        self.fullRegexSteps = nil
    }

    /// The context a prompt is checked with.
    @inline(__always)
    public func context(for flavor: TextAnalysisFlavor) -> VerificationContext {
        flavor == .nltk3_10 ? context : nltk3_9Context
    }

    static let emptyReason = "the response is empty or only white space"
    private static let allVariants = Array(LooseVariant.allCases.dropFirst())
    private static let withoutAsterisksOnly: [LooseVariant] = [.withoutAsterisks]

    public func evaluate(_ prompt: PreparedPrompt, response: String) -> PromptEvaluation {
        var context = context(for: prompt.textAnalysis)
        let budget = RegexSearchBudget(fullSteps: fullRegexSteps)
        context.regexBudget = budget
        let responseIsBlank = PythonString.isBlank(response)
        // The loose variants are worked out only when some instruction fails strictly,
        // and each text only when a verifier needs it.
        var variants: LooseVariantTexts?
        var strict: [InstructionVerdict] = []
        var loose: [InstructionVerdict] = []
        strict.reserveCapacity(prompt.verifiers.count)
        loose.reserveCapacity(prompt.verifiers.count)
        for (id, verifier) in zip(prompt.instructionIDs, prompt.verifiers) {
            let strictVerdict = responseIsBlank ? Verdict.notFollowed(Evaluator.emptyReason) : verifier.check(response, context: context)
            strict.append(InstructionVerdict(instructionID: id, followed: strictVerdict.followed, reason: strictVerdict.reason,
                                             officialCodeRaises: strictVerdict.officialCodeRaises,
                                             budgetExhausted: strictVerdict.budgetExhausted))
            if strictVerdict.followed {
                loose.append(InstructionVerdict(instructionID: id, followed: true, reason: strictVerdict.reason, looseVariant: .response))
                continue
            }
            // The loose pass checks the response first: where that raises, so does it.
            var looseVerdict = InstructionVerdict(instructionID: id, followed: false, reason: strictVerdict.reason,
                                                  officialCodeRaises: strictVerdict.officialCodeRaises,
                                                  budgetExhausted: strictVerdict.budgetExhausted)
            if verifier.variantsFailWhenResponseFails || strictVerdict.officialCodeRaises {
                loose.append(looseVerdict)
                continue
            }
            if variants == nil { variants = LooseVariantTexts(response) }
            // Blank variants are skipped, as official; a variant equal to an earlier one
            // would repeat its verdict, which failed. The first variant that passes or
            // raises decides (the official loop stops at either).
            // Where a failure is final on parts, every later variant is a part of the
            // response (which failed) or of the response without `*`.
            let candidates = verifier.partsFailWhenTextFails ? Evaluator.withoutAsterisksOnly : Evaluator.allVariants
            budget.checkingLooseVariants = true
            defer { budget.checkingLooseVariants = false }
            for variant in candidates where !variants!.isBlank(variant) && !variants!.repeatsEarlier(variant) {
                let verdict = verifier.check(variants!.text(variant), context: context)
                if verdict.budgetExhausted && !looseVerdict.budgetExhausted {
                    looseVerdict.budgetExhausted = true
                    looseVerdict.reason = "on \(variant): " + verdict.reason
                }
                if verdict.followed || verdict.officialCodeRaises {
                    looseVerdict = InstructionVerdict(instructionID: id, followed: verdict.followed, reason: verdict.reason,
                                                      looseVariant: verdict.followed ? variant : nil,
                                                      officialCodeRaises: verdict.officialCodeRaises)
                    if verdict.officialCodeRaises {
                        looseVerdict.reason = "on \(variant): " + verdict.reason
                    }
                    break
                }
            }
            loose.append(looseVerdict)
        }
        return PromptEvaluation(strict: strict, loose: loose)
    }
}
