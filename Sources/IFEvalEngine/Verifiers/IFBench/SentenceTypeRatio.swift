/// `ratio:sentence_type`: twice as many sentences ending in "." as ending in "?"
/// (`nltk.sent_tokenize`, nltk 3.9.2).
struct SentenceTypeRatio: Verifier {
    static let description = InstructionDescription(
        id: "ratio:sentence_type", suite: "ifbench",
        summary: "A 2:1 ratio of declarative (\".\") to interrogative (\"?\") sentences.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let (declarative, interrogative, _) = IFBenchText.sentenceEndings(response, context)
        return Verdict(declarative == 2 * interrogative,
                       "\(declarative) sentences end with \".\" and \(interrogative) with \"?\", expected twice as many \".\"")
    }

    static let examples: [VerifierExample] = [
        .followed("It rains. It pours. Why?"),
        .notFollowed("It rains. Why? Really?"),
        // No sentence ends with "." or "?": 0 = 2 x 0.
        .followed("Wow!"),
    ]
}
