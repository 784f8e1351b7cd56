import IFEvalEngine

/// A problem with the gate's inputs (exit code 2 in the CLI).
/// Why two runs cannot be gated or compared, as a value; `describe(_:)` words it with a
/// front end's vocabulary (the CLI's names its options), `description` in plain words.
public struct GateInputError: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The runs have per-prompt results but no key in common.
        case noSharedPrompts(baseline: Int, candidate: Int)
        /// Rules that need per-prompt results (`.significantDrop`, `.maxInstructionDrop`)
        /// were asked for, but these runs have only `summary.json`.
        case needsPromptResults(rules: [GateCheck.Rule], summaryOnly: [String])
        /// A key holds other instructions in the candidate than in the baseline.
        case differentInstructions(key: PromptKey, baseline: [String], candidate: [String])
        /// A run's result file holds a key twice.
        case duplicateKey(run: String, key: PromptKey)
    }

    public let reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    public var description: String { describe(.plain) }

    public func describe(_ words: GateVocabulary) -> String {
        switch reason {
        case let .noSharedPrompts(baseline, candidate):
            return "the runs share no prompt keys (baseline \(baseline) prompts, candidate \(candidate)): \(words.scoreOnOnePromptSet)"
        case let .needsPromptResults(rules, summaryOnly):
            let needs = rules.map { $0 == .maxInstructionDrop ? words.maxInstructionDrop : words.alpha }
            return """
                \(needs.joined(separator: " and ")) need\(needs.count == 1 ? "s" : "") per-prompt results, but \(summaryOnly.joined(separator: " and ")) \
                ha\(summaryOnly.count == 1 ? "s" : "ve") only summary.json: pass \(words.runFolders) \
                (with \(RunFiles.strictResults) and \(RunFiles.looseResults)), or drop those options
                """
        case let .differentInstructions(key, baseline, candidate):
            return """
                prompt \(key) has instructions \(baseline) in the baseline but \(candidate) in the candidate: \
                the runs were scored on different prompt sets that reuse keys; \(words.scoreOnOnePromptSet)
                """
        case let .duplicateKey(run, key):
            return "\(run): prompt key \(key) appears twice in \(RunFiles.strictResults); \(words.scoreAgain)"
        }
    }
}

/// Two runs' per-prompt verdicts matched by prompt key: the one model behind `compare`
/// (`RunComparison`) and `gate` (`Gate`). Paired statistics use only the shared prompts;
/// prompts in one run only are counted and reported. A key whose instruction lists differ
/// between the runs is handled by the `MismatchPolicy` the caller picks.
public struct PairedRuns: Sendable {
    /// What to do with a key both runs hold with different instruction lists.
    public enum MismatchPolicy: Sendable {
        /// Stop: the runs were scored on different prompt sets that reuse keys (the gate).
        case reject
        /// Leave the prompt out of the pairs and list it in `mismatched` (compare).
        case exclude
    }

    public struct Pair: Sendable {
        public var baseline: RunDirectory.PromptVerdicts
        public var candidate: RunDirectory.PromptVerdicts
    }

    /// In the baseline's order.
    public var pairs: [Pair]
    public var onlyInBaseline: [PromptKey]
    public var onlyInCandidate: [PromptKey]
    /// Shared keys with different instruction lists (left out under `.exclude`).
    public var mismatched: [PromptKey] = []

    public static func pair(baseline: RunDirectory, candidate: RunDirectory,
                            mismatches: MismatchPolicy = .reject) throws(GateInputError) -> PairedRuns {
        let candidateByKey = try index(candidate)
        let baselineByKey = try index(baseline)
        var pairs: [Pair] = []
        var onlyInBaseline: [PromptKey] = []
        var mismatched: [PromptKey] = []
        for prompt in baseline.prompts {
            guard let other = candidateByKey[prompt.key] else {
                onlyInBaseline.append(prompt.key)
                continue
            }
            // Same key, other instructions: the runs used different prompt sets that reuse
            // keys, and comparing them would be meaningless.
            guard other.instructionIDs == prompt.instructionIDs else {
                if mismatches == .exclude {
                    mismatched.append(prompt.key)
                    continue
                }
                throw GateInputError(.differentInstructions(key: prompt.key, baseline: prompt.instructionIDs, candidate: other.instructionIDs))
            }
            pairs.append(Pair(baseline: prompt, candidate: other))
        }
        let onlyInCandidate = candidate.prompts.map(\.key).filter { baselineByKey[$0] == nil }
        return PairedRuns(pairs: pairs, onlyInBaseline: onlyInBaseline, onlyInCandidate: onlyInCandidate, mismatched: mismatched)
    }

