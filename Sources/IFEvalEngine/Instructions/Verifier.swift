/// One official IFEval instruction type: it decodes and validates its own arguments
/// (the prompt set's `kwargs`), checks a response, and says why.
///
/// Adding an instruction type means one new file with a type conforming to this protocol
/// and one line in `InstructionRegistry.verifierTypes`.
public protocol Verifier: Sendable {
    /// The official instruction id, such as `"punctuation:no_comma"`.
    static var id: String { get }
    /// The argument names the official `build_description` accepts.
    static var argumentNames: [String] { get }
    /// Responses written for this project, with the verdict the official checker gives.
    /// One generic test runs them all.
    static var examples: [VerifierExample] { get }

    /// Builds the checker. `arguments` hold the kwargs without Python-falsy values (the
    /// official code drops `None`, `0`, `""`, `[]` before building).
    init(arguments: InstructionArguments) throws(InstructionError)

    /// Checks one response text (already chosen by the strict or loose flow).
    func check(_ response: String, context: VerificationContext) -> Verdict

    /// True when a response that fails cannot pass on any loose variant, because what
    /// the check counts can only shrink when lines or `*` are removed (an "at least"
    /// count of words, say); the evaluator then skips the variants. False by default.
    var variantsFailWhenResponseFails: Bool { get }
}

extension Verifier {
    public var variantsFailWhenResponseFails: Bool { false }
}

/// The outcome of one check, with a short reason a person can read.
public struct Verdict: Sendable, Equatable {
    public var followed: Bool
    public var reason: String

    public init(_ followed: Bool, _ reason: String) {
        self.followed = followed
        self.reason = reason
    }

    public static func followed(_ reason: String) -> Verdict { Verdict(true, reason) }
    public static func notFollowed(_ reason: String) -> Verdict { Verdict(false, reason) }
}

/// What a check may use besides the text.
public struct VerificationContext: Sendable {
    public var analyzers: TextAnalyzers
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
