/// `length_constraints:number_sentences`: the Punkt sentence count is below / at least N.
struct NumberOfSentences: Verifier {
    static let id = "length_constraints:number_sentences"
    static let argumentNames = ["num_sentences", "relation"]

    let threshold: Threshold
    let relation: ComparisonRelation

    init(arguments: InstructionArguments) throws(InstructionError) {
        threshold = try arguments.threshold("num_sentences")
        relation = try arguments.relation("relation")
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
