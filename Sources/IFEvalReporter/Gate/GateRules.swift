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

    /// How the rules are named in messages and reports (the CLI names its options).
    public var vocabulary: GateVocabulary

    public static let defaultMinInstructionCount = 10

    public init(metrics: [Metric] = [.promptLevelStrict], maxDrop: Double? = nil, minScore: Double? = nil, alpha: Double? = nil,
                maxInstructionDrop: Double? = nil, minInstructionCount: Int = defaultMinInstructionCount,
                vocabulary: GateVocabulary = .plain) {
        self.vocabulary = vocabulary
        self.metrics = metrics
        self.maxDrop = maxDrop
        self.minScore = minScore
        self.alpha = alpha
        self.maxInstructionDrop = maxInstructionDrop
        self.minInstructionCount = minInstructionCount
    }

    /// The drop rule runs when asked for (a max drop or an alpha), and when no rule at all
    /// is given: then any drop fails (a max drop of 0).
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

/// The words a front end uses for the gate's rules and for the steps that make its
/// inputs. The gate reports what it found as values (`GateCheck`, `GateInputError`) and
/// words them with a vocabulary: its own plain one by default; the CLI gives its option
/// names (`--max-drop`), so that only the CLI speaks of its flags.
public struct GateVocabulary: Sendable, Equatable {
    /// The names of the thresholds: `min score`, `max drop`, `alpha`, `max instruction drop`
    /// and `min instruction count` in plain words.
    public var minScore: String
    public var maxDrop: String
    public var alpha: String
    public var maxInstructionDrop: String
    public var minInstructionCount: String
    /// What to do about runs scored on different prompt sets ("score both on the same prompt set").
    public var scoreOnOnePromptSet: String
    /// The run folders that hold per-prompt results ("the run folders that scoring writes").
    public var runFolders: String
    /// What to do about a damaged run folder ("score the run again").
    public var scoreAgain: String

    public init(minScore: String, maxDrop: String, alpha: String, maxInstructionDrop: String, minInstructionCount: String,
                scoreOnOnePromptSet: String, runFolders: String, scoreAgain: String) {
        self.minScore = minScore
        self.maxDrop = maxDrop
        self.alpha = alpha
        self.maxInstructionDrop = maxInstructionDrop
        self.minInstructionCount = minInstructionCount
        self.scoreOnOnePromptSet = scoreOnOnePromptSet
        self.runFolders = runFolders
        self.scoreAgain = scoreAgain
    }

    public static let plain = GateVocabulary(
        minScore: "min score", maxDrop: "max drop", alpha: "alpha", maxInstructionDrop: "max instruction drop",
        minInstructionCount: "min instruction count", scoreOnOnePromptSet: "score both on the same prompt set",
        runFolders: "the run folders that scoring writes", scoreAgain: "score the run again")
}
