/// `ratio:stop_words`: NLTK's English stopwords are at most `percentage`% of the `\w+`
/// words (both counted with `re`'s `\w`, nltk 3.9.2); a response without words fails.
struct StopWordPercentage: Verifier {
    static let percentage = InstructionArgument.number("percentage")
    static let description = InstructionDescription(
        id: "ratio:stop_words", suite: "ifbench",
        summary: "Stop words are at most percentage% of the words.",
        arguments: [percentage],
        examples: examples
    )

    let limit: Double

    init(arguments: InstructionArguments) throws(InstructionError) {
        limit = try arguments[Self.percentage]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let words = context.analyzers.wordCounter.countWords(in: response)
        guard words > 0 else { return .notFollowed("no words") }
        let stopwords = NLTKStopwords.countEnglishStopwords(in: response)
        let share = Double(stopwords) / Double(words) * 100
        return Verdict(share <= limit, "\(stopwords) of \(Plural.count(words, "word")) are stopwords (\(share)%), expected at most \(limit)%")
    }

    static let examples: [VerifierExample] = [
        .followed("Cats chase mice.", kwargs: #"{"percentage": 10.0}"#),
        .notFollowed("The cat is on the mat.", kwargs: #"{"percentage": 50.0}"#),
        .followed("The cat is on the mat.", kwargs: #"{"percentage": 67}"#),
    ]
}
