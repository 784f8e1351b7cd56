/// `ja:letters:kanji`: the number of kanji (`[\u4e00-\u9faf]`, code points) is fewer than
/// / at least N.
struct JaKanjiLimit: Verifier {
    static let kanjiLimit = JaArgument.threshold("kanji_limit")
    static let relation = JaArgument.relation("relation")
    static let description = InstructionDescription(
        id: "ja:letters:kanji", suite: "mifeval-ja",
        summary: "Fewer than / at least N kanji.",
        arguments: [kanjiLimit, relation],
        examples: examples
    )

    let threshold: Threshold
    let relation: ComparisonRelation

    init(arguments: InstructionArguments) throws(InstructionError) {
        threshold = try arguments[Self.kanjiLimit]
        relation = try arguments[Self.relation]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let count = response.unicodeScalars.count(where: JaScript.isKanji)
        return Verdict(relation.holds(count, threshold), "found \(Plural.count(count, "kanji", "kanji")); expected \(relation.describeJapanese(threshold))")
    }

    static let examples: [VerifierExample] = [
        .followed("日本語の文章", kwargs: #"{"kanji_limit": 4, "relation": "以上"}"#),
        .notFollowed("日本語の文章", kwargs: #"{"kanji_limit": 4, "relation": "未満"}"#),
        // 々 (U+3005) is no kanji to [\u4e00-\u9faf].
        .followed("人々", kwargs: #"{"kanji_limit": 2, "relation": "未満"}"#),
    ]
}
