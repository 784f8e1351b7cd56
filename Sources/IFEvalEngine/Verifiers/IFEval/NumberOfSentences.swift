/// `length_constraints:number_sentences`: the Punkt sentence count is below / at least N.
struct NumberOfSentences: Verifier {
    static let numSentences = InstructionArgument.threshold("num_sentences", promptStates: .number)
    static let relation = InstructionArgument.relation("relation")
    static let description = InstructionDescription(
        id: "length_constraints:number_sentences", suite: "ifeval",
        summary: "Fewer than / at least N sentences (NLTK Punkt).",
        arguments: [numSentences, relation],
        examples: examples
    )

    let threshold: Threshold
    let relation: ComparisonRelation

    init(arguments: InstructionArguments) throws(InstructionError) {
        threshold = try arguments[Self.numSentences]
        relation = try arguments[Self.relation]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found = context.analyzers.sentenceCounter.countSentences(in: response)
        return Verdict(relation.holds(found, threshold),
                       "found \(Plural.count(found, "sentence")), expected \(relation.describe(threshold))")
    }

    static let examples: [VerifierExample] = [
        .followed("One. Two. Three.", kwargs: #"{"num_sentences": 3, "relation": "at least"}"#),
        .notFollowed("One. Two.", kwargs: #"{"num_sentences": 3, "relation": "at least"}"#),
        .followed("Dr. Smith met Mr. Jones at 5 p.m. today.", kwargs: #"{"num_sentences": 2, "relation": "less than"}"#),
    ]
}
