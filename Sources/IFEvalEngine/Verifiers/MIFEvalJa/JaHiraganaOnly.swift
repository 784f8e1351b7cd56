/// `ja:letters:hiragana_only`: every letter (Unicode category L*, CPython 3.11's tables)
/// is a hiragana from `ぁ` to `ん` (U+3041...U+3093) or the long-vowel mark `ー`; digits,
/// punctuation, symbols, marks and white space are ignored.
struct JaHiraganaOnly: Verifier {
    static let description = InstructionDescription(
        id: "ja:letters:hiragana_only", suite: "mifeval-ja",
        summary: "Only hiragana letters (ぁ...ん, ー); non-letters allowed.",
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        if let c = response.unicodeScalars.first(where: { !(JaScript.isHiraganaThroughN($0) || $0 == "ー" || JaScript.isIgnorable($0)) }) {
            return .notFollowed("contains the letter \(JaScript.describe(c)), which is not hiragana")
        }
        return .followed("every letter is hiragana")
    }

    static let examples: [VerifierExample] = [
        .followed("きょうは　いい　てんきです！ 123"),
        .notFollowed("きょうは天気です"),
        .notFollowed("ゔぁいおりん"),
        .notFollowed("ABCです"),
    ]
}
