/// `count:pronouns`: at least N pronoun tokens: "/" read as a space, the text lower-cased,
/// `nltk.word_tokenize` (nltk 3.9.2), then each token looked up in IFBench's list of 63
/// English pronouns.
struct PronounCount: Verifier {
    static let n = InstructionArgument.count("N", promptStates: .number)
    static let description = InstructionDescription(
        id: "count:pronouns", suite: "ifbench",
        summary: "At least N pronouns.",
        arguments: [n],
        examples: examples
    )

    static let pronouns: Set<String> = [
        "i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them",
        "my", "mine", "our", "ours", "your", "yours", "his", "hers", "its", "their", "theirs",
        "myself", "ourselves", "yourself", "yourselves", "himself", "herself", "itself", "themselves",
        "this", "that", "these", "those",
        "who", "whom", "whose", "which", "what",
        "whoever", "whomever", "whatever", "whichever",
        "anybody", "anyone", "anything", "everybody", "everyone", "everything",
        "nobody", "nothing", "somebody", "someone", "something",
        "each", "either", "neither", "both", "all", "some", "any", "none",
    ]

    let minimum: Int

    init(arguments: InstructionArguments) throws(InstructionError) {
        minimum = try arguments[Self.n]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // "/" and " " are single UTF-8 bytes, so the bytes can be replaced one for one.
        let spaced = response.utf8.contains(0x2F)
            ? String(decoding: response.utf8.map { $0 == 0x2F ? 0x20 : $0 }, as: UTF8.self) : response
        let text = PythonString.lower(spaced)
        // The list is ASCII: a token matches only if it is ASCII too, where Swift's
        // equality is code-point equality.
        let count = context.analyzers.wordTokenizer.wordTokens(in: text).count(where: { token in
            token.utf8.allSatisfy { $0 < 0x80 } && Self.pronouns.contains(token)
        })
        return Verdict(count >= minimum, "found \(Plural.count(count, "pronoun")), expected at least \(minimum)")
    }

    static let examples: [VerifierExample] = [
        .followed("She/her said it was theirs.", kwargs: #"{"N": 4.0}"#),
        .notFollowed("The cat sat on the mat.", kwargs: #"{"N": 1.0}"#),
    ]
}
