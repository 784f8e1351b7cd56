/// A prompt's identity as the prompt set gives it: an integer in the official set, a
/// string in some others.
public enum PromptKey: Sendable, Hashable, CustomStringConvertible, Comparable {
    case int(Int)
    case string(String)

    public var description: String {
        switch self {
        case let .int(i): return String(i)
        case let .string(s): return s
        }
    }

    /// A key as JSON gives it: an integer (or an integral number) or a string.
    public init?(_ value: JSONValue) {
        switch value {
        case let .number(n):
            guard let int = n.intValue else { return nil }
            self = .int(int)
        case let .string(s): self = .string(s)
        default: return nil
        }
    }

    public var jsonValue: JSONValue {
        switch self {
        case let .int(i): return .number(JSONNumber(i))
        case let .string(s): return .string(s)
        }
    }

    /// String keys compare code point by code point, as Python's do (Swift's `==` would
    /// equate "é" and "e\u{301}").
    public static func == (a: PromptKey, b: PromptKey) -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x == y
        case let (.string(x), .string(y)): return PythonString.identical(x, y)
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case let .int(i): hasher.combine(i)
        case let .string(s): hasher.combine(CodePointKey(s))
        }
    }

    public static func < (a: PromptKey, b: PromptKey) -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y
        case (.int, .string): return true
        case (.string, .int): return false
        case let (.string(x), .string(y)): return PythonOrdering.lessThan(x, y)
        }
    }
}

/// One prompt of a prompt set: its instructions with their kwargs.
public struct PromptRecord: Sendable {
    public var key: PromptKey
    public var prompt: String
    public var instructionIDs: [String]
    public var kwargs: [[(String, JSONValue)]]

    public init(key: PromptKey, prompt: String, instructionIDs: [String], kwargs: [[(String, JSONValue)]]) {
        self.key = key
        self.prompt = prompt
        self.instructionIDs = instructionIDs
        self.kwargs = kwargs
    }
}

/// A prompt with its verifiers built and validated, ready to check responses. Keeps
/// what scoring and result files need (not the kwargs, which live in the verifiers), so
/// that large prompt sets stay small in memory.
public struct PreparedPrompt: Sendable {
    public let key: PromptKey
    public let prompt: String
    /// The instruction ids, as the registry spells them (one shared string per id).
    public let instructionIDs: [String]
    public let verifiers: [any Verifier]
    /// The text analysis its suite checks with.
    public let textAnalysis: TextAnalysisFlavor

    /// Builds the verifiers with `suite`'s types and kwargs policy; `patterns` shares
    /// compiled keyword patterns between prompts.
    public init(_ record: PromptRecord, suite: Suite = .ifeval, patterns: PythonRegexCache? = nil) throws(InstructionError) {
        self.init(record, built: try VerifierCache.build(record, suite: suite, patterns: patterns), textAnalysis: suite.textAnalysis)
    }

    /// Takes the verifiers from `cache`, building them (with the cache's suites) only for
    /// an instruction list (ids and kwargs) it has not seen.
    public init(_ record: PromptRecord, cache: VerifierCache) throws(InstructionError) {
        let built = try cache.verifiers(for: record)
        self.init(record, built: built, textAnalysis: built.suite.textAnalysis)
    }

    private init(_ record: PromptRecord, built: VerifierCache.Built, textAnalysis: TextAnalysisFlavor) {
        self.textAnalysis = textAnalysis
        key = record.key
        prompt = record.prompt
        instructionIDs = built.instructionIDs
        verifiers = built.verifiers
    }
}
