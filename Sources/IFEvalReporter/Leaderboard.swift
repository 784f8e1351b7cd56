import IFEvalEngine

/// Runs ranked by one of the four accuracies, each accuracy with its bootstrap interval.
///
/// Runs of one suite give one row per run. Runs of several suites (IFEval and IFBench,
/// say) give one row per model (summary.json's `model`) with a column group per suite
/// (`suiteGroups`).
public struct Leaderboard: Sendable {
    public struct Score: Sendable {
        public var value: Double
        public var count: AccuracyCount
        /// Nil when the run has no per-prompt results (summary.json only).
        public var interval: Statistics.Interval?
    }

    public struct Row: Sendable {
        /// 1-based; runs with the same value of the sort metric share a rank.
        public var rank: Int
        public var model: String
        public var path: String
        public var prompts: Int
        public var instructions: Int
        public var scores: [Metric: Score]
        public var perCategory: [String: StrictLooseCounts]
        /// Why a row has no intervals, if it has none.
        public var note: String?
        /// The run's suite (summary.json's `suite`).
        public var suite: String = "ifeval"
        /// Multi-sample runs: avg@k, pass@k, pass^k (nil for single-sample runs).
        public var samples: SampleSummary? = nil
        /// Multi-sample runs with per-prompt results: instruction-level avg@k per category.
        public var categoryShares: [String: (strict: Double, loose: Double)]? = nil
        /// Multi-sample runs with per-prompt results: how many prompts fall in each bin of
        /// solve rate (`SolveRateHistogram.bins`), strict and loose.
        public var histogram: (strict: [Int], loose: [Int])? = nil
    }

    /// Several suites: one entry per model, its row of each suite (nil where the model
    /// has no run of that suite).
    public struct SuiteGroupRow: Sendable {
        public var rank: Int
        public var model: String
        public var bySuite: [String: Row]
    }

    public var sortMetric: Metric
    public var rows: [Row]
    /// Every category seen in any run, in name order.
    public var categories: [String]
    /// The suites of the runs, in the order they first appear.
    public var suites: [String] = ["ifeval"]
    /// Set when the runs are of several suites (then `rows` holds every run, unranked).
    public var suiteGroups: [SuiteGroupRow]? = nil
    /// The suite whose `sortMetric` ranks `suiteGroups`.
    public var sortSuite: String = "ifeval"

    public static let noIntervalNote = "no intervals: only summary.json was given (the bootstrap needs the per-prompt results eval_results_strict.jsonl and eval_results_loose.jsonl)"

