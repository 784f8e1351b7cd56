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
        // A name given twice keeps its last value, as Python's json.loads does, before
        // the filter (`{"num_words": 5, "num_words": 0}` has no num_words).
        var values: [String: JSONValue] = [:]
        for (name, value) in kwargs { values[name] = value }
        self.values = values.filter { policy.keeps($0.value) }
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

    /// The error for an integer (or a float with an integral value) beyond the range of
    /// `Int`, which says so and gives the range (Python's integers have no bound, but no
    /// count or index in a response comes near it); nil for any other value.
    func outOfRange(_ name: String, _ value: JSONValue, from lowest: Int = Int.min) -> InstructionError? {
        guard case let .number(number) = value, number.intValue == nil, let double = number.doubleValue, double.isFinite,
              double.rounded() == double else { return nil }
        return error("argument '\(name)' is \(number.text), out of range: it must be an integer from \(lowest) to \(Int.max)")
    }

    // The accessors behind the declared arguments (`InstructionArgument.count(...)` and the others);
    // verifiers read `arguments[Self.argument]` so that each name is written once.

    /// A non-negative integer argument. `0` counts as missing, as in the official code.
    func count(_ name: String) throws(InstructionError) -> Int {
        guard let value = values[name] else { throw missing(name) }
        guard case let .number(number) = value, let int = number.intValue else {
            if case let .bool(b) = value, b { return 1 }  // Python's True is the integer 1.
            throw outOfRange(name, value, from: 0) ?? error("argument '\(name)' must be an integer, not \(value.typeName)")
        }
        guard int >= 0 else {
            throw error("argument '\(name)' must not be negative (the official code would pick a random value)")
        }
        return int
    }

    /// A number the official code compares a count with (`count < n`, `count >= n`,
    /// `count == n`): any JSON number, as Python compares an int with an int or a float
    /// (a prompt set that went through pandas has `3.0` where it had `3`). A negative one
    /// counts as missing where the official code draws a random value for it
    /// (`allowsNegative` is for `capital_frequency`, which the official code keeps).
    func threshold(_ name: String, allowsNegative: Bool = false) throws(InstructionError) -> Threshold {
        guard let value = values[name] else { throw missing(name) }
        let threshold: Threshold
        switch value {
        case let .bool(b) where b: threshold = Threshold(1)  // Python's True is the integer 1.
        case let .number(number):
            guard let double = number.doubleValue else { throw error("argument '\(name)' must be a number") }
            threshold = Threshold(double, text: number.intValue.map(String.init) ?? number.text)
        default:
            throw error("argument '\(name)' must be an integer, not \(value.typeName)")
        }
        if threshold.value < 0 && !allowsNegative {
            throw error("argument '\(name)' must not be negative (the official code would pick a random value)")
        }
        return threshold
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

/// A number a count is compared with, as Python compares an `int` with an `int` or a
/// `float` (counts are far below 2^53, so comparing as `Double` is exact).
public struct Threshold: Sendable, Equatable, CustomStringConvertible {
    public let value: Double
    /// How reasons show it: the integer for integral values, else the JSON literal.
    public let description: String

    public init(_ value: Int) {
        self.value = Double(value)
        description = String(value)
    }

    init(_ value: Double, text: String) {
        self.value = value
        description = text
    }

    public static func < (count: Int, threshold: Threshold) -> Bool { Double(count) < threshold.value }
    public static func >= (count: Int, threshold: Threshold) -> Bool { Double(count) >= threshold.value }
    public static func == (count: Int, threshold: Threshold) -> Bool { Double(count) == threshold.value }
    public static func != (count: Int, threshold: Threshold) -> Bool { !(count == threshold) }
}

/// The two comparisons the official instructions support.
public enum ComparisonRelation: String, Sendable, CaseIterable {
    case lessThan = "less than"
    case atLeast = "at least"

    public func holds(_ count: Int, _ threshold: Threshold) -> Bool {
        switch self {
        case .lessThan: return count < threshold
        case .atLeast: return count >= threshold
        }
    }

    public func holds(_ count: Int, _ threshold: Int) -> Bool { holds(count, Threshold(threshold)) }

    /// "fewer than 5" / "at least 5", for reasons.
    public func describe(_ threshold: some CustomStringConvertible) -> String {
        switch self {
        case .lessThan: return "fewer than \(threshold)"
        case .atLeast: return "at least \(threshold)"
        }
    }
}
