/// Followed / total counts for one slice of a run.
public struct AccuracyCount: Sendable, Equatable {
    public var followed = 0
    public var total = 0
    /// With several samples per prompt, the mean over prompts (or instruction cells) of
    /// the share of samples that followed, when prompts have different numbers of samples
    /// (with the same number everywhere, that is `followed / total`, and this is nil).
    public var mean: Double?
    public init(followed: Int = 0, total: Int = 0) {
        self.followed = followed
        self.total = total
    }
    /// `followed / total` (or the mean over prompts, see `mean`), 0 for an empty slice.
    public var accuracy: Double { mean ?? (total == 0 ? 0 : Double(followed) / Double(total)) }
    mutating func add(_ ok: Bool) {
        total += 1
        if ok { followed += 1 }
    }

    mutating func add(_ other: AccuracyCount) {
        total += other.total
        followed += other.followed
    }
}

/// How many cells of a run the official code raises on (its evaluation would stop at the
/// first); each counts as not followed here.
public struct OfficialErrorCounts: Sendable, Equatable {
    public var strict = 0
    public var loose = 0
    public init(strict: Int = 0, loose: Int = 0) {
        self.strict = strict
        self.loose = loose
    }
    public var isZero: Bool { strict == 0 && loose == 0 }
}

/// Strict and loose counts side by side.
public struct StrictLooseCounts: Sendable, Equatable {
    public var strict = AccuracyCount()
    public var loose = AccuracyCount()
    public init() {}

    mutating func add(strict followedStrictly: Bool, loose followedLoosely: Bool) {
        strict.add(followedStrictly)
        loose.add(followedLoosely)
    }

    mutating func add(_ other: StrictLooseCounts) {
        strict.add(other.strict)
        loose.add(other.loose)
    }
}

/// The accuracies of a scored run, as lm-eval names them, with the counts behind them,
/// per category (the part of the id before `:`) and per instruction id.
public struct ScoreSummary: Sendable, Equatable {
    public var promptLevel = StrictLooseCounts()
    public var instructionLevel = StrictLooseCounts()
    public var perCategory: [String: StrictLooseCounts] = [:]
    public var perInstruction: [String: StrictLooseCounts] = [:]
    /// How ids group into `perCategory` (the suite's rule).
    public var categories: CategoryRule = .idPrefix
    /// Cells where the official code raises (counted as not followed here), per mode.
    public var officialErrors = OfficialErrorCounts()
    /// Set when every answer of a prompt is a sample (`SampleMode.all`): the counts above
    /// are then over all samples, the accuracies means over prompts (avg@k), and this
    /// holds pass@k, pass^k and the reward profile.
    public var sampling: SampleMetrics?
    private var shares = SharesByGroup()

    /// `SampleShares` of the two levels, each instruction id and each category.
    private struct SharesByGroup: Sendable, Equatable {
        var prompt = SampleShares()
        var instruction = SampleShares()
        var perInstruction: [String: SampleShares] = [:]
        var perCategory: [String: SampleShares] = [:]
    }
    /// Cells decided by the backtracking budget (a kwargs pattern where Python's `re`
    /// would run for a very long time; counted as not followed), per mode.
    public var budgetExhausted = OfficialErrorCounts()

    public init(_ results: [ScoredPrompt], categories: CategoryRule = .idPrefix) {
        self.categories = categories
        add(results)
    }

    /// An empty summary, for runs that add results a slice at a time; with `sampling`,
    /// for runs with several samples per prompt (results with `sample` set; a slice never
    /// splits a prompt's samples).
    public init(categories: CategoryRule = .idPrefix, sampling: SampleMetrics? = nil) {
        self.categories = categories
        self.sampling = sampling
    }

