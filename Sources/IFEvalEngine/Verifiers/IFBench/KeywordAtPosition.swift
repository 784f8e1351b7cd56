/// `words:keywords_specific_position`: in sentence `n` (`nltk.sent_tokenize`), word `m`
/// (`nltk.word_tokenize` tokens holding a letter or digit) is `keyword`, case-insensitive.
struct KeywordAtPosition: Verifier {
    static let keyword = InstructionArgument.nonEmptyString("keyword", promptStates: .phrase(noun: "keyword"),
                                                 what: "the official code would pick a random keyword")
    static let n = InstructionArgument.count("n", promptStates: .numberOrOrdinal)
    static let m = InstructionArgument.count("m", promptStates: .numberOrOrdinal)
    static let description = InstructionDescription(
        id: "words:keywords_specific_position", suite: "ifbench",
        summary: "The keyword is the m-th word of the n-th sentence.",
        arguments: [keyword, n, m],
        examples: examples
    )

    let word: String
    let sentence: Int
    let position: Int

    init(arguments: InstructionArguments) throws(InstructionError) {
        word = PythonString.strip(try arguments[Self.keyword])
        sentence = try arguments[Self.n]
        position = try arguments[Self.m]
        guard sentence > 0, position > 0 else {
            throw arguments.error("n and m must be at least 1 (for 0 the official code would pick a random value)")
        }
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let sentences = IFBenchText.sentences(response, context)
        guard sentences.count >= sentence else {
            return .notFollowed("only \(Plural.count(sentences.count, "sentence")), the keyword must be in sentence \(sentence)")
        }
        let words = context.analyzers.wordTokenizer.wordTokens(in: sentences[sentence - 1]).filter { token in
            token.unicodeScalars.contains(where: PythonCharacterClass.isAlnum)
        }
        guard words.count >= position else {
            return .notFollowed("sentence \(sentence) has only \(Plural.count(words.count, "word")), the keyword must be word \(position)")
        }
        let found = words[position - 1]
        let same = PythonString.identical(PythonString.lower(found), PythonString.lower(word))
        return Verdict(same, "word \(position) of sentence \(sentence) is \(IFBenchText.quote(found, limit: 30))\(same ? "" : ", not \(IFBenchText.quote(word, limit: 30))")")
    }

    static let examples: [VerifierExample] = [
        .followed("It rained. Then the SUN came out.", kwargs: #"{"keyword": "sun", "n": 2, "m": 3}"#),
        .notFollowed("It rained. Then the moon came out.", kwargs: #"{"keyword": "sun", "n": 2, "m": 3}"#),
        .notFollowed("It rained.", kwargs: #"{"keyword": "sun", "n": 2, "m": 3}"#),
    ]
}
