import IFEvalEngine

/// Run B against run A on the prompts both scored: paired differences B − A of the four
/// accuracies with paired bootstrap intervals, exact McNemar tests on the discordant
/// prompts (or instructions), and the instruction ids that moved most.
public struct RunComparison: Sendable {
    public struct MetricDifference: Sendable {
        public var metric: Metric
        public var a: AccuracyCount
        public var b: AccuracyCount
        public var difference: Double { b.accuracy - a.accuracy }
        public var interval: Statistics.Interval
        /// Units (prompts at prompt level, instructions at instruction level) that A
        /// followed and B did not, and the reverse.
        public var onlyA: Int
        public var onlyB: Int
        public var pValue: Double { Statistics.mcNemarExactPValue(b: onlyA, c: onlyB) }
    }

    /// How often one instruction id changed verdict between the runs.
    public struct InstructionChange: Sendable {
        public var id: String
        public var improved: Int
        public var regressed: Int
        public var total: Int
        public var net: Int { improved - regressed }
    }

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

    public enum Failure: Error, Sendable, CustomStringConvertible {
        case noPromptResults(String)
        case nothingShared(String, String)
        public var description: String {
            switch self {
            case let .noPromptResults(path):
                return "\(path): no per-prompt results (eval_results_strict.jsonl and eval_results_loose.jsonl); a comparison pairs prompts, so it needs the run directory, not summary.json alone"
            case let .nothingShared(a, b):
                return "\(a) and \(b) share no prompt (with the same instructions); are they scored on the same prompt set?"
            }
        }
    }

    public init(a runA: RunDirectory, b runB: RunDirectory) throws(Failure) {
        guard runA.hasPromptResults else { throw .noPromptResults(runA.path) }
        guard runB.hasPromptResults else { throw .noPromptResults(runB.path) }
        var byKeyB: [PromptKey: RunDirectory.PromptVerdicts] = [:]
        for prompt in runB.prompts { byKeyB[prompt.key] = prompt }
        let keysA = Set(runA.prompts.map(\.key))
        var pairs: [(a: RunDirectory.PromptVerdicts, b: RunDirectory.PromptVerdicts)] = []
        var mismatched: [PromptKey] = []
        for prompt in runA.prompts {
            guard let other = byKeyB[prompt.key] else { continue }
            if other.instructionIDs == prompt.instructionIDs { pairs.append((prompt, other)) } else { mismatched.append(prompt.key) }
        }
        guard !pairs.isEmpty else { throw .nothingShared(runA.path, runB.path) }
        modelA = runA.model
        modelB = runB.model
        shared = pairs.count
        self.mismatched = mismatched
        onlyInA = runA.prompts.filter { byKeyB[$0.key] == nil }.count
        onlyInB = runB.prompts.filter { !keysA.contains($0.key) }.count
        differences = Metric.allCases.map { metric in
            var a = AccuracyCount(), b = AccuracyCount()
            var items: [(a: (followed: Int, total: Int), b: (followed: Int, total: Int))] = []
            var onlyA = 0, onlyB = 0
            for (pa, pb) in pairs {
                let x = metric.item(for: pa), y = metric.item(for: pb)
                items.append((x, y))
                a.followed += x.followed; a.total += x.total
                b.followed += y.followed; b.total += y.total
                if metric.isPromptLevel {
                    if x.followed > y.followed { onlyA += 1 } else if y.followed > x.followed { onlyB += 1 }
                } else {
                    let va = metric.isStrict ? pa.strict : pa.loose, vb = metric.isStrict ? pb.strict : pb.loose
                    for (fa, fb) in zip(va, vb) where fa != fb { if fa { onlyA += 1 } else { onlyB += 1 } }
                }
            }
            let interval = Statistics.pairedBootstrapInterval(items, resamples: IntervalMethod.resamples,
                                                              seed: IntervalMethod.seed, level: IntervalMethod.level)
            return MetricDifference(metric: metric, a: a, b: b, interval: interval, onlyA: onlyA, onlyB: onlyB)
        }
        strictChanges = Self.changes(pairs, strict: true)
        looseChanges = Self.changes(pairs, strict: false)
    }

    /// Per instruction id, the instructions B follows and A does not (improved) and the
    /// reverse, sorted by net change (largest gain first), then by id.
    static func changes(_ pairs: [(a: RunDirectory.PromptVerdicts, b: RunDirectory.PromptVerdicts)], strict: Bool) -> [InstructionChange] {
        var byID: [String: InstructionChange] = [:]
        for (pa, pb) in pairs {
            let va = strict ? pa.strict : pa.loose, vb = strict ? pb.strict : pb.loose
            for (index, id) in pa.instructionIDs.enumerated() {
                var change = byID[id] ?? InstructionChange(id: id, improved: 0, regressed: 0, total: 0)
                change.total += 1
                if !va[index] && vb[index] { change.improved += 1 }
                if va[index] && !vb[index] { change.regressed += 1 }
                byID[id] = change
            }
        }
        return byID.values.sorted { x, y in x.net != y.net ? x.net > y.net : codePointOrder(x.id, y.id) }
    }

    /// The ids that gained most (net > 0) and lost most (net < 0), `limit` of each.
    public func movers(strict: Bool, limit: Int) -> (improved: [InstructionChange], regressed: [InstructionChange]) {
        let all = strict ? strictChanges : looseChanges
        let improved = all.filter { $0.net > 0 }.prefix(limit)
        let regressed = all.filter { $0.net < 0 }.sorted { x, y in x.net != y.net ? x.net < y.net : codePointOrder(x.id, y.id) }.prefix(limit)
        return (Array(improved), Array(regressed))
    }
}
