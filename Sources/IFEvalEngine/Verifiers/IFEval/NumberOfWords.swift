/// `length_constraints:number_words`: the number of `\w+` runs is below / at least N
/// (`\w` as the suite's NLTK compiles it: the `regex` module's in IFEval, `re`'s in IFBench).
struct NumberOfWords: Verifier {
    static let numWords = InstructionArgument.threshold("num_words", promptStates: .number)
    static let relation = InstructionArgument.relation("relation")
    static let description = InstructionDescription(
        id: "length_constraints:number_words", suite: "ifeval",
        summary: "Fewer than / at least N words.",
        arguments: [numWords, relation],
        looseVariants: .failureIsFinal(when: "relation is \"at least\""),
        examples: examples
    )

    let threshold: Threshold
    let relation: ComparisonRelation

    init(arguments: InstructionArguments) throws(InstructionError) {
        threshold = try arguments[Self.numWords]
        relation = try arguments[Self.relation]
    }

    /// Removing lines keeps a part of the text, whose `\w` runs each lie in a distinct
    /// run of the whole; removing `*` (not `\w`) can only join runs. So the count only
    /// shrinks, and an "at least" count that fails fails on every loose variant.
    var variantsFailWhenResponseFails: Bool { relation == .atLeast }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found = context.analyzers.wordCounter.countWords(in: response)
        return Verdict(relation.holds(found, threshold),
                       "found \(Plural.count(found, "word")), expected \(relation.describe(threshold))")
    }

    static let examples: [VerifierExample] = [
        .followed("It's a well-known fact: 3.14 is pi.", kwargs: #"{"num_words": 10, "relation": "at least"}"#),
        .notFollowed("It's a well-known fact: 3.14 is pi.", kwargs: #"{"num_words": 11, "relation": "at least"}"#),
        .followed("naïve café", kwargs: #"{"num_words": 3, "relation": "less than"}"#),
        // nltk counts with the regex module, whose \w takes combining marks: one word.
        .followed("nai\u{308}ve", kwargs: #"{"num_words": 2, "relation": "less than"}"#),
        .followed("x² ½", kwargs: #"{"num_words": 2, "relation": "less than"}"#),
        .notFollowed("x y ½", kwargs: #"{"num_words": 2, "relation": "less than"}"#),
    ]
}
