/// `words:words_position`: the second `nltk.word_tokenize` token and the second-to-last
/// token (the third-to-last when the last token is punctuation: so the word before the
/// last word) are `keyword`, case-insensitive.
struct SecondWordPosition: Verifier {
    static let keyword = InstructionArgument.string("keyword", promptStates: .phrase(noun: "keyword"))
    static let description = InstructionDescription(
        id: "words:words_position", suite: "ifbench",
        summary: "The second word and the second-to-last word are the keyword.",
        arguments: [keyword],
        examples: examples
    )

    /// `string.punctuation` as a string, for Python's substring test `token in string.punctuation`.
    static let punctuationString = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

    let word: String

    init(arguments: InstructionArguments) throws(InstructionError) {
        word = PythonString.lower(PythonString.strip(try arguments[Self.keyword]))
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // Only the second token and the last three matter (and the count below three):
        // the sentences between them are not tokenized.
        let tokens = context.analyzers.wordTokenizer.edgeWordTokens(in: response, count: 3).tokens
        guard tokens.count >= 2 else { return .notFollowed("only \(Plural.count(tokens.count, "word"))") }
        let endsWithPunctuation = PythonString.contains(Self.punctuationString, tokens[tokens.count - 1])
        if endsWithPunctuation && tokens.count < 3 { return .notFollowed("only 2 words, the last one punctuation") }
        let second = tokens[1]
        let fromEnd = endsWithPunctuation ? 3 : 2
        let secondToLast = tokens[tokens.count - fromEnd]
        let ok = PythonString.identical(PythonString.lower(second), PythonString.lower(secondToLast))
            && PythonString.identical(PythonString.lower(secondToLast), word)
        let which = endsWithPunctuation ? "the third-to-last token (the last is punctuation)" : "the second-to-last token"
        return Verdict(ok, "the second word is \(IFBenchText.quote(second, limit: 30)) and \(which) is \(IFBenchText.quote(secondToLast, limit: 30))\(ok ? "" : "; both must be \(IFBenchText.quote(word, limit: 30))")")
    }

    static let examples: [VerifierExample] = [
        .followed("The cat sat on the cat mat.", kwargs: #"{"keyword": "cat"}"#),
        .followed("A Dog barked at the dog too", kwargs: #"{"keyword": "dog"}"#),
        .notFollowed("The cat sat with another cat.", kwargs: #"{"keyword": "cat"}"#),
        .notFollowed("The cat sat with another dog.", kwargs: #"{"keyword": "cat"}"#),
    ]
}
