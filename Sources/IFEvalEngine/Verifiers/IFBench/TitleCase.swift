/// `format:title_case`: every word capitalised. As the official checker, over the tokens of
/// `nltk.word_tokenize` (3.9.2) that start with a letter: a one-letter token must not be
/// lower case; a longer one fails when its first letter is lower case and the rest is all
/// lower or all upper case (Python's `islower`/`isupper`, so "iPhone" or "e-mail"-like mixes
/// without cased letters after the first pass).
struct TitleCase: Verifier {
    static let description = InstructionDescription(
        id: "format:title_case", suite: "ifbench",
        summary: "The entire response in title case.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let tokens = context.analyzers.wordTokenizer.wordTokens(in: response)
        for token in tokens {
            let scalars = token.unicodeScalars
            guard let first = scalars.first, PythonCharacterClass.isAlpha(first) else { continue }
            let firstLower = PythonString.isLower(String(first))
            if scalars.count == 1 {
                if firstLower { return .notFollowed("the word \(IFBenchText.quote(token)) is lower case") }
                continue
            }
            let rest = String(String.UnicodeScalarView(scalars.dropFirst()))
            if PythonString.isUpper(String(first)) && PythonString.isLower(rest) { continue }
            if firstLower && (PythonString.isUpper(rest) || PythonString.isLower(rest)) {
                return .notFollowed("the word \(IFBenchText.quote(token, limit: 30)) does not start with a capital letter")
            }
        }
        return .followed("every word of the \(Plural.count(tokens.count, "token")) starts with a capital letter (or is not a plain lower-case word)")
    }

    static let examples: [VerifierExample] = [
        .followed("The Quick Brown Fox Jumps Over The Lazy Dog."),
        .notFollowed("The Quick Brown Fox jumps Over The Lazy Dog."),
        .followed("I Bought An iPhone"),
    ]
}
