/// `ja:length_constraints:number_letters`: `len(response)` (code points, white space and
/// line breaks included) is fewer than / at least N.
struct JaNumberOfLetters: Verifier {
    static let numLetters = JaArgument.threshold("num_letters")
    static let relation = JaArgument.relation("relation")
    static let description = InstructionDescription(
        id: "ja:length_constraints:number_letters", suite: "mifeval-ja",
        summary: "Fewer than / at least N characters (code points).",
        arguments: [numLetters, relation],
        examples: examples
    )

    let threshold: Threshold
    let relation: ComparisonRelation

    init(arguments: InstructionArguments) throws(InstructionError) {
        threshold = try arguments[Self.numLetters]
        relation = try arguments[Self.relation]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let count = response.unicodeScalars.count
        return Verdict(relation.holds(count, threshold), "the response is \(Plural.count(count, "character")) long (code points); expected \(relation.describeJapanese(threshold))")
    }

    static let examples: [VerifierExample] = [
        .followed("こんにちは", kwargs: #"{"num_letters": 5, "relation": "以上"}"#),
        .notFollowed("こんにちは", kwargs: #"{"num_letters": 5, "relation": "未満"}"#),
        // "が" written as か + U+3099 is two code points.
        .followed("か\u{3099}", kwargs: #"{"num_letters": 2, "relation": "以上"}"#),
        .notFollowed("がっこう", kwargs: #"{"num_letters": 10, "relation": "以上"}"#),
    ]
}