    static func index(_ run: RunDirectory) throws(GateInputError) -> [PromptKey: RunDirectory.PromptVerdicts] {
        var byKey: [PromptKey: RunDirectory.PromptVerdicts] = [:]
        for prompt in run.prompts {
            guard byKey.updateValue(prompt, forKey: prompt.key) == nil else {
                throw GateInputError(.duplicateKey(run: run.path, key: prompt.key))
            }
        }
        return byKey
    }

    /// Accuracies of both runs on the shared prompts, with the discordant units.
    public func comparison(_ metric: Metric) -> MetricComparison {
        var baselineCount = AccuracyCount()
        var candidateCount = AccuracyCount()
        var regressed = 0
        var improved = 0
        for pair in pairs {
            for (b, c) in zip(metric.units(of: pair.baseline), metric.units(of: pair.candidate)) {
                baselineCount.total += 1
                candidateCount.total += 1
                if b { baselineCount.followed += 1 }
                if c { candidateCount.followed += 1 }
                if b && !c { regressed += 1 }
                if c && !b { improved += 1 }
            }
        }
        let discordance = Discordance(regressed: regressed, improved: improved, units: baselineCount.total, sharedPrompts: pairs.count)
        return MetricComparison(metric: metric, baseline: baselineCount, candidate: candidateCount, paired: discordance)
    }

    /// Strict instruction-level accuracy per instruction id on the shared prompts, sorted
    /// by drop (largest first), then id.
    public func instructionComparisons() -> [InstructionComparison] {
        instructionComparisons(strict: true).sorted { ($0.drop, $1.id) > ($1.drop, $0.id) }
    }

    /// Instruction-level counts per instruction id on the shared prompts, strict or
    /// loose, in no particular order.
    public func instructionComparisons(strict: Bool) -> [InstructionComparison] {
        var byID: [String: InstructionComparison] = [:]
        for pair in pairs {
            let baselineVerdicts = strict ? pair.baseline.strict : pair.baseline.loose
            let candidateVerdicts = strict ? pair.candidate.strict : pair.candidate.loose
            for (index, id) in pair.baseline.instructionIDs.enumerated() {
                let b = baselineVerdicts[index]
                let c = candidateVerdicts[index]
                var entry = byID[id] ?? InstructionComparison(id: id)
                entry.total += 1
                if b { entry.baselineFollowed += 1 }
                if c { entry.candidateFollowed += 1 }
                if b && !c { entry.regressed += 1 }
                if c && !b { entry.improved += 1 }
                byID[id] = entry
            }
        }
        return Array(byID.values)
    }
}

/// Discordant units of a paired comparison: where exactly one of the two runs passed.
public struct Discordance: Sendable, Equatable {
    /// Units the baseline passed and the candidate failed.
    public var regressed: Int
    /// Units the candidate passed and the baseline failed.
    public var improved: Int
    /// Shared units (prompts, or instructions of shared prompts).
    public var units: Int
    public var sharedPrompts: Int

    /// The exact two-sided McNemar test on the discordant units.
    public var pValue: Double { Statistics.mcNemarExactPValue(b: regressed, c: improved) }
}

/// One metric of both runs.
public struct MetricComparison: Sendable {
    public var metric: Metric
    public var baseline: AccuracyCount
    public var candidate: AccuracyCount
    /// Nil when the accuracies come from `summary.json` alone (no pairing possible).
    public var paired: Discordance?

    /// `baseline − candidate`; positive when the candidate is worse.
    public var drop: Double {
        // On shared units both denominators are equal: subtract counts first, so that a
        // drop of exactly the allowed size is not pushed over it by rounding.
        if baseline.total == candidate.total, baseline.total > 0 {
            return Double(baseline.followed - candidate.followed) / Double(baseline.total)
        }
        return baseline.accuracy - candidate.accuracy
    }
}

/// Strict instruction-level accuracy of one instruction id in both runs, on shared prompts.
public struct InstructionComparison: Sendable, Equatable {
    public var id: String
    public var total = 0
    public var baselineFollowed = 0
    public var candidateFollowed = 0
    public var regressed = 0
    public var improved = 0

    public init(id: String) { self.id = id }

    public var baselineAccuracy: Double { total == 0 ? 0 : Double(baselineFollowed) / Double(total) }
    public var candidateAccuracy: Double { total == 0 ? 0 : Double(candidateFollowed) / Double(total) }
    public var drop: Double { total == 0 ? 0 : Double(baselineFollowed - candidateFollowed) / Double(total) }
    /// Instructions gained minus instructions lost.
    public var net: Int { improved - regressed }
    public var pValue: Double { Statistics.mcNemarExactPValue(b: regressed, c: improved) }
}
