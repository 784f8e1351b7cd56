/// Everything about one instruction type except the check itself, written once in the
/// type's file (in the spirit of SwiftLint's `RuleDescription`): what it checks, its
/// arguments, what a prompt must state, which ids it cannot share a prompt with, how it
/// behaves on the loose variants, and examples. The registry, the prompt-set validator,
/// `ifeval instructions` and the generic tests all read it; nothing else lists types.
public struct InstructionDescription: Sendable {
    /// The instruction id as prompt sets spell it, such as `"punctuation:no_comma"`.
    public let id: String
    /// The name of the suite (benchmark) the type belongs to, such as `"ifeval"`.
    public let suite: String
    /// One line for people: what a response must do.
    public let summary: String
    /// The arguments (kwargs) the type accepts, in the order it documents them.
    public let arguments: [ArgumentDescription]
    /// Ids that may not share a prompt with this one. The relation is symmetric: a pair
    /// is declared on either side (once).
    public let conflicts: [String]
    /// Set for instructions that shape the whole answer (a JSON object, two answers, ...):
    /// the only ids they may share a prompt with. Nil: no such restriction.
    public let combinesOnlyWith: [String]?
    /// Whether a response that fails can pass on a loose variant.
    public let looseVariants: LooseVariantClaim
    /// Responses written for this project, with the verdict the official checker gives.
    /// One generic test runs them all; `ifeval instructions --json` prints them.
    public let examples: [VerifierExample]

    public init(id: String, suite: String, summary: String, arguments: [any DeclaredArgument] = [],
                conflicts: [String] = [], combinesOnlyWith: [String]? = nil,
                looseVariants: LooseVariantClaim = .checked, examples: [VerifierExample]) {
        self.id = id
        self.suite = suite
        self.summary = summary
        self.arguments = arguments.map(\.argumentDescription)
        self.conflicts = conflicts
        self.combinesOnlyWith = combinesOnlyWith
        self.looseVariants = looseVariants
        self.examples = examples
    }

    /// The argument names, in declaration order.
    public var argumentNames: [String] { arguments.map(\.name) }

    public func argument(named name: String) -> ArgumentDescription? {
        arguments.first { $0.name == name }
    }
}

/// How an instruction type behaves on the official loose variants (the response without
/// `*`, without its first and/or last line).
public enum LooseVariantClaim: Sendable, Equatable {
    /// Every variant is checked when the response fails (the default).
    case checked
    /// A response that fails fails on every variant, because what the check counts can
    /// only shrink when lines or `*` are removed; the evaluator skips the variants. With a
    /// condition (such as `relation is "at least"`), the verifier's
    /// `variantsFailWhenResponseFails` says when it holds. A property test checks the
    /// claim on random texts for every type that makes it.
    case failureIsFinal(when: String? = nil)
    /// A text that fails fails on every part of it that white space (or the text's ends)
    /// bounds, because what the check looks for can only be lost in a part; removing `*`
    /// may still help. Every loose variant is such a part of the response or of the
    /// response without `*`, so when the response fails the evaluator checks only the
    /// response without `*` (the official loop's next text). Such a check never raises.
    case failureIsFinalOnParts

    public var isClaimed: Bool { self != .checked }
}

/// What a prompt must state for a model to be able to follow an argument (checked by
/// `ifeval prompts --validate`): "at least 3 bullet points", "include 'harbor'".
public enum PromptMention: Sendable, Equatable {
    /// Nothing (a relation, an argument the check does not depend on).
    case nothing
    /// The integer, as digits (also `1,000`) or, below 1000, in English words.
    case number
    /// The integer as a number or an ordinal ("2nd", "second").
    case numberOrOrdinal
    /// The phrase (each phrase of a list), stripped, case-insensitively; `noun` names it in
    /// messages (default: the argument name).
    case phrase(noun: String? = nil)
    /// The letter, case-insensitively.
    case letter
    /// The English name of the language whose langdetect code the argument gives.
    case languageName
    /// The text itself, exactly (the prompt to repeat).
    case verbatim
}
