/// `ratio:sentence_balance`: as many sentences end in "." as in "?" as in "!"
/// (`nltk.sent_tokenize`, nltk 3.9.2).
struct SentenceBalance: Verifier {
    static let description = InstructionDescription(
        id: "ratio:sentence_balance", suite: "ifbench",
        summary: "Equally many declarative, interrogative and exclamatory sentences.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let (declarative, interrogative, exclamatory) = IFBenchText.sentenceEndings(response, context)
        return Verdict(declarative == interrogative && interrogative == exclamatory,
                       "sentences ending with \".\", \"?\", \"!\": \(declarative), \(interrogative), \(exclamatory); expected equal counts")
    }

    static let examples: [VerifierExample] = [
        .followed("It rains. Why? Wow!"),
        .notFollowed("It rains. It pours. Why? Wow!"),
    ]
}
