/// `count:word_count_range`: the number of `\w+` runs (`count_words`, `re`'s `\w` under
/// nltk 3.9.2) is between min_words and max_words, both inclusive.
struct WordCountRange: Verifier {
    static let minWords = InstructionArgument.count("min_words", promptStates: .number)
    static let maxWords = InstructionArgument.count("max_words", promptStates: .number)
    static let description = InstructionDescription(
        id: "count:word_count_range", suite: "ifbench",
        summary: "Between min_words and max_words words (inclusive).",
        arguments: [minWords, maxWords],
        examples: examples
    )

    let minimum: Int
    let maximum: Int

    init(arguments: InstructionArguments) throws(InstructionError) {
        minimum = try arguments[Self.minWords]
        maximum = try arguments[Self.maxWords]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found = context.analyzers.wordCounter.countWords(in: response)
        return Verdict(minimum <= found && found <= maximum, "found \(Plural.count(found, "word")), expected \(minimum) to \(maximum)")
    }

    static let examples: [VerifierExample] = [
        .followed("One two three.", kwargs: #"{"min_words": 3.0, "max_words": 4.0}"#),
        .notFollowed("One two three four five.", kwargs: #"{"min_words": 3.0, "max_words": 4.0}"#),
        // Python's re: a combining mark is not a word character, so it splits "nai\u{308}ve" in two.
        .followed("nai\u{308}ve idea", kwargs: #"{"min_words": 3, "max_words": 3}"#),
    ]
}
