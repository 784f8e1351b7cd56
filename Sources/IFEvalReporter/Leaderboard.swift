import IFEvalEngine

/// Runs ranked by one of the four accuracies, each accuracy with its bootstrap interval.
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
    }

    public var sortMetric: Metric
    public var rows: [Row]
    /// Every category seen in any run, in name order.
    public var categories: [String]

    public static let noIntervalNote = "no intervals: only summary.json was given (the bootstrap needs the per-prompt results eval_results_strict.jsonl and eval_results_loose.jsonl)"

    public init(runs: [RunDirectory], sortBy sortMetric: Metric) {
        self.sortMetric = sortMetric
        var rows = runs.map { run in
            var scores: [Metric: Score] = [:]
            for metric in Metric.allCases {
                let count = metric.count(in: run.summary)
                let interval = run.hasPromptResults
                    ? Statistics.bootstrapInterval(metric.items(run.prompts), resamples: IntervalMethod.resamples,
                                                   seed: IntervalMethod.seed, level: IntervalMethod.level)
                    : nil
                scores[metric] = Score(value: count.accuracy, count: count, interval: interval)
            }
            return Row(rank: 0, model: run.model, path: run.path, prompts: run.summary.promptLevel.strict.total,
                       instructions: run.summary.instructionLevel.strict.total, scores: scores,
                       perCategory: run.summary.perCategory, note: run.hasPromptResults ? nil : Self.noIntervalNote)
        }
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
}
