/// The texts the official loose evaluation tries, in its order. An instruction is
/// followed loosely if any non-blank variant passes.
public enum LooseVariant: Int, Sendable, CaseIterable, CustomStringConvertible {
    case response
    case withoutAsterisks
    case withoutFirstLine
    case withoutLastLine
    case withoutFirstAndLastLines
    case withoutFirstLineAndAsterisks
    case withoutLastLineAndAsterisks
    case withoutFirstAndLastLinesAndAsterisks

    public var description: String {
        switch self {
        case .response: return "the response as written"
        case .withoutAsterisks: return "the response without *"
        case .withoutFirstLine: return "the response without its first line"
        case .withoutLastLine: return "the response without its last line"
        case .withoutFirstAndLastLines: return "the response without its first and last lines"
        case .withoutFirstLineAndAsterisks: return "the response without its first line and without *"
        case .withoutLastLineAndAsterisks: return "the response without its last line and without *"
        case .withoutFirstAndLastLinesAndAsterisks: return "the response without its first and last lines and without *"
        }
    }

    /// All eight texts for `response`, as the official code builds them: lines split on
    /// `"\n"` only, rejoined with `"\n"`, then stripped; `*` removed afterwards.
    public static func texts(for response: String) -> [String] {
        let lines = PythonString.split(response, separator: "\n")
        let withoutFirst = PythonString.strip(lines.dropFirst().joined(separator: "\n"))
        let withoutLast = PythonString.strip(lines.dropLast().joined(separator: "\n"))
        let withoutBoth = lines.count >= 2
            ? PythonString.strip(lines.dropFirst().dropLast().joined(separator: "\n")) : ""
        return [
            response,
            PythonString.removeAll(response, scalar: "*"),
            withoutFirst,
            withoutLast,
            withoutBoth,
            PythonString.removeAll(withoutFirst, scalar: "*"),
            PythonString.removeAll(withoutLast, scalar: "*"),
            PythonString.removeAll(withoutBoth, scalar: "*"),
        ]
    }
}

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
        let variants = LooseVariant.texts(for: response)
        let blank = variants.map { PythonString.isBlank($0) }
        var strict: [InstructionVerdict] = []
        var loose: [InstructionVerdict] = []
        strict.reserveCapacity(prompt.verifiers.count)
        loose.reserveCapacity(prompt.verifiers.count)
        for (id, verifier) in zip(prompt.instructionIDs, prompt.verifiers) {
            let strictVerdict = blank[0] ? Verdict.notFollowed(Evaluator.emptyReason) : verifier.check(response, context: context)
            strict.append(InstructionVerdict(instructionID: id, followed: strictVerdict.followed, reason: strictVerdict.reason))
            if strictVerdict.followed {
                loose.append(InstructionVerdict(instructionID: id, followed: true, reason: strictVerdict.reason, looseVariant: .response))
                continue
            }
            var looseVerdict = InstructionVerdict(instructionID: id, followed: false, reason: strictVerdict.reason)
            for variant in LooseVariant.allCases.dropFirst() where !blank[variant.rawValue] {
                let verdict = verifier.check(variants[variant.rawValue], context: context)
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
