/// `ja:keywords:forbidden_words`: no token of janome 0.5.0's default tokenizer
/// (`JanomeTokenizer`) has a forbidden word as its surface (code point by code point); a
/// forbidden word inside a longer token is allowed.
struct JaForbiddenWords: Verifier {
    static let forbiddenWords = JaArgument.wordList("forbidden_words")
    static let description = InstructionDescription(
        id: "ja:keywords:forbidden_words", suite: "mifeval-ja",
        summary: "None of the words occurs as a whole token (janome's morphology).",
        arguments: [forbiddenWords],
        examples: examples
    )

    let words: [String]

    init(arguments: InstructionArguments) throws(InstructionError) {
        words = PythonOrdering.sortedUnique(try arguments[Self.forbiddenWords])
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let surfaces = Set(JanomeTokenizer.tokenize(response).map { CodePointKey($0.surface) })
        if let word = words.first(where: { surfaces.contains(CodePointKey($0)) }) {
            return .notFollowed("the forbidden word \(Quote.text(word)) is a token of the response")
        }
        return .followed("none of \(Quote.list(words)) is a token of the response")
    }

    static let examples: [VerifierExample] = [
        .followed("犬が好きです。", kwargs: #"{"forbidden_words": ["猫"]}"#),
        .notFollowed("猫が好きです。", kwargs: #"{"forbidden_words": ["猫"]}"#),
    ]
}
