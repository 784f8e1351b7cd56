/// `words:start_verb`: the first `nltk.word_tokenize` token is tagged as a verb by
/// `nltk.pos_tag` (its tag contains "VB").
struct StartWithVerb: Verifier {
    static let description = InstructionDescription(
        id: "words:start_verb", suite: "ifbench",
        summary: "The response starts with a verb.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // The first tag depends on the first three tokens only.
        let tokens = context.analyzers.wordTokenizer.firstWordTokens(in: response, count: 3)
        guard let first = tokens.first, let tag = PerceptronTagger.english.tag(tokens, count: 1).first else {
            return .notFollowed("no words")
        }
        let verb = PythonString.contains(tag, "VB")
        return Verdict(verb, "the first word \(IFBenchText.quote(first, limit: 30)) is tagged \(tag)\(verb ? ", a verb" : ", not a verb")")
    }

    static let examples: [VerifierExample] = [
        .followed("Take the second road on the left."),
        .notFollowed("The second road is on the left."),
    ]
}
