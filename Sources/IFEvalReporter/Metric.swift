import IFEvalEngine

/// The four IFEval accuracies, named as lm-eval and summary.json name them.
public enum Metric: String, CaseIterable, Sendable {
    case promptLevelStrict = "prompt_level_strict_acc"
    case instructionLevelStrict = "inst_level_strict_acc"
    case promptLevelLoose = "prompt_level_loose_acc"
    case instructionLevelLoose = "inst_level_loose_acc"

    public var isPromptLevel: Bool { self == .promptLevelStrict || self == .promptLevelLoose }
    public var isStrict: Bool { self == .promptLevelStrict || self == .instructionLevelStrict }

    /// A short column heading for tables people read.
    public var heading: String {
        switch self {
        case .promptLevelStrict: return "Prompt strict"
        case .instructionLevelStrict: return "Instruction strict"
        case .promptLevelLoose: return "Prompt loose"
        case .instructionLevelLoose: return "Instruction loose"
        }
    }

    public func count(in summary: ScoreSummary) -> AccuracyCount {
        let level = isPromptLevel ? summary.promptLevel : summary.instructionLevel
        return isStrict ? level.strict : level.loose
    }

    /// One (followed, total) item per prompt: the unit the bootstrap resamples. A prompt
    /// counts (1, 1) or (0, 1) at prompt level, (instructions followed, instructions) at
    /// instruction level.
    public func items(_ prompts: [RunDirectory.PromptVerdicts]) -> [(followed: Int, total: Int)] {
        prompts.map { item(for: $0) }
    }

    public func item(for prompt: RunDirectory.PromptVerdicts) -> (followed: Int, total: Int) {
        let verdicts = isStrict ? prompt.strict : prompt.loose
        if isPromptLevel { return (verdicts.allSatisfy { $0 } ? 1 : 0, 1) }
        return (verdicts.filter { $0 }.count, verdicts.count)
    }

    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// The bootstrap settings every interval of the reporter uses, stated in its outputs.
public enum IntervalMethod {
    public static let resamples = 1000
    public static let seed: UInt64 = 0
    public static let level = 0.95
    public static let description = "95% percentile bootstrap intervals over prompts (1000 resamples, fixed seed 0)"
    public static let pairedDescription = "95% paired percentile bootstrap intervals over shared prompts (1000 resamples, fixed seed 0)"
}
