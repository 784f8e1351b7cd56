import Dispatch
import Foundation
import IFEvalEngine

/// The outcome of one item.
enum ItemOutcome: Sendable {
    /// Verdicts, and what stripping the thinking trace did.
    case scored(PromptEvaluation, thinking: ThinkingTraceStripper.Outcome)
    /// The item cannot be scored: its structure, an instruction id, its kwargs, or a
    /// pattern too costly to match.
    case invalid(String)
    /// Not scored: the time limit passed, or the client went away, first.
    case notScored
}

/// Why a batch stopped before every item was scored.
enum BatchInterruption: Sendable, Equatable {
    case timeLimit
    case clientGone
}

/// Scores batches with the engine's evaluator, exactly as `ifeval score` does (the same
/// verifier construction, thinking-trace stripping and strict/loose evaluation), on all
/// cores (`ParallelMap`), off the server's event loops.
final class BatchScorer: Sendable {
    let suite: ServerSuite
    let jobs: Int
    private let caches: CacheGenerations

    init(suite: ServerSuite, jobs: Int) {
        self.suite = suite
        self.jobs = jobs
        self.caches = CacheGenerations(suites: .fixed(suite.suite))
    }

    /// Scores `items` on a worker thread. Each item is checked against `deadline` and
    /// `isAbandoned` before it starts: once either fires, the rest are `.notScored`
    /// (an item already started finishes; the engine bounds each pattern search).
    func score(_ items: [VerifyItem], thinking: ThinkingTraceStripper?, deadline: ContinuousClock.Instant,
               isAbandoned: @escaping @Sendable () -> Bool) async -> (outcomes: [ItemOutcome], interruption: BatchInterruption?) {
        let cache = caches.current(adding: items.count)
        let suite = self.suite
        let jobs = self.jobs
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                // One evaluator per batch: its analyzers remember the texts of this batch only.
                let evaluator = Evaluator(analyzers: .standard(languageSeed: 0))
                let stop = StopFlag()
                let outcomes = ParallelMap.map(items, parallelism: jobs, chunkSize: 4) { item -> ItemOutcome in
                    if stop.reason != nil { return .notScored }
                    if ContinuousClock.now >= deadline { stop.set(.timeLimit); return .notScored }
                    if isAbandoned() { stop.set(.clientGone); return .notScored }
                    return Self.score(item, suite: suite, cache: cache, evaluator: evaluator, thinking: thinking)
                }
                continuation.resume(returning: (outcomes, stop.reason))
            }
        }
    }

    static func score(_ item: VerifyItem, suite: ServerSuite, cache: VerifierCache, evaluator: Evaluator,
                      thinking: ThinkingTraceStripper?) -> ItemOutcome {
        if let problem = item.problem { return .invalid(problem) }
        let prepared: PreparedPrompt
        do throws(InstructionError) {
            prepared = try suite.prepare(item.record, cache: cache)
        } catch {
            let position = item.record.instructionIDs.firstIndex(of: error.instructionID).map { "instruction \($0) " } ?? ""
            return .invalid(position + "(\(error.instructionID)): \(error.message)")
        }
        var text = item.response
        var outcome = ThinkingTraceStripper.Outcome.unchanged
        if let thinking { (text, outcome) = thinking.strip(item.response) }
        let evaluation = evaluator.evaluate(prepared, response: text)
        if let costly = costlyPattern(evaluation) { return .invalid(costly) }
        return .scored(evaluation, thinking: outcome)
    }

    /// A verdict the engine gave up on: a keyword pattern from the kwargs that backtracks
    /// beyond the engine's budget (Python's `re` would run for minutes or hours). `ifeval
    /// score` counts it as not followed and says so in the reason; the server rejects the
    /// item instead, since a trainer should not learn from it. Told by the verdict's
    /// `budgetExhausted` flag.
    static func costlyPattern(_ evaluation: PromptEvaluation) -> String? {
        for (index, verdict) in (evaluation.strict + evaluation.loose).enumerated()
        where !verdict.followed && verdict.budgetExhausted {
            return "instruction \(index % max(evaluation.strict.count, 1)) (\(verdict.instructionID)): \(verdict.reason)"
        }
        return nil
    }
}

/// Set once by whichever worker first sees the batch must stop.
private final class StopFlag: Sendable {
    private let value = Mutex<BatchInterruption?>(nil)

    var reason: BatchInterruption? { value.withLock { $0 } }

    func set(_ reason: BatchInterruption) {
        value.withLock { if $0 == nil { $0 = reason } }
    }
}

/// The verifier cache, shared by all requests, started afresh after `itemsPerGeneration`
/// items so that a long-running server does not keep every instruction list it was ever
/// sent (an RL run repeats a bounded set of lists; a fresh cache rebuilds each in
/// microseconds).
private final class CacheGenerations: Sendable {
    static let itemsPerGeneration = 200_000
    private let suites: SuiteSelection
    private let state: Mutex<(cache: VerifierCache, items: Int)>

    init(suites: SuiteSelection) {
        self.suites = suites
        self.state = Mutex((VerifierCache(suites: suites), 0))
    }

    func current(adding count: Int) -> VerifierCache {
        state.withLock { state in
            state.items += count
            if state.items > Self.itemsPerGeneration {
                state.cache = VerifierCache(suites: suites)
                state.items = count
            }
            return state.cache
        }
    }
}
