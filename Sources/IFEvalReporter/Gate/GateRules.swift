import IFEvalEngine

/// What a gate checks. Thresholds are fractions in [0, 1].
public struct GateRules: Sendable {
    public var metrics: [Metric]
    /// Largest allowed `baseline − candidate`.
    public var maxDrop: Double?
    /// Lowest allowed candidate accuracy.
    public var minScore: Double?
    /// With a level, a drop fails only when the paired McNemar test also finds it real.
    public var alpha: Double?
    /// Largest allowed drop of strict accuracy of any one instruction id.
    public var maxInstructionDrop: Double?
    /// Instruction ids with fewer shared instructions are listed but not gated.
    public var minInstructionCount: Int

    public static let defaultMinInstructionCount = 10

    public init(metrics: [Metric] = [.promptLevelStrict], maxDrop: Double? = nil, minScore: Double? = nil, alpha: Double? = nil,
                maxInstructionDrop: Double? = nil, minInstructionCount: Int = defaultMinInstructionCount) {
        self.metrics = metrics
        self.maxDrop = maxDrop
        self.minScore = minScore
        self.alpha = alpha
        self.maxInstructionDrop = maxInstructionDrop
        self.minInstructionCount = minInstructionCount
    }

    /// The drop rule runs when asked for (--max-drop or --alpha), and when no rule at all
    /// is given: then any drop fails (`--max-drop 0`).
    public var checksDrop: Bool {
        maxDrop != nil || alpha != nil || (minScore == nil && maxInstructionDrop == nil)
    }

    public var effectiveMaxDrop: Double { maxDrop ?? 0 }

    /// The significance test and the per-id rule need per-prompt verdicts.
    public var needsPromptResults: Bool { alpha != nil || maxInstructionDrop != nil }
}

/// The result of one rule on one metric (or, for the per-id rule, on all ids).
public struct GateCheck: Sendable {
    public enum Rule: String, Sendable {
        case minScore = "min-score"
        case maxDrop = "max-drop"
        case significantDrop = "significant-drop"
        case maxInstructionDrop = "max-instruction-drop"
    }

    public var rule: Rule
    /// Nil for the per-id rule.
    public var metric: Metric?
    public var passed: Bool
    /// Names the metric, the numbers and the rule: `prompt_level_strict_acc: dropped ...`.
    public var message: String

    /// A name for the check, such as `max-drop prompt_level_strict_acc`.
    public var name: String { metric.map { "\(rule.rawValue) \($0.name)" } ?? rule.rawValue }
}
