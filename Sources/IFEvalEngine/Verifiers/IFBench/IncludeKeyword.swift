/// `sentence:keyword`: the Nth sentence (`nltk.sent_tokenize`; N = 0 means the last, as
/// Python's index -1) holds word as a whole word, case-insensitively
/// (`re.search(r'\b' + re.escape(word) + r'\b', sentence, re.IGNORECASE)`).
struct IncludeKeyword: Verifier {
    static let word = InstructionArgument.nonEmptyString("word", promptStates: .phrase(noun: "keyword"),
                                              what: "the official code would pick a random keyword")
    static let n = InstructionArgument.count("N", promptStates: .numberOrOrdinal)
    static let description = InstructionDescription(
        id: "sentence:keyword", suite: "ifbench",
        summary: "The Nth sentence includes the keyword word.",
        arguments: [word, n],
        examples: examples
    )

    let keyword: String
    let position: Int
    let pattern: PythonRegex

    init(arguments: InstructionArguments) throws(InstructionError) {
        keyword = try arguments[Self.word]
        position = try arguments[Self.n]
        do {
            pattern = try PythonRegex("\\b" + PythonRegex.escape(keyword) + "\\b", options: .ignoreCase)
        } catch {
            throw arguments.error("the keyword \(IFBenchText.quote(keyword)) cannot be searched for: \(error)")
        }
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let sentences = IFBenchText.sentences(response, context)
        if sentences.count < position {
            return .notFollowed("only \(Plural.count(sentences.count, "sentence")), the keyword must be in sentence \(position)")
        }
        guard let sentence = position == 0 ? sentences.last : sentences[position - 1] else {
            return .officialCodeRaises("IndexError (no sentence)")
        }
        let which = position == 0 ? "the last sentence" : "sentence \(position)"
        do {
            let found = try pattern.matchesAnywhere(in: sentence)
            return Verdict(found, "\(which) \(IFBenchText.quote(sentence, limit: 50)) \(found ? "includes" : "does not include") \(IFBenchText.quote(keyword, limit: 30))")
        } catch {
            return .notFollowed("the keyword search gave up on \(which) (\(error))")
        }
    }

    static let examples: [VerifierExample] = [
        .followed("I woke up. The SUN was out. It was warm.", kwargs: #"{"word": "sun", "N": 2.0}"#),
        .notFollowed("I woke up. The sunny day began. It was warm.", kwargs: #"{"word": "sun", "N": 2.0}"#),
        .notFollowed("The sun rose.", kwargs: #"{"word": "sun", "N": 2.0}"#),
    ]
}
