import Foundation

/// The verdict on one instruction of one prompt.
public struct InstructionVerdict: Sendable, Equatable {
    public var instructionID: String
    public var followed: Bool
    public var reason: String
    /// In loose mode, the variant that passed.
    public var looseVariant: LooseVariant?
}

/// Strict and loose verdicts on one response.
public struct PromptEvaluation: Sendable {
    public var strict: [InstructionVerdict]
    public var loose: [InstructionVerdict]

    public var followsAllStrict: Bool { strict.allSatisfy(\.followed) }
    public var followsAllLoose: Bool { loose.allSatisfy(\.followed) }
}

/// Checks responses against prepared prompts, strict and loose, as the official code does.
public struct Evaluator: Sendable {
    public let context: VerificationContext

    public init(analyzers: TextAnalyzers) {
        self.context = VerificationContext(analyzers: analyzers)
    }

    static let emptyReason = "the response is empty or only white space"

    public func evaluate(_ prompt: PreparedPrompt, response: String) -> PromptEvaluation {
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
            strict.append(InstructionVerdict(instructionID: id, followed: strictVerdict.followed, reason: strictVerdict.reason))
            if strictVerdict.followed {
                loose.append(InstructionVerdict(instructionID: id, followed: true, reason: strictVerdict.reason, looseVariant: .response))
                continue
            }
            var looseVerdict = InstructionVerdict(instructionID: id, followed: false, reason: strictVerdict.reason)
            if verifier.variantsFailWhenResponseFails {
                loose.append(looseVerdict)
                continue
            }
            if variants == nil { variants = LooseVariantTexts(response) }
            // Blank variants are skipped, as official; a variant equal to an earlier one
            // would repeat its verdict, which failed.
            for variant in LooseVariant.allCases.dropFirst() where !variants!.isBlank(variant) && !variants!.repeatsEarlier(variant) {
                let verdict = verifier.check(variants!.text(variant), context: context)
                if verdict.followed {
                    looseVerdict = InstructionVerdict(instructionID: id, followed: true, reason: verdict.reason, looseVariant: variant)
                    break
                }
            }
            loose.append(looseVerdict)
        }
        return PromptEvaluation(strict: strict, loose: loose)
    }
}
