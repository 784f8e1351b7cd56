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

    /// One shared prompt: its result lines in each run (one line, or its samples).
    public struct Pair: Sendable {
        public var baselineLines: Range<Int>
        public var candidateLines: Range<Int>
    }

    /// The runs' result lines, which `pairs` index.
    public var baselinePrompts: [RunDirectory.PromptVerdicts] = []
    public var candidatePrompts: [RunDirectory.PromptVerdicts] = []
    /// In the baseline's order.
    public var pairs: [Pair]
    public var onlyInBaseline: [PromptKey]
    public var onlyInCandidate: [PromptKey]
    /// Shared keys with different instruction lists (left out under `.exclude`).
    public var mismatched: [PromptKey] = []
    /// Either run has several samples per prompt: the metrics are avg@k on the shared
    /// prompts, and the paired statistics resample prompts with all their samples.
    public var clustered = false

    /// The first (or only) result line of a shared prompt in each run.
    public func baseline(_ pair: Pair) -> RunDirectory.PromptVerdicts { baselinePrompts[pair.baselineLines.lowerBound] }
    public func candidate(_ pair: Pair) -> RunDirectory.PromptVerdicts { candidatePrompts[pair.candidateLines.lowerBound] }

    public static func pair(baseline: RunDirectory, candidate: RunDirectory,
                            mismatches: MismatchPolicy = .reject) throws(GateInputError) -> PairedRuns {
        let baselineClusters = baseline.clusters
        let candidateClusters = candidate.clusters
        let candidateByKey = try index(candidate, candidateClusters)
        let baselineByKey = try index(baseline, baselineClusters)
        var pairs: [Pair] = []
        var onlyInBaseline: [PromptKey] = []
        var mismatched: [PromptKey] = []
        for lines in baselineClusters {
            let prompt = baseline.prompts[lines.lowerBound]
            guard let otherIndex = candidateByKey[prompt.key] else {
                onlyInBaseline.append(prompt.key)
                continue
            }
            let otherLines = candidateClusters[otherIndex]
            let other = candidate.prompts[otherLines.lowerBound]
            // Same key, other instructions: the runs used different prompt sets that reuse
            // keys, and comparing them would be meaningless.
            guard other.instructionIDs == prompt.instructionIDs else {
                if mismatches == .exclude {
                    mismatched.append(prompt.key)
                    continue
                }
                throw GateInputError(.differentInstructions(key: prompt.key, baseline: prompt.instructionIDs, candidate: other.instructionIDs))
            }
            pairs.append(Pair(baselineLines: lines, candidateLines: otherLines))
        }
        let onlyInCandidate = candidateClusters.map { candidate.prompts[$0.lowerBound].key }.filter { baselineByKey[$0] == nil }
        return PairedRuns(baselinePrompts: baseline.prompts, candidatePrompts: candidate.prompts, pairs: pairs,
                          onlyInBaseline: onlyInBaseline, onlyInCandidate: onlyInCandidate, mismatched: mismatched,
                          clustered: baseline.isMultiSample || candidate.isMultiSample)
    }

    /// Each key's cluster index.
    static func index(_ run: RunDirectory, _ clusters: [Range<Int>]) throws(GateInputError) -> [PromptKey: Int] {
        var byKey: [PromptKey: Int] = [:]
        byKey.reserveCapacity(clusters.count)
        for (index, lines) in clusters.enumerated() {
            let key = run.prompts[lines.lowerBound].key
            guard byKey.updateValue(index, forKey: key) == nil else {
                throw GateInputError(.duplicateKey(run: run.path, key: key))
            }
        }
        return byKey
    }

    /// The clustered items of both runs for one metric, pair by pair.
    public func shareItems(_ metric: Metric) -> [(a: Statistics.ShareItem, b: Statistics.ShareItem)] {
        pairs.map { (metric.shareItem(baselinePrompts[$0.baselineLines]), metric.shareItem(candidatePrompts[$0.candidateLines])) }
    }

    /// Accuracies of both runs on the shared prompts, with the discordant units. When
    /// `clustered`: avg@k on the shared prompts, the discordant units are prompts whose
    /// share of followed samples fell or rose, and the p-value is the clustered paired
    /// bootstrap's (prompts resampled with all their samples).
    public func comparison(_ metric: Metric) -> MetricComparison {
        var baselineCount = AccuracyCount()
        var candidateCount = AccuracyCount()
        var regressed = 0
        var improved = 0
        if clustered {
            let items = shareItems(metric)
            var sums = (a: 0.0, at: 0.0, b: 0.0, bt: 0.0)
            for (a, b) in items {
                sums.a += a.followed; sums.at += a.total; sums.b += b.followed; sums.bt += b.total
                let shareA = a.total == 0 ? 0 : a.followed / a.total, shareB = b.total == 0 ? 0 : b.followed / b.total
                if shareA > shareB { regressed += 1 }
                if shareB > shareA { improved += 1 }
            }
            for pair in pairs {
                for line in baselinePrompts[pair.baselineLines] { for unit in metric.units(of: line) { baselineCount.tally(unit) } }
                for line in candidatePrompts[pair.candidateLines] { for unit in metric.units(of: line) { candidateCount.tally(unit) } }
            }
            var discordance = Discordance(regressed: regressed, improved: improved, units: pairs.count, sharedPrompts: pairs.count)
            discordance.bootstrapP = Statistics.clusteredPairedPValue(items, resamples: IntervalMethod.resamples, seed: IntervalMethod.seed)
            var comparison = MetricComparison(metric: metric, baseline: baselineCount, candidate: candidateCount, paired: discordance)
            comparison.averages = (sums.at == 0 ? 0 : sums.a / sums.at, sums.bt == 0 ? 0 : sums.b / sums.bt)
            return comparison
        }
        for pair in pairs {
            for (b, c) in zip(metric.units(of: baseline(pair)), metric.units(of: candidate(pair))) {
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
    /// loose, in no particular order. When `clustered`, each instruction cell counts its
    /// share of followed samples in each run (`InstructionComparison.shares`), and
    /// regressed / improved count cells whose share fell / rose.
    public func instructionComparisons(strict: Bool) -> [InstructionComparison] {
        var byID: [String: InstructionComparison] = [:]
        for pair in pairs {
            let first = baseline(pair)
            if clustered {
                let baselineLines = baselinePrompts[pair.baselineLines], candidateLines = candidatePrompts[pair.candidateLines]
                for (index, id) in first.instructionIDs.enumerated() {
                    let b = Double(baselineLines.filter { (strict ? $0.strict : $0.loose)[index] }.count) / Double(baselineLines.count)
                    let c = Double(candidateLines.filter { (strict ? $0.strict : $0.loose)[index] }.count) / Double(candidateLines.count)
                    var entry = byID[id] ?? InstructionComparison(id: id)
                    entry.total += 1
                    entry.shares = (entry.shares?.baseline ?? 0, entry.shares?.candidate ?? 0)
                    entry.shares!.baseline += b
                    entry.shares!.candidate += c
                    if b == 1 { entry.baselineFollowed += 1 }
                    if c == 1 { entry.candidateFollowed += 1 }
                    if b > c { entry.regressed += 1 }
                    if c > b { entry.improved += 1 }
                    byID[id] = entry
                }
                continue
            }
            let baselineVerdicts = strict ? first.strict : first.loose
            let other = candidate(pair)
            let candidateVerdicts = strict ? other.strict : other.loose
            for (index, id) in first.instructionIDs.enumerated() {
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
    /// Set when the runs have several samples per prompt: the clustered paired bootstrap
    /// p-value (`Statistics.clusteredPairedPValue`), which `pValue` then gives.
    public var bootstrapP: Double? = nil

    public init(regressed: Int, improved: Int, units: Int, sharedPrompts: Int) {
        self.regressed = regressed
        self.improved = improved
        self.units = units
        self.sharedPrompts = sharedPrompts
    }

    /// The exact two-sided McNemar test on the discordant units (single-sample runs), or
    /// the clustered paired bootstrap p-value (multi-sample runs).
    public var pValue: Double { bootstrapP ?? Statistics.mcNemarExactPValue(b: regressed, c: improved) }

    /// Whether the units are prompts compared by their share of followed samples.
    public var isClustered: Bool { bootstrapP != nil }
}

/// One metric of both runs.
public struct MetricComparison: Sendable {
    public var metric: Metric
    public var baseline: AccuracyCount
    public var candidate: AccuracyCount
    /// Nil when the accuracies come from `summary.json` alone (no pairing possible).
    public var paired: Discordance?
    /// avg@k of both runs on the shared prompts, when either has several samples per
    /// prompt (the counts are then over all samples).
    public var averages: (baseline: Double, candidate: Double)? = nil

    public init(metric: Metric, baseline: AccuracyCount, candidate: AccuracyCount, paired: Discordance?) {
        self.metric = metric
        self.baseline = baseline
        self.candidate = candidate
        self.paired = paired
    }

    public var baselineAccuracy: Double { averages?.baseline ?? baseline.accuracy }
    public var candidateAccuracy: Double { averages?.candidate ?? candidate.accuracy }

    /// `baseline − candidate`; positive when the candidate is worse.
    public var drop: Double {
        if let averages { return averages.baseline - averages.candidate }
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
    /// Multi-sample runs: the sums over cells of each cell's share of followed samples
    /// (`baselineFollowed` / `candidateFollowed` then count cells every sample followed).
    public var shares: (baseline: Double, candidate: Double)? = nil

    public init(id: String) { self.id = id }

    public static func == (a: InstructionComparison, b: InstructionComparison) -> Bool {
        a.id == b.id && a.total == b.total && a.baselineFollowed == b.baselineFollowed && a.candidateFollowed == b.candidateFollowed
            && a.regressed == b.regressed && a.improved == b.improved && a.shares?.baseline == b.shares?.baseline && a.shares?.candidate == b.shares?.candidate
    }

    public var baselineAccuracy: Double {
        total == 0 ? 0 : shares.map { $0.baseline / Double(total) } ?? Double(baselineFollowed) / Double(total)
    }
    public var candidateAccuracy: Double {
        total == 0 ? 0 : shares.map { $0.candidate / Double(total) } ?? Double(candidateFollowed) / Double(total)
    }
    public var drop: Double {
        guard total > 0 else { return 0 }
        if let shares { return (shares.baseline - shares.candidate) / Double(total) }
        return Double(baselineFollowed - candidateFollowed) / Double(total)
    }
    /// Instructions gained minus instructions lost.
    public var net: Int { improved - regressed }
    public var pValue: Double { Statistics.mcNemarExactPValue(b: regressed, c: improved) }
}
