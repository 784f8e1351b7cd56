/// What a run with several samples per prompt (`SampleMode.all`) measures beyond the mean
/// accuracies: pass@k (some of k samples follow), pass^k (all k follow), how many samples
/// prompts have, and the reward profile (prompts no, some or every sample followed).
///
/// Prompts (and instruction cells: a prompt's instruction at one position) are counted
/// by how many samples they have (n) and how many followed (c): every figure is a sum
/// over these counts, so it does not depend on the order results arrive in.
public struct SampleMetrics: Sendable, Equatable {
    /// The k values asked for (nil: 1 and the most samples a prompt has).
    public var requestedK: [Int]?
    /// Scored prompts and (prompt, sample) results.
    public private(set) var prompts = 0
    public private(set) var samples = 0
    public private(set) var minPerPrompt = 0
    public private(set) var maxPerPrompt = 0
    /// Prompts, then instruction cells, by (n, c): strict and loose.
    var promptCounts = StrictLoose<[SolveCount: Int]>(strict: [:], loose: [:])
    var cellCounts = StrictLoose<[SolveCount: Int]>(strict: [:], loose: [:])

    struct SolveCount: Hashable, Sendable, Comparable {
        var samples: Int
        var followed: Int
        static func < (a: SolveCount, b: SolveCount) -> Bool { (a.samples, a.followed) < (b.samples, b.followed) }
    }

    public struct StrictLoose<Value: Sendable & Equatable>: Sendable, Equatable {
        public var strict: Value
        public var loose: Value
    }

    /// The four official metric names, each with its value.
    public struct FourMetrics: Sendable, Equatable {
        public var promptLevelStrict: Double
        public var instructionLevelStrict: Double
        public var promptLevelLoose: Double
        public var instructionLevelLoose: Double

        public init(promptLevelStrict: Double, instructionLevelStrict: Double, promptLevelLoose: Double, instructionLevelLoose: Double) {
            self.promptLevelStrict = promptLevelStrict
            self.instructionLevelStrict = instructionLevelStrict
            self.promptLevelLoose = promptLevelLoose
            self.instructionLevelLoose = instructionLevelLoose
        }
    }

    /// Prompts whose samples followed every instruction in no sample, some but not all,
    /// and every sample.
    public struct RewardProfile: Sendable, Equatable {
        public var none = 0
        public var some = 0
        public var all = 0
    }

    public init(k: [Int]? = nil) { requestedK = k }

    /// The k values reported, in increasing order: those asked for, or 1 and the most
    /// samples a prompt has.
    public var ks: [Int] { Array(Set(requestedK ?? [1, max(1, maxPerPrompt)])).sorted() }

    /// Counts one prompt's samples (its results, in sample order).
    mutating func add(prompt results: ArraySlice<ScoredPrompt>) {
        let n = results.count
        guard n > 0, let first = results.first else { return }
        prompts += 1
        samples += n
        minPerPrompt = prompts == 1 ? n : min(minPerPrompt, n)
        maxPerPrompt = max(maxPerPrompt, n)
        promptCounts.strict[SolveCount(samples: n, followed: results.filter(\.evaluation.followsAllStrict).count), default: 0] += 1
        promptCounts.loose[SolveCount(samples: n, followed: results.filter(\.evaluation.followsAllLoose).count), default: 0] += 1
        for position in first.evaluation.strict.indices {
            let strict = results.filter { $0.evaluation.strict[position].followed }.count
            let loose = results.filter { $0.evaluation.loose[position].followed }.count
            cellCounts.strict[SolveCount(samples: n, followed: strict), default: 0] += 1
            cellCounts.loose[SolveCount(samples: n, followed: loose), default: 0] += 1
        }
    }

    /// The unbiased estimator of the chance that at least one of k samples drawn without
    /// replacement from n (c of which followed) follows: 1 - C(n-c, k) / C(n, k) (Chen et
    /// al. 2021). With fewer than k samples: 1 if any followed, else 0.
    public static func passAtK(samples n: Int, followed c: Int, k: Int) -> Double {
        if n < k { return c > 0 ? 1 : 0 }
        if k == 1 { return Double(c) / Double(n) }
        if n - c < k { return 1 }
        var none = 1.0
        for i in 0..<k { none *= Double(n - c - i) / Double(n - i) }
        return 1 - none
    }

