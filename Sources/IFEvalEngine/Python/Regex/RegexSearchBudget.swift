import Foundation

/// How much backtracking the searches of one prompt's kwargs patterns may use, shared by
/// its instructions and their loose variants (issue 17 E, issue 20 item 8).
///
/// - A search normally gets `PythonRegex`'s own budget (about what CPython's `sre` does
///   in 10-20 seconds), so the budget decides only where Python would run for a long
///   time.
/// - Once a search of this prompt has exhausted its budget, the loose variants checked
///   after it get `afterExhaustion(n)` steps each instead (10^6 + 64 (n + 1): enough for
///   any search that does not backtrack heavily). This never changes a verdict the
///   official code reaches: it checks every instruction strictly before any loose
///   variant, so it is still running the search that exhausted the budget when it would
///   come to them. Strict checks always get the full budget.
/// - A run (`RunRegexBudget`, one per `ifeval score`) counts its exhausted searches:
///   after `RunRegexBudget.fullSearches` of them every later search of the run gets
///   `afterExhaustion(n)` steps, and the verdicts it decides say so. Python would by then
///   have run for hours on the same prompts.
///
/// Used by one thread at a time (one prompt's evaluation).
public final class RegexSearchBudget: @unchecked Sendable {
    let run: RunRegexBudget?
    /// Whether a search of this prompt exhausted its budget.
    public private(set) var exhausted = false
    /// Whether the searches now are for loose variants.
    var checkingLooseVariants = false

    public init(run: RunRegexBudget? = nil) {
        self.run = run
    }

    /// Steps after a first exhaustion: 10^6 plus 64 per scalar of the text.
    static func afterExhaustion(_ n: Int) -> Int { 1_000_000 + 64 * (n + 1) }

    /// Whether the next search gets the reduced budget, and why (nil: the full one).
    var reduction: Reduction? {
        if exhausted && checkingLooseVariants { return .looseAfterExhaustion }
        if let run, run.capReached { return .runCap }
        return nil
    }

    enum Reduction {
        case looseAfterExhaustion, runCap

        var explanation: String {
            switch self {
            case .looseAfterExhaustion:
                return "a loose variant checked after a search of this prompt exceeded the budget gets 10^6 steps"
            case .runCap:
                return "this run had already exceeded the budget \(RunRegexBudget.fullSearches) times; later searches get 10^6 steps"
            }
        }
    }

    func recordExhaustion() {
        exhausted = true
        run?.recordExhaustion()
    }
}

/// The budget state of one scoring run: how many searches exhausted their full budget.
public final class RunRegexBudget: @unchecked Sendable {
    /// Searches that may exhaust their full budget in one run before later ones are
    /// given `RegexSearchBudget.afterExhaustion` steps.
    public static let fullSearches = 16
    private let lock = NSLock()
    private var count = 0
    /// The full budget of a search in this run, for tests (nil: `PythonRegex`'s own).
    let fullSteps: Int?

    public init() { fullSteps = nil }

    init(fullSteps: Int) { self.fullSteps = fullSteps }

    /// Searches of this run that exhausted their budget.
    public var exhaustedSearches: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }

    var capReached: Bool { exhaustedSearches >= Self.fullSearches }

    func recordExhaustion() {
        lock.lock()
        count += 1
        lock.unlock()
    }
}
