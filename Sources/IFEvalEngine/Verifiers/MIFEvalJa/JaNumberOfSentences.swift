/// `ja:length_constraints:number_sentences`: the number of sentences ja_sentence_segmenter
/// 0.0.2's pipeline finds (`count_sentences`: neologd normalisation, lines, the `の` join,
/// split after `。!?` outside `「」` and `()`; see `JapaneseSentenceSegmenter`) is fewer
/// than / at least N.
struct JaNumberOfSentences: Verifier {
    static let numSentences = JaArgument.threshold("num_sentences")
    static let relation = JaArgument.relation("relation")
    static let description = InstructionDescription(
        id: "ja:length_constraints:number_sentences", suite: "mifeval-ja",
        summary: "Fewer than / at least N sentences (ja_sentence_segmenter).",
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
        let sentences = JapaneseSentenceSegmenter.sentences(response)
        var reason = "found \(Plural.count(sentences.count, "sentence")); expected \(relation.describeJapanese(threshold))"
        if let last = sentences.last { reason += "; the last is \(Quote.text(last, limit: 30))" }
        return Verdict(relation.holds(sentences.count, threshold), reason)
    }

    static let examples: [VerifierExample] = [
        .followed("今日は晴れです。明日は雨です！明後日は？", kwargs: #"{"num_sentences": 3, "relation": "以上"}"#),
        // Inside 「」 a 。 does not end a sentence.
        .notFollowed("「はい。そうです。」と彼は言った。", kwargs: #"{"num_sentences": 2, "relation": "以上"}"#),
        // A line ending in の is joined with the next.
        .followed("私の\n本です。", kwargs: #"{"num_sentences": 2, "relation": "未満"}"#),
        .notFollowed("一文目。\n二文目。", kwargs: #"{"num_sentences": 2, "relation": "未満"}"#),
    ]
}
