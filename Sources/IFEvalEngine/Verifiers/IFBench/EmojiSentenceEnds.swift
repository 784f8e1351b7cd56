/// `format:emoji`: an emoji at the end of every sentence (`nltk.sent_tokenize`). As the
/// official checker: with ASCII punctuation removed and the sentence stripped, its last or
/// second-to-last character is an emoji (emoji 2.15.0's `is_emoji`), or else the next
/// sentence starts with one; a sentence left empty fails; no sentences at all is followed.
struct EmojiSentenceEnds: Verifier {
    static let description = InstructionDescription(
        id: "format:emoji", suite: "ifbench",
        summary: "An emoji at the end of every sentence.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    private static func cleaned(_ sentence: String) -> [Unicode.Scalar] {
        Array(PythonString.strip(IFBenchText.removingPunctuation(sentence)).unicodeScalars)
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let sentences = IFBenchText.sentences(response, context)
        for (i, sentence) in sentences.enumerated() {
            let stripped = Self.cleaned(sentence)
            guard let last = stripped.last else {
                return .notFollowed("sentence \(i + 1) \(IFBenchText.quote(sentence, limit: 40)) is empty without punctuation")
            }
            let secondLast = stripped.count > 1 ? stripped[stripped.count - 2] : last
            if EmojiTable.isEmoji(last) || EmojiTable.isEmoji(secondLast) { continue }
            guard i < sentences.count - 1 else {
                return .notFollowed("the last sentence \(IFBenchText.quote(sentence, limit: 40)) does not end with an emoji")
            }
            let next = Self.cleaned(sentences[i + 1])
            guard let first = next.first else {
                return .notFollowed("sentence \(i + 2) \(IFBenchText.quote(sentences[i + 1], limit: 40)) is empty without punctuation")
            }
            if !EmojiTable.isEmoji(first) {
                return .notFollowed("sentence \(i + 1) \(IFBenchText.quote(sentence, limit: 40)) does not end with an emoji, nor does the next one start with one")
            }
        }
        return .followed("each of the \(Plural.count(sentences.count, "sentence")) ends with an emoji (or the next starts with one)")
    }

    static let examples: [VerifierExample] = [
        .followed("I love the sea 🌊. The sun is out ☀️!"),
        .notFollowed("I love the sea 🌊. The sun is out."),
    ]
}
