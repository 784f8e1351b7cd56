/// `custom:sentence_alphabet`: 26 sentences (`nltk.sent_tokenize`), the i-th starting with
/// the i-th letter of the alphabet (case-insensitive).
struct SentenceAlphabet: Verifier {
    static let description = InstructionDescription(
        id: "custom:sentence_alphabet", suite: "ifbench",
        summary: "26 sentences, starting with the letters a to z in order.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let sentences = IFBenchText.sentences(response, context)
        guard sentences.count == 26 else { return .notFollowed("\(Plural.count(sentences.count, "sentence")), expected 26") }
        for (index, sentence) in sentences.enumerated() {
            let expected = Unicode.Scalar(UInt8(97 + index))
            guard let first = IFBenchText.fields(sentence).first else {
                return .notFollowed("sentence \(index + 1) has no words")
            }
            if PythonString.lower(first).unicodeScalars.first != Unicode.Scalar(expected) {
                return .notFollowed("sentence \(index + 1) starts with \(IFBenchText.quote(first, limit: 25)), expected the letter \"\(Character(expected))\"")
            }
        }
        return .followed("26 sentences starting with a to z")
    }

    static let examples: [VerifierExample] = [
        .followed((0..<26).map { "\(String(UnicodeScalar(UInt8(65 + $0))))x is here." }.joined(separator: " ")),
        .notFollowed((0..<26).map { "\(String(UnicodeScalar(UInt8(90 - $0))))x is here." }.joined(separator: " ")),
        .notFollowed("A cat. Bees buzz."),
    ]
}
