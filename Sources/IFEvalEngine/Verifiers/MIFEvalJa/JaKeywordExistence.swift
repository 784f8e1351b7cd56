/// `ja:keywords:existence`: every keyword is the surface of some token of janome 0.5.0's
/// default tokenizer (`JanomeTokenizer`), compared code point by code point: a keyword
/// that janome splits, or that sits inside a longer token, is not found.
struct JaKeywordExistence: Verifier {
    static let keywords = JaArgument.wordList("keywords")
    static let description = InstructionDescription(
        id: "ja:keywords:existence", suite: "mifeval-ja",
        summary: "Each keyword occurs as a whole token (janome's morphology).",
        arguments: [keywords],
        examples: examples
    )

    let keywords: [String]

    init(arguments: InstructionArguments) throws(InstructionError) {
        keywords = try arguments[Self.keywords].sorted(by: PythonOrdering.lessThan)
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let surfaces = Set(JanomeTokenizer.tokenize(response).map { CodePointKey($0.surface) })
        let missing = keywords.filter { !surfaces.contains(CodePointKey($0)) }
        if missing.isEmpty { return .followed("every keyword is a token: \(Quote.list(keywords))") }
        return .notFollowed("no token \(Quote.list(missing)) (janome's tokens; a keyword inside a longer word does not count)")
    }

    static let examples: [VerifierExample] = [
        .followed("猫が好きです。", kwargs: #"{"keywords": ["猫"]}"#),
        .notFollowed("犬が好きです。", kwargs: #"{"keywords": ["猫"]}"#),
    ]
}
