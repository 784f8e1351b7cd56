/// One instruction type: it decodes and validates its own arguments (the prompt set's
/// `kwargs`), checks a response, and says why. Everything else about it (id, suite,
/// arguments, conflicts, examples) is its `description`.
///
/// Adding an instruction type means one new file with a type conforming to this protocol
/// (in its suite's folder, `Verifiers/<Suite>/`) and one line in that suite's list of
/// types. See README, "Adding an instruction type".
public protocol Verifier: Sendable {
    /// What the type is, its arguments, conflicts and examples.
    static var description: InstructionDescription { get }

    /// Builds the checker from the kwargs the suite's policy keeps (IFEval's official
    /// code drops `None`, `0`, `""`, `[]` before building). Read each declared argument
    /// with `try arguments[Self.someArgument]`.
    init(arguments: InstructionArguments) throws(InstructionError)

    /// Checks one response text (already chosen by the strict or loose flow).
    func check(_ response: String, context: VerificationContext) -> Verdict

    /// True when a response that fails cannot pass on any loose variant; the evaluator
    /// then skips the variants. By default, true exactly when the description claims
    /// `.failureIsFinal(when: nil)`; a type whose claim has a condition implements it.
    var variantsFailWhenResponseFails: Bool { get }
}

extension Verifier {
    public var variantsFailWhenResponseFails: Bool { Self.description.looseVariants == .failureIsFinal(when: nil) }

    /// True when a failing text fails on its parts between white space, so that only the
    /// response without `*` need be checked (`LooseVariantClaim.failureIsFinalOnParts`).
    public var partsFailWhenTextFails: Bool { Self.description.looseVariants == .failureIsFinalOnParts }

    /// The instruction id (`description.id`).
    public static var id: String { description.id }
}

/// The outcome of one check, with a short reason a person can read.
public struct Verdict: Sendable, Equatable {
    public var followed: Bool
    public var reason: String
    /// The official code raises an exception on this text (and its evaluation stops, so it
    /// has no verdict); here the instruction counts as not followed, and the run counts
    /// such cells (`summary.json`: `official_errors`).
    public var officialCodeRaises: Bool
    /// A kwargs pattern exceeded the backtracking budget (where Python's `re` would run
    /// for a very long time): the verdict was decided by the budget, not by the text
    /// (counted as not followed; `summary.json`: `budget_exhausted`; the server rejects
    /// the item).
    public var budgetExhausted = false

    public init(_ followed: Bool, _ reason: String) {
        self.followed = followed
        self.reason = reason
        self.officialCodeRaises = false
    }

    public static func followed(_ reason: String) -> Verdict { Verdict(true, reason) }
    public static func notFollowed(_ reason: String) -> Verdict { Verdict(false, reason) }

    /// Not followed, where the official code raises: `error` names what it raises and why
    /// ("IndexError: field.strip()[0] on the blank field 2 of line 3"); the reason says
    /// that the official evaluation stops there.
    public static func officialCodeRaises(_ error: String) -> Verdict {
        var verdict = Verdict(false, "the official code raises \(error) here and stops the evaluation; counted as not followed")
        verdict.officialCodeRaises = true
        return verdict
    }
}

/// What a check may use besides the text.
public struct VerificationContext: Sendable {
    public var analyzers: TextAnalyzers
    /// The backtracking budget shared by the kwargs pattern searches of the prompt being
    /// checked (set by `Evaluator` for each prompt; nil: each search its own budget).
    public var regexBudget: RegexSearchBudget?
    public init(analyzers: TextAnalyzers) { self.analyzers = analyzers }
}

/// An example carried by a verifier: arguments as a JSON object, a response, and whether
/// the official checker says it is followed.
public struct VerifierExample: Sendable {
    public let kwargs: String
    public let prompt: String
    public let response: String
    public let followed: Bool
    public init(kwargs: String = "{}", prompt: String = "", _ response: String, followed: Bool) {
        self.kwargs = kwargs
        self.prompt = prompt
        self.response = response
        self.followed = followed
    }

    public static func followed(_ response: String, kwargs: String = "{}", prompt: String = "") -> VerifierExample {
        VerifierExample(kwargs: kwargs, prompt: prompt, response, followed: true)
    }

    public static func notFollowed(_ response: String, kwargs: String = "{}", prompt: String = "") -> VerifierExample {
        VerifierExample(kwargs: kwargs, prompt: prompt, response, followed: false)
    }
}
