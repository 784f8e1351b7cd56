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

    /// Builds the verifiers; `patterns` shares compiled keyword patterns between prompts.
    public init(_ record: PromptRecord, patterns: PythonRegexCache? = nil) throws(InstructionError) {
        var verifiers: [any Verifier] = []
        for (index, id) in record.instructionIDs.enumerated() {
            let kwargs = index < record.kwargs.count ? record.kwargs[index] : []
            verifiers.append(try InstructionRegistry.makeVerifier(id: id, kwargs: kwargs, prompt: record.prompt, patterns: patterns))
        }
        key = record.key
        prompt = record.prompt
        instructionIDs = verifiers.map { type(of: $0).id }
        self.verifiers = verifiers
    }
}
