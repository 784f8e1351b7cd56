/// `words:last_first`: each sentence (`nltk.sent_tokenize`) after the first starts with the
/// word the previous sentence ended with (outer punctuation stripped, case-insensitive).
struct LastWordFirstNext: Verifier {
    static let description = InstructionDescription(
        id: "words:last_first", suite: "ifbench",
        summary: "Each sentence starts with the last word of the previous sentence.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let sentences = IFBenchText.sentences(response, context)
        for index in sentences.indices.dropLast() {
            let last = IFBenchText.fields(PythonString.rstrip(sentences[index], characters: PythonString.asciiPunctuationAndSpace)).last
            let first = IFBenchText.fields(PythonString.lstrip(sentences[index + 1], characters: PythonString.asciiPunctuationAndSpace)).first
            guard let last, let first else {
                return .notFollowed("sentence \(index + (last == nil ? 1 : 2)) has no words")
            }
            if !PythonString.identical(PythonString.lower(last), PythonString.lower(first)) {
                return .notFollowed("sentence \(index + 1) ends with \(IFBenchText.quote(last, limit: 25)) but sentence \(index + 2) starts with \(IFBenchText.quote(first, limit: 25))")
            }
        }
        return .followed("each of the \(Plural.count(sentences.count, "sentence")) starts with the previous one's last word")
    }

    static let examples: [VerifierExample] = [
        .followed("I like the sea. Sea water is cold."),
        .notFollowed("I like the sea. Water is cold."),
    ]
}