    /// Why runs cannot share one leaderboard.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Ranks `runs` by `sortMetric`, or, when nil, by the suite's headline metric (IFEval:
    /// prompt_level_strict_acc; IFBench: prompt_level_loose_acc). Runs of several suites
    /// are grouped by model, ranked by the first suite's metric; two runs of one model
    /// and one suite are then an error.
    public static func make(runs: [RunDirectory], sortBy requested: Metric?) throws(Failure) -> Leaderboard {
        var suites: [String] = []
        for run in runs where !suites.contains(run.suite) { suites.append(run.suite) }
        let first = suites.first ?? "ifeval"
        let metric = requested ?? Self.headlineMetric(of: first)
        var board = Leaderboard(runs: runs, sortBy: metric)
        board.suites = suites.isEmpty ? ["ifeval"] : suites
        board.sortSuite = first
        guard suites.count > 1 else { return board }
        var models: [String] = []
        var bySuite: [String: [String: Row]] = [:]
        for row in runs.indices.map({ board.unrankedRows[$0] }) {
            if bySuite[row.model] == nil { models.append(row.model) }
            if let other = bySuite[row.model]?[row.suite] {
                throw Failure(description: "\(other.path) and \(row.path) are both \(row.suite) runs of the model \"\(row.model)\": a leaderboard of several suites has one row per model (set the model name with `ifeval score --model NAME`), so give one run per model and suite")
            }
            bySuite[row.model, default: [:]][row.suite] = row
        }
        var groups = models.map { SuiteGroupRow(rank: 0, model: $0, bySuite: bySuite[$0]!) }
        func value(_ group: SuiteGroupRow) -> Double? { group.bySuite[first]?.scores[metric]?.value }
        groups.sort { a, b in
            switch (value(a), value(b)) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return codePointOrder(a.model, b.model)
            }
        }
        for index in groups.indices {
            if index > 0 && value(groups[index]) == value(groups[index - 1]) {
                groups[index].rank = groups[index - 1].rank
            } else {
                groups[index].rank = index + 1
            }
        }
        board.suiteGroups = groups
        return board
    }

    /// The metric a suite reports first (`Suite.headlineMetric`); prompt_level_strict_acc
    /// for a suite this build does not know.
    public static func headlineMetric(of suite: String) -> Metric {
        SuiteRegistry.standard.suite(named: suite)?.headlineMetric ?? .promptLevelStrict
    }

    /// The rows in the order the runs were given (before ranking): kept for grouping.
    var unrankedRows: [Row] = []

    public init(runs: [RunDirectory], sortBy sortMetric: Metric) {
        self.sortMetric = sortMetric
        var rows = runs.map { run in
            var scores: [Metric: Score] = [:]
            for metric in Metric.allCases {
                let count = metric.count(in: run.summary)
                // Prompts are resampled with all their samples (one item per prompt); with
                // one sample per prompt this is the plain bootstrap over prompts.
                let interval = run.hasPromptResults
                    ? Statistics.clusteredBootstrapInterval(metric.shareItems(run.prompts), resamples: IntervalMethod.resamples,
                                                            seed: IntervalMethod.seed, level: IntervalMethod.level)
                    : nil
                scores[metric] = Score(value: run.accuracy(metric), count: count, interval: interval)
            }
            var row = Row(rank: 0, model: run.model, path: run.path, prompts: run.summary.promptLevel.strict.total,
                          instructions: run.summary.instructionLevel.strict.total, scores: scores,
                          perCategory: run.summary.perCategory, note: run.hasPromptResults ? nil : Self.noIntervalNote)
            row.suite = run.suite
            row.samples = run.samples
            if let samples = run.samples {
                row.categoryShares = samples.perCategory
                if run.hasPromptResults { row.histogram = SolveRateHistogram.count(run.solveRates()) }
            }
            return row
        }
        unrankedRows = rows
        // Descending by the chosen metric; equal values keep a stable order by model name.
        rows.sort { a, b in
            let x = a.scores[sortMetric]!.value, y = b.scores[sortMetric]!.value
            return x != y ? x > y : codePointOrder(a.model, b.model)
        }
        // Competition ranking: 1, 2, 2, 4.
        for index in rows.indices {
            if index > 0 && rows[index].scores[sortMetric]!.value == rows[index - 1].scores[sortMetric]!.value {
                rows[index].rank = rows[index - 1].rank
            } else {
                rows[index].rank = index + 1
            }
        }
        self.rows = rows
        self.categories = Set(runs.flatMap { $0.summary.perCategory.keys }).sorted(by: codePointOrder)
    }

    public var hasIntervals: Bool { rows.contains { $0.note == nil } }

    /// Some run has several samples per prompt.
    public var hasSamples: Bool { rows.contains { $0.samples != nil } }

    /// Every k of pass@k / pass^k in any run, increasing.
    public var sampleKs: [Int] { Array(Set(rows.flatMap { $0.samples?.ks ?? [] })).sorted() }
}

/// Per-prompt solve rates (the share of a prompt's samples that followed every
/// instruction) counted in 12 bins: exactly 0, ten bins of width 10% over (0, 1), and
/// exactly 1, so that prompts no sample or every sample solves (no GRPO signal) stand out.
public enum SolveRateHistogram {
    public static let labels = ["0"] + (0..<10).map { "\($0 * 10)–\($0 * 10 + 10)" } + ["100"]

    public static func bin(_ followed: Int, of samples: Int) -> Int {
        if followed <= 0 { return 0 }
        if followed >= samples { return 11 }
        // (0, 10%] → 1 ... (90%, 100%) → 10, in whole numbers (no rounding at 30%, 70%...).
        return min(10, max(1, (followed * 10 + samples - 1) / samples))
    }

    public static func count(_ rates: [(key: PromptKey, samples: Int, strict: Int, loose: Int)]) -> (strict: [Int], loose: [Int]) {
        var strict = [Int](repeating: 0, count: 12), loose = strict
        for rate in rates {
            strict[bin(rate.strict, of: rate.samples)] += 1
            loose[bin(rate.loose, of: rate.samples)] += 1
        }
        return (strict, loose)
    }
}
