import IFEvalEngine
import IFEvalReporter

/// What the engine reports as values, worded for the command line (naming its flags).
enum Messages {
    static func text(_ warning: ScoringWarning) -> String {
        func count(_ n: Int, _ singular: String) -> String { "\(n) \(n == 1 ? singular : singular + "s")" }
        func keys(_ keys: [PromptKey]) -> String {
            keys.prefix(10).map(\.description).joined(separator: ", ") + (keys.count > 10 ? ", ..." : "")
        }
        switch warning {
        case let .nullResponses(n):
            return "\(count(n, "response")) \(n == 1 ? "is" : "are") null; scored as empty (every instruction not followed)"
        case let .answeredMoreThanOnce(duplicated):
            return "\(count(duplicated.count, "prompt")) answered more than once; the last answer is used (keys \(keys(duplicated)))"
        case let .unmatchedLines(lines):
            let shown = lines.prefix(10).map(String.init).joined(separator: ", ")
            return "\(count(lines.count, "response line")) \(lines.count == 1 ? "matches no prompt and was" : "match no prompt and were") ignored (lines \(shown))"
        case let .missingScoredAsNotFollowed(missing):
            return "\(count(missing.count, "prompt")) had no response and scored as not followed (keys \(keys(missing)))"
        case let .missingLeftOut(skipped):
            return "\(count(skipped.count, "prompt")) had no response and \(skipped.count == 1 ? "was" : "were") left out (keys \(keys(skipped)))"
        case let .unclosedThinkingTraces(n):
            return "\(count(n, "response")) \(n == 1 ? "has" : "have") a thinking trace with no closing tag"
        case let .thinkingTracesNotStripped(seen, matched):
            return "\(seen) of \(matched) responses contain a closing think tag: these look like reasoning-model outputs; pass --strip-thinking to score the answers after the traces"
        }
    }

    /// A run folder that cannot be read, with how to make one.
    static func text(_ error: RunDirectory.ReadError) -> String {
        var problem = error.inputError
        switch error {
        case .notFound: problem.hint = "pass the --output-dir of an `ifeval score` run"
        case .unreadableSummary: problem.hint = "is this the --output-dir of an `ifeval score` run?"
        case .notASummary: problem.hint = "score the run with `ifeval score --output-dir`"
        case .invalid: break
        }
        return problem.description
    }

    /// A scoring error with the hint of the flag that addresses it (scored against the
    /// built-in prompt set, with a note that other prompt sets need --input-data).
    static func text(_ error: ScoringError, builtInSet: Bool) -> String {
        switch error {
        case .noResponseMatchesBuiltInSet:
            return error.description + "\n  hint: responses to another prompt set need it: --input-data PROMPTS.jsonl"
        case .promptSet, .builtInPromptSet: return error.description
        default:
            return text(error) + (builtInSet ? "\n  note: scored against the built-in prompt set; responses to another prompt set need --input-data" : "")
        }
    }

    /// A scoring error with the hint of the flag that addresses it.
    static func text(_ error: ScoringError) -> String {
        switch error {
        case let .input(errors), let .promptSet(errors), let .builtInPromptSet(errors): return text(errors)
        case .noResponseMatchesBuiltInSet: return error.description
        case .missingResponses:
            return error.description
                + "\n  hint: add the responses, or pass --missing fail (score them as not followed) or --missing skip (leave them out)"
        case .noPromptSet:
            return error.description + "\n  hint: pass --input-data PROMPTS.jsonl"
        case .budgetExhaustedTooOften:
            return error.description + "\n  hint: fix those patterns, or pass --max-budget-exhaustions 0 to score every prompt (each such search counts as not followed)"
        }
    }

    /// Why two runs cannot be gated or compared, in terms of this tool's commands.
    static func text(_ error: GateInputError) -> String { error.describe(.commandLine) }

    /// An lm-eval samples file that is not one, with the flag that reads it as responses.
    static func text(_ errors: InputErrors) -> String {
        var errors = errors
        for index in errors.errors.indices where errors.errors[index].kind == .notASamplesLine {
            errors.errors[index].hint = "pass --format responses for a {\"prompt\", \"response\"} file"
        }
        return errors.description
    }
}

extension GateVocabulary {
    /// The gate's rules by the names of `ifeval gate`'s options.
    static let commandLine = GateVocabulary(
        minScore: "--min-score", maxDrop: "--max-drop", alpha: "--alpha", maxInstructionDrop: "--max-instruction-drop",
        minInstructionCount: "--min-instruction-count", scoreOnOnePromptSet: "score both on the same --input-data",
        runFolders: "the run directories written by `ifeval score --output-dir`", scoreAgain: "re-run `ifeval score`")
}
