/// `sentence:increment`: each sentence (`nltk.sent_tokenize`) has exactly small_n more
/// words than the one before, a sentence's words being its white-space fields once ASCII
/// punctuation is removed.
struct IncrementingWordCount: Verifier {
    static let smallN = InstructionArgument.count("small_n", promptStates: .number)
    static let description = InstructionDescription(
        id: "sentence:increment", suite: "ifbench",
        summary: "Each sentence has exactly small_n more words than the previous one.",
        arguments: [smallN],
        examples: examples
    )

    let increment: Int

    init(arguments: InstructionArguments) throws(InstructionError) {
        increment = try arguments[Self.smallN]
    }

    static func words(_ sentence: String) -> Int {
        IFBenchText.fieldCount(IFBenchText.removingPunctuation(sentence))
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let sentences = IFBenchText.sentences(response, context)
        guard let first = sentences.first else { return .officialCodeRaises("IndexError (no sentence)") }
        var counts = [Self.words(first)]
        for (index, sentence) in sentences.enumerated().dropFirst() {
            let count = Self.words(sentence)
            if count != counts.last! + increment {
                counts.append(count)
                return .notFollowed("sentence \(index + 1) \(IFBenchText.quote(sentence, limit: 40)) has \(Plural.count(count, "word")), expected \(counts[counts.count - 2] + increment) (word counts: \(counts.map(String.init).joined(separator: ", ")))")
            }
            counts.append(count)
        }
        return .followed("word counts \(counts.map(String.init).joined(separator: ", ")) rise by \(increment)")
    }

    static let examples: [VerifierExample] = [
        .followed("I ran. I ran fast. I ran very fast.", kwargs: #"{"small_n": 1.0}"#),
        .notFollowed("I ran. I ran fast. I ran fast.", kwargs: #"{"small_n": 1.0}"#),
    ]
}
