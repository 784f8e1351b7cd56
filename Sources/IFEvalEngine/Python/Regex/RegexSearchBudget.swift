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
/// - There is no budget across prompts: what one prompt's searches get never depends on
///   other prompts, so verdicts are the same whatever the number of threads.
///
/// Used by one thread at a time (one prompt's evaluation).
public final class RegexSearchBudget: @unchecked Sendable {
    /// The full budget of a search (nil: `PythonRegex`'s own); smaller in tests, so that
    /// catastrophic patterns exhaust it quickly in debug builds.
    let fullSteps: Int?
    /// Whether a search of this prompt exhausted its budget.
    public private(set) var exhausted = false
    /// Whether the searches now are for loose variants.
    var checkingLooseVariants = false

    public init() { fullSteps = nil }

    init(fullSteps: Int?) { self.fullSteps = fullSteps }

    /// Steps after a first exhaustion: 10^6 plus 64 per scalar of the text.
    static func afterExhaustion(_ n: Int) -> Int { 1_000_000 + 64 * (n + 1) }

    /// Whether the next search gets the reduced budget, and why (nil: the full one).
    var reduction: Reduction? {
        exhausted && checkingLooseVariants ? .looseAfterExhaustion : nil
    }

    enum Reduction {
        case looseAfterExhaustion

        var explanation: String {
            "a loose variant checked after a search of this prompt exceeded the budget gets 10^6 steps"
        }
    }

    func recordExhaustion() {
        exhausted = true
    }
}
