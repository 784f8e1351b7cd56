/// One argument (kwarg) of an instruction type, as people and the validator read it.
public struct ArgumentDescription: Sendable, Equatable {
    /// What values the argument takes.
    public enum Kind: String, Sendable, Equatable {
        /// A non-negative integer (Python's `True` reads as 1).
        case count = "int count"
        /// A number (integer or not).
        case number
        case string
        case stringList = "string list"
        /// `"less than"` or `"at least"`.
        case relation
        /// A language code as langdetect returns it (`fr`, `zh-cn`).
        case languageCode = "language code"
        /// One letter.
        case letter
    }

    public let name: String
    public let kind: Kind
    /// False when the type has a documented fallback for a missing value.
    public let isRequired: Bool
    /// The values allowed, when there is a closed list (relations).
    public let allowedValues: [String]?
    /// The valid range of a count or number, when bounded.
    public let minimum: Int?
    public let maximum: Int?
    /// What the prompt must state about the argument.
    public let promptStates: PromptMention
    /// Anything else a user needs to know (a fallback, a quirk), or nil.
    public let note: String?

    public init(name: String, kind: Kind, isRequired: Bool = true, allowedValues: [String]? = nil, minimum: Int? = nil,
                maximum: Int? = nil, promptStates: PromptMention = .nothing, note: String? = nil) {
        self.name = name
        self.kind = kind
        self.isRequired = isRequired
        self.allowedValues = allowedValues
        self.minimum = minimum
        self.maximum = maximum
        self.promptStates = promptStates
        self.note = note
    }

    /// `num_words (int count >= 0, required)`, for listings.
    public var summary: String {
        var parts: [String] = []
        if let allowedValues {
            parts.append(allowedValues.map { "\"\($0)\"" }.joined(separator: " or "))
        } else {
            var kindText = kind.rawValue
            switch (minimum, maximum) {
            case let (min?, max?): kindText += " \(min)...\(max)"
            case let (min?, nil): kindText += " >= \(min)"
            case let (nil, max?): kindText += " <= \(max)"
            case (nil, nil): break
            }
            parts.append(kindText)
        }
        parts.append(isRequired ? "required" : "optional")
        if let note { parts.append(note) }
        return "\(name) (\(parts.joined(separator: ", ")))"
    }
}

/// An argument declaration a description can list (`InstructionArgument<Value>` of any value type).
public protocol DeclaredArgument: Sendable {
    var argumentDescription: ArgumentDescription { get }
}

/// A declared argument that also knows how to decode its value from the kwargs: a type
/// declares each argument once, as a static constant, lists it in its description, and
/// reads it in `init(arguments:)` with `try arguments[Self.someArgument]`.
public struct InstructionArgument<Value>: DeclaredArgument {
    public let argumentDescription: ArgumentDescription
    let decode: @Sendable (InstructionArguments, String) throws(InstructionError) -> Value

    /// An argument with its own decoding (for types whose errors or fallbacks differ from
    /// the standard accessors').
    public init(_ description: ArgumentDescription,
                decode: @escaping @Sendable (InstructionArguments, _ name: String) throws(InstructionError) -> Value) {
        self.argumentDescription = description
        self.decode = decode
    }

    public var name: String { argumentDescription.name }
}

extension InstructionArgument where Value == Int {
    /// A non-negative integer; missing or negative is an error (the official code would
    /// draw a random value). Under IFEval's kwargs policy a `0` is dropped, so missing.
    public static func count(_ name: String, promptStates: PromptMention = .nothing, note: String? = nil) -> InstructionArgument {
        InstructionArgument(ArgumentDescription(name: name, kind: .count, minimum: 0, promptStates: promptStates, note: note)) {
            arguments, name throws(InstructionError) in
            try arguments.count(name)
        }
    }
}

extension InstructionArgument where Value == Threshold {
    /// A number a count is compared with (`count < n`, `count >= n`, `count == n`): any
    /// JSON number, as Python compares an int with an int or a float (`3.0` from a prompt
    /// set that went through pandas). Missing, or negative unless `allowsNegative`, is an
    /// error (the official code would draw a random value).
    public static func threshold(_ name: String, allowsNegative: Bool = false, promptStates: PromptMention = .nothing,
                                 note: String? = nil) -> InstructionArgument {
        InstructionArgument(ArgumentDescription(name: name, kind: .number, minimum: allowsNegative ? nil : 0,
                                                promptStates: promptStates, note: note)) {
            arguments, name throws(InstructionError) in
            try arguments.threshold(name, allowsNegative: allowsNegative)
        }
    }
}

extension InstructionArgument where Value == String {
    public static func string(_ name: String, promptStates: PromptMention = .nothing, note: String? = nil) -> InstructionArgument {
        InstructionArgument(ArgumentDescription(name: name, kind: .string, promptStates: promptStates, note: note)) { arguments, name throws(InstructionError) in
            try arguments.string(name)
        }
    }

    /// A langdetect language code, read as a string.
    public static func languageCode(_ name: String, promptStates: PromptMention = .languageName) -> InstructionArgument {
        InstructionArgument(ArgumentDescription(name: name, kind: .languageCode, promptStates: promptStates)) { arguments, name throws(InstructionError) in
            try arguments.string(name)
        }
    }
}

extension InstructionArgument where Value == [String] {
    public static func stringList(_ name: String, promptStates: PromptMention = .nothing, note: String? = nil) -> InstructionArgument {
        InstructionArgument(ArgumentDescription(name: name, kind: .stringList, promptStates: promptStates, note: note)) { arguments, name throws(InstructionError) in
            try arguments.stringList(name)
        }
    }
}

extension InstructionArgument where Value == ComparisonRelation {
    public static func relation(_ name: String) -> InstructionArgument {
        InstructionArgument(ArgumentDescription(name: name, kind: .relation, allowedValues: ComparisonRelation.allCases.map(\.rawValue))) {
            arguments, name throws(InstructionError) in
            try arguments.relation(name)
        }
    }
}

extension InstructionArguments {
    /// The value of a declared argument, decoded as its declaration says.
    public subscript<Value>(_ argument: InstructionArgument<Value>) -> Value {
        get throws(InstructionError) { try argument.decode(self, argument.name) }
    }

    /// The raw value of a declared argument (after the suite's kwargs policy), or nil.
    public func rawValue(_ argument: some DeclaredArgument) -> JSONValue? {
        values[argument.argumentDescription.name]
    }
}
