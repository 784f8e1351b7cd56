import IFEvalEngine

/// What the reporter needs of the four accuracies (`Metric`, in the engine) beyond their
/// names: their units in per-prompt results.
extension Metric {
    /// The `summary.json` name.
    public var name: String { rawValue }

    /// What one paired unit of this metric is, for messages.
    public var unitName: String { isPromptLevel ? "prompts" : "instructions" }

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

    /// The verdicts of one prompt that this metric counts: one per prompt, or one per instruction.
    func units(of prompt: RunDirectory.PromptVerdicts) -> [Bool] {
        if isPromptLevel { return [isStrict ? prompt.followsAllStrict : prompt.followsAllLoose] }
        return isStrict ? prompt.strict : prompt.loose
    }
}

/// The bootstrap settings every interval of the reporter uses, stated in its outputs.
public enum IntervalMethod {
    public static let resamples = 1000
    public static let seed: UInt64 = 0
    public static let level = 0.95
    public static let description = "95% percentile bootstrap intervals over prompts (1000 resamples, fixed seed 0)"
    public static let pairedDescription = "95% paired percentile bootstrap intervals over shared prompts (1000 resamples, fixed seed 0)"
    /// What is resampled when a run has several samples per prompt.
    public static let clusteredUnit = "prompt: all samples of a prompt are resampled together (clustered bootstrap)"
    public static let clusteredPairedDescription = "95% paired percentile bootstrap intervals and p-values over shared prompts, each prompt resampled with all its samples in both runs (clustered; 1000 resamples, fixed seed 0)"
}
