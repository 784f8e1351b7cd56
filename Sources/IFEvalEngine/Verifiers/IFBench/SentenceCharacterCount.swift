/// `ratio:sentence_words`: exactly three sentences (`nltk.sent_tokenize`) of the same
/// length in characters (code points, white space stripped). The official check does not
/// look at the words, though the instruction asks for all different ones.
struct SentenceCharacterCount: Verifier {
    static let description = InstructionDescription(
        id: "ratio:sentence_words", suite: "ifbench",
        summary: "Three sentences with the same number of characters (and all different words, which is not checked).",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let sentences = IFBenchText.sentences(response, context)
        guard sentences.count == 3 else { return .notFollowed("\(Plural.count(sentences.count, "sentence")), expected 3") }
        let lengths = sentences.map { PythonString.length(PythonString.strip($0)) }
        return Verdict(lengths.allSatisfy { $0 == lengths[0] },
                       "sentence lengths \(lengths.map(String.init).joined(separator: ", ")) characters, expected all equal")
    }

    static let examples: [VerifierExample] = [
        .followed("Cats nap. Dogs run. Owls fly."),
        .notFollowed("Cats nap. Dogs run far. Owls fly."),
        .notFollowed("Cats nap. Dogs run."),
    ]
}