    /// The chance that all of k samples drawn without replacement follow: C(c, k) / C(n, k).
    /// With fewer than k samples: 1 if every sample followed, else 0.
    public static func passHatK(samples n: Int, followed c: Int, k: Int) -> Double {
        if n < k { return c == n ? 1 : 0 }
        if c < k { return 0 }
        if c == n { return 1 }
        var all = 1.0
        for i in 0..<k { all *= Double(c - i) / Double(n - i) }
        return all
    }

    private static func mean(_ counts: [SolveCount: Int], _ value: (SolveCount) -> Double) -> Double {
        var sum = 0.0
        var total = 0
        for count in counts.keys.sorted() {
            sum += Double(counts[count]!) * value(count)
            total += counts[count]!
        }
        return total == 0 ? 0 : sum / Double(total)
    }

    private func four(_ value: @escaping (SolveCount) -> Double) -> FourMetrics {
        FourMetrics(promptLevelStrict: Self.mean(promptCounts.strict, value), instructionLevelStrict: Self.mean(cellCounts.strict, value),
                    promptLevelLoose: Self.mean(promptCounts.loose, value), instructionLevelLoose: Self.mean(cellCounts.loose, value))
    }

    /// pass@k for each of `ks`: per prompt (or cell), averaged.
    public var passAtK: [(k: Int, metrics: FourMetrics)] {
        ks.map { k in (k, four { Self.passAtK(samples: $0.samples, followed: $0.followed, k: k) }) }
    }

    /// pass^k for each of `ks`.
    public var passHatK: [(k: Int, metrics: FourMetrics)] {
        ks.map { k in (k, four { Self.passHatK(samples: $0.samples, followed: $0.followed, k: k) }) }
    }

    /// For each k of `ks` that some prompts have fewer samples than, how many.
    public var samplesBelowK: [(k: Int, prompts: Int)] {
        ks.compactMap { k in
            let below = promptCounts.strict.filter { $0.key.samples < k }.values.reduce(0, +)
            return below > 0 ? (k, below) : nil
        }
    }

    public var rewardProfile: StrictLoose<RewardProfile> {
        func profile(_ counts: [SolveCount: Int]) -> RewardProfile {
            var profile = RewardProfile()
            for (count, prompts) in counts {
                if count.followed == 0 { profile.none += prompts } else if count.followed == count.samples { profile.all += prompts } else { profile.some += prompts }
            }
            return profile
        }
        return StrictLoose(strict: profile(promptCounts.strict), loose: profile(promptCounts.loose))
    }
}

/// Followed counts of one group (a level, an instruction id, a category) by how many
/// samples its prompts have: the mean share over cells when prompts have different
/// numbers of samples (with the same number everywhere it is followed / total).
struct SampleShares: Sendable, Equatable {
    struct Bucket: Sendable, Equatable {
        var strict = 0
        var loose = 0
        var cells = 0
    }

    var bySamples: [Int: Bucket] = [:]

    mutating func add(samples n: Int, strict: Int, loose: Int) {
        bySamples[n, default: Bucket()].strict += strict
        bySamples[n, default: Bucket()].loose += loose
        bySamples[n, default: Bucket()].cells += 1
    }

    /// Nil when every cell has the same number of samples (the ratio of the counts is
    /// then the mean); else the mean over cells of followed / n.
    var means: (strict: Double, loose: Double)? {
        guard bySamples.count > 1 else { return nil }
        var strict = 0.0
        var loose = 0.0
        var cells = 0
        for n in bySamples.keys.sorted() {
            let bucket = bySamples[n]!
            strict += Double(bucket.strict) / Double(n)
            loose += Double(bucket.loose) / Double(n)
            cells += bucket.cells
        }
        return (strict / Double(cells), loose / Double(cells))
    }
}
