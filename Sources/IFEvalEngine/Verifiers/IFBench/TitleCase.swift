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
        // Sentence by sentence, up to the first word that fails.
        var count = 0
        var failure: Verdict?
        context.analyzers.wordTokenizer.forEachGroupOfWordTokens(in: response) { tokens in
            count += tokens.count
            for token in tokens {
                if let verdict = Self.failure(token) { failure = verdict; return false }
            }
            return true
        }
        if let failure { return failure }
        return .followed("every word of the \(Plural.count(count, "token")) starts with a capital letter (or is not a plain lower-case word)")
    }

    /// Why `token` fails the official check, or nil if it passes.
    static func failure(_ token: String) -> Verdict? {
        let scalars = token.unicodeScalars
        guard let first = scalars.first, PythonCharacterClass.isAlpha(first) else { return nil }
        let firstLower = PythonString.isLower(String(first))
        if scalars.count == 1 {
            return firstLower ? .notFollowed("the word \(IFBenchText.quote(token)) is lower case") : nil
        }
        let rest = String(String.UnicodeScalarView(scalars.dropFirst()))
        if PythonString.isUpper(String(first)) && PythonString.isLower(rest) { return nil }
        if firstLower && (PythonString.isUpper(rest) || PythonString.isLower(rest)) {
            return .notFollowed("the word \(IFBenchText.quote(token, limit: 30)) does not start with a capital letter")
        }
        return nil
    }

    static let examples: [VerifierExample] = [
        .followed("The Quick Brown Fox Jumps Over The Lazy Dog."),
        .notFollowed("The Quick Brown Fox jumps Over The Lazy Dog."),
        .followed("I Bought An iPhone"),
    ]
}