    /// Counts more results (a run streamed slice by slice sums to the same summary).
    public mutating func add(_ results: some Sequence<ScoredPrompt>) {
        var counts: [String: StrictLooseCounts] = [:]
        for result in results {
            let evaluation = result.evaluation
            promptLevel.strict.add(evaluation.followsAllStrict)
            promptLevel.loose.add(evaluation.followsAllLoose)
            for (strict, loose) in zip(evaluation.strict, evaluation.loose) {
                if strict.officialCodeRaises { officialErrors.strict += 1 }
                if loose.officialCodeRaises { officialErrors.loose += 1 }
                if strict.budgetExhausted { budgetExhausted.strict += 1 }
                if loose.budgetExhausted { budgetExhausted.loose += 1 }
                instructionLevel.strict.add(strict.followed)
                instructionLevel.loose.add(loose.followed)
                counts[strict.instructionID, default: StrictLooseCounts()].add(strict: strict.followed, loose: loose.followed)
            }
        }
        // Categories are sums over their ids (one string split per id, not per verdict).
        for (id, idCounts) in counts {
            perInstruction[id, default: StrictLooseCounts()].add(idCounts)
            perCategory[categories.category(of: id), default: StrictLooseCounts()].add(idCounts)
        }
        if sampling != nil { addSamples(Array(results)) }
    }

    /// Counts prompts with their samples (consecutive results, a prompt's first with
    /// `sample` 0), and sets the means of the groups they touch.
    private mutating func addSamples(_ results: [ScoredPrompt]) {
        var touched = Set<String>()
        for range in ScoredPrompt.promptRanges(in: results) {
            let group = results[range]
            let n = group.count
            sampling?.add(prompt: group)
            shares.prompt.add(samples: n, strict: group.filter(\.evaluation.followsAllStrict).count,
                              loose: group.filter(\.evaluation.followsAllLoose).count)
            let first = group.first!
            for (position, verdict) in first.evaluation.strict.enumerated() {
                let id = verdict.instructionID
                let strict = group.filter { $0.evaluation.strict[position].followed }.count
                let loose = group.filter { $0.evaluation.loose[position].followed }.count
                shares.instruction.add(samples: n, strict: strict, loose: loose)
                shares.perInstruction[id, default: SampleShares()].add(samples: n, strict: strict, loose: loose)
                shares.perCategory[categories.category(of: id), default: SampleShares()].add(samples: n, strict: strict, loose: loose)
                touched.insert(id)
            }
        }
        func setMeans(_ counts: inout StrictLooseCounts, _ shares: SampleShares) {
            let means = shares.means
            counts.strict.mean = means?.strict
            counts.loose.mean = means?.loose
        }
        setMeans(&promptLevel, shares.prompt)
        setMeans(&instructionLevel, shares.instruction)
        for id in touched {
            setMeans(&perInstruction[id, default: StrictLooseCounts()], shares.perInstruction[id]!)
            let category = categories.category(of: id)
            setMeans(&perCategory[category, default: StrictLooseCounts()], shares.perCategory[category]!)
        }
    }

    public init(promptLevel: StrictLooseCounts, instructionLevel: StrictLooseCounts,
                perCategory: [String: StrictLooseCounts], perInstruction: [String: StrictLooseCounts]) {
        self.promptLevel = promptLevel
        self.instructionLevel = instructionLevel
        self.perCategory = perCategory
        self.perInstruction = perInstruction
    }

    public var promptLevelStrictAccuracy: Double { promptLevel.strict.accuracy }
    public var instructionLevelStrictAccuracy: Double { instructionLevel.strict.accuracy }
    public var promptLevelLooseAccuracy: Double { promptLevel.loose.accuracy }
    public var instructionLevelLooseAccuracy: Double { instructionLevel.loose.accuracy }
}

extension Metric {
    /// This metric's count in `summary` (here rather than beside `Metric`, so that
    /// `Instructions/` does not depend on `Scoring/`).
    public func count(in summary: ScoreSummary) -> AccuracyCount {
        let level = isPromptLevel ? summary.promptLevel : summary.instructionLevel
        return isStrict ? level.strict : level.loose
    }
}
