/// The kwargs of one instruction, read the way the official `build_description` reads
/// them, with clear errors where the official code would pick a random value or fail.
public struct InstructionArguments: Sendable {
    public let instructionID: String
    /// The kwargs the suite's policy keeps (IFEval's official filter is
    /// `{k: v for k, v in kwargs.items() if v}`).
    public let values: [String: JSONValue]
    /// The prompt text, for instructions that refer to it.
    public let prompt: String
    /// Where compiled patterns are shared between prompts (nil: compile each time).
    let patterns: PythonRegexCache?

    public init(instructionID: String, kwargs: [(String, JSONValue)], prompt: String, policy: KwargsPolicy = .dropFalsy,
                patterns: PythonRegexCache? = nil) {
        self.instructionID = instructionID
        self.patterns = patterns
        var values: [String: JSONValue] = [:]
        for (name, value) in kwargs where policy.keeps(value) { values[name] = value }
        self.values = values
        self.prompt = prompt
    }

    /// An error about this instruction, for checks `init(arguments:)` makes itself.
    public func error(_ message: String) -> InstructionError {
        InstructionError(instructionID: instructionID, message: message)
    }

    /// A required argument that the official code would otherwise draw at random.
    func missing(_ name: String) -> InstructionError {
        error("missing argument '\(name)' (the official code would pick a random value, so results would not be reproducible)")
    }

    // The accessors behind the declared arguments (`InstructionArgument.count(...)` and the others);
    // verifiers read `arguments[Self.argument]` so that each name is written once.

    /// A non-negative integer argument. `0` counts as missing, as in the official code.
    func count(_ name: String) throws(InstructionError) -> Int {
        guard let value = values[name] else { throw missing(name) }
        guard case let .number(number) = value, let int = number.intValue else {
            if case let .bool(b) = value, b { return 1 }  // Python's True is the integer 1.
            throw error("argument '\(name)' must be an integer, not \(value.typeName)")
        }
        guard int >= 0 else {
            throw error("argument '\(name)' must not be negative (the official code would pick a random value)")
        }
        return int
    }

    func string(_ name: String) throws(InstructionError) -> String {
        guard let value = values[name] else { throw missing(name) }
        guard let string = value.stringValue else {
            throw error("argument '\(name)' must be a string, not \(value.typeName)")
        }
        return string
    }

    func stringList(_ name: String) throws(InstructionError) -> [String] {
        guard let value = values[name] else { throw missing(name) }
        guard let array = value.arrayValue else {
            throw error("argument '\(name)' must be a list of strings, not \(value.typeName)")
        }
        var strings: [String] = []
        for element in array {
            guard let string = element.stringValue else {
                throw error("argument '\(name)' must be a list of strings; it holds \(element.typeName)")
            }
            strings.append(string)
        }
        return strings
    }

    func relation(_ name: String) throws(InstructionError) -> ComparisonRelation {
        let text = try string(name)
        guard let relation = ComparisonRelation(rawValue: text) else {
            throw error("argument '\(name)' must be \"less than\" or \"at least\", not \"\(text)\"")
        }
        return relation
    }
}

/// The two comparisons the official instructions support.
public enum ComparisonRelation: String, Sendable, CaseIterable {
    case lessThan = "less than"
    case atLeast = "at least"

    public func holds(_ count: Int, _ threshold: Int) -> Bool {
        switch self {
        case .lessThan: return count < threshold
        case .atLeast: return count >= threshold
        }
    }

    /// "fewer than 5" / "at least 5", for reasons.
    public func describe(_ threshold: Int) -> String {
        switch self {
        case .lessThan: return "fewer than \(threshold)"
        case .atLeast: return "at least \(threshold)"
        }
    }
}
