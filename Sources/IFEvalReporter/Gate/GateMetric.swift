import IFEvalEngine

/// The four accuracies a gate can watch, by their `summary.json` names.
public enum GateMetric: String, CaseIterable, Sendable {
    case promptLevelStrict = "prompt_level_strict_acc"
    case instructionLevelStrict = "inst_level_strict_acc"
    case promptLevelLoose = "prompt_level_loose_acc"
    case instructionLevelLoose = "inst_level_loose_acc"

    public var name: String { rawValue }

    /// Prompt-level metrics count a prompt as followed when all its instructions are.
    public var isPromptLevel: Bool { self == .promptLevelStrict || self == .promptLevelLoose }
    public var isStrict: Bool { self == .promptLevelStrict || self == .instructionLevelStrict }

    /// What one paired unit of this metric is, for messages.
    public var unitName: String { isPromptLevel ? "prompts" : "instructions" }

    public func count(in summary: ScoreSummary) -> AccuracyCount {
        let level = isPromptLevel ? summary.promptLevel : summary.instructionLevel
        return isStrict ? level.strict : level.loose
    }

    /// The verdicts of one prompt that this metric counts: one per prompt, or one per instruction.
    func units(of prompt: RunDirectory.PromptVerdicts) -> [Bool] {
        if isPromptLevel { return [isStrict ? prompt.followsAllStrict : prompt.followsAllLoose] }
        return isStrict ? prompt.strict : prompt.loose
    }
}
