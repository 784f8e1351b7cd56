/// `change_case:capital_word_frequency`: the number of `nltk.word_tokenize` tokens for
/// which `str.isupper()` holds is below / at least N.
struct CapitalWordFrequency: Verifier {
    static let capitalFrequency = InstructionArgument.threshold("capital_frequency", allowsNegative: true, promptStates: .number)
    static let capitalRelation = InstructionArgument.relation("capital_relation")
    static let description = InstructionDescription(
        id: "change_case:capital_word_frequency", suite: "ifeval",
        summary: "Fewer than / at least N words in all capital letters.",
        arguments: [capitalFrequency, capitalRelation],
        conflicts: ["change_case:english_lowercase", "change_case:english_capital"],
        examples: examples
    )

    let threshold: Threshold
    let relation: ComparisonRelation

    init(arguments: InstructionArguments) throws(InstructionError) {
        threshold = try arguments[Self.capitalFrequency]
        relation = try arguments[Self.capitalRelation]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found = context.analyzers.wordTokenizer.countUppercaseWords(in: response)
        return Verdict(relation.holds(found, threshold),
                       "found \(Plural.count(found, "all-capital word")), expected \(relation.describe(threshold))")
    }

    static let examples: [VerifierExample] = [
        .followed("The NASA and ESA teams met the UN.", kwargs: #"{"capital_frequency": 3, "capital_relation": "at least"}"#),
        .notFollowed("The NASA team met.", kwargs: #"{"capital_frequency": 2, "capital_relation": "at least"}"#),
        .followed("I think so.", kwargs: #"{"capital_frequency": 2, "capital_relation": "less than"}"#),
    ]
}
