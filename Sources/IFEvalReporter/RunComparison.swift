import IFEvalEngine

/// Run B against run A on the prompts both scored: paired differences B − A of the four
/// accuracies with paired bootstrap intervals, exact McNemar tests on the discordant
/// prompts (or instructions), and the instruction ids that moved most. What `ifeval
/// compare` renders (`ComparisonReport`); the pairing is `PairedRuns`, as for the gate.
public struct RunComparison: Sendable {
    public struct MetricDifference: Sendable {
        public var metric: Metric
        public var a: AccuracyCount
        public var b: AccuracyCount
        public var difference: Double { valueB - valueA }
        public var interval: Statistics.Interval
        /// Units (prompts at prompt level, instructions at instruction level) that A
        /// followed and B did not, and the reverse. With several samples per prompt:
        /// prompts whose share of followed samples is higher in A, and in B.
        public var onlyA: Int
        public var onlyB: Int
        /// Several samples per prompt: avg@k of both runs on the shared prompts, and the
        /// clustered paired bootstrap p-value.
        public var averages: (a: Double, b: Double)? = nil
        public var bootstrapP: Double? = nil
        public var valueA: Double { averages?.a ?? a.accuracy }
        public var valueB: Double { averages?.b ?? b.accuracy }
        /// McNemar's exact test on the discordant units, or the clustered paired bootstrap's p.
        public var pValue: Double { bootstrapP ?? Statistics.mcNemarExactPValue(b: onlyA, c: onlyB) }
    }

    /// How often one instruction id changed verdict between the runs (`improved`: B
    /// follows and A does not; `regressed`: the reverse).
    public typealias InstructionChange = InstructionComparison

    public var modelA: String
    public var modelB: String
    public var shared: Int
    public var onlyInA: Int
    public var onlyInB: Int
    /// Shared keys whose instruction lists differ: left out of the comparison.
    public var mismatched: [PromptKey]
    public var differences: [MetricDifference]
    public var strictChanges: [InstructionChange]
    public var looseChanges: [InstructionChange]
    /// Either run has several samples per prompt: avg@k, and prompts resampled with all
    /// their samples for the intervals and p-values.
    public var clustered = false

    public enum Failure: Error, Sendable, CustomStringConvertible {
        case noPromptResults(String)
        case nothingShared(String, String)
        case invalidRun(GateInputError)
        public var description: String {
            switch self {
            case let .noPromptResults(path):
                return "\(path): no per-prompt results (eval_results_strict.jsonl and eval_results_loose.jsonl); a comparison pairs prompts, so it needs the run directory, not summary.json alone"
            case let .nothingShared(a, b):
                return "\(a) and \(b) share no prompt (with the same instructions); are they scored on the same prompt set?"
            case let .invalidRun(error):
                return error.description
            }
        }
    }

    /// Run B against run A, paired as the gate pairs them (`PairedRuns`, A as the
    /// baseline), with mismatched instruction lists left out and listed.
    public init(a runA: RunDirectory, b runB: RunDirectory) throws(Failure) {
        guard runA.hasPromptResults else { throw .noPromptResults(runA.path) }
        guard runB.hasPromptResults else { throw .noPromptResults(runB.path) }
        let paired: PairedRuns
        do throws(GateInputError) {
            paired = try PairedRuns.pair(baseline: runA, candidate: runB, mismatches: .exclude)
        } catch {
            throw .invalidRun(error)
        }
        guard !paired.pairs.isEmpty else { throw .nothingShared(runA.path, runB.path) }
        modelA = runA.model
        modelB = runB.model
        shared = paired.pairs.count
        mismatched = paired.mismatched
        onlyInA = paired.onlyInBaseline.count
        onlyInB = paired.onlyInCandidate.count
        clustered = paired.clustered
        differences = Metric.allCases.map { metric in
            let counts = paired.comparison(metric)
            if paired.clustered {
                let interval = Statistics.clusteredPairedInterval(paired.shareItems(metric), resamples: IntervalMethod.resamples,
                                                                  seed: IntervalMethod.seed, level: IntervalMethod.level)
                var difference = MetricDifference(metric: metric, a: counts.baseline, b: counts.candidate, interval: interval,
                                                  onlyA: counts.paired?.regressed ?? 0, onlyB: counts.paired?.improved ?? 0)
                difference.averages = counts.averages.map { ($0.baseline, $0.candidate) }
                difference.bootstrapP = counts.paired?.bootstrapP
                return difference
            }
            let items = paired.pairs.map { (a: metric.item(for: paired.baseline($0)), b: metric.item(for: paired.candidate($0))) }
            let interval = Statistics.pairedBootstrapInterval(items, resamples: IntervalMethod.resamples,
                                                              seed: IntervalMethod.seed, level: IntervalMethod.level)
            return MetricDifference(metric: metric, a: counts.baseline, b: counts.candidate, interval: interval,
                                    onlyA: counts.paired?.regressed ?? 0, onlyB: counts.paired?.improved ?? 0)
        }
        strictChanges = Self.byNetChange(paired.instructionComparisons(strict: true))
        looseChanges = Self.byNetChange(paired.instructionComparisons(strict: false))
    }

    /// Sorted by net change (largest gain first), then by id.
    static func byNetChange(_ changes: [InstructionChange]) -> [InstructionChange] {
        changes.sorted { x, y in x.net != y.net ? x.net > y.net : codePointOrder(x.id, y.id) }
    }

    /// The ids that gained most (net > 0) and lost most (net < 0), `limit` of each.
    public func movers(strict: Bool, limit: Int) -> (improved: [InstructionChange], regressed: [InstructionChange]) {
        let all = strict ? strictChanges : looseChanges
        let improved = all.filter { $0.net > 0 }.prefix(limit)
        let regressed = all.filter { $0.net < 0 }.sorted { x, y in x.net != y.net ? x.net < y.net : codePointOrder(x.id, y.id) }.prefix(limit)
        return (Array(improved), Array(regressed))
    }
}
