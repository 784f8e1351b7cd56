/// `words:alphabet`: each word starts with the letter after the previous word's first
/// letter, looping from z to a. Punctuation is removed first; the first word must start
/// with an ASCII letter (lower-cased as Python lower-cases).
struct AlphabetLoop: Verifier {
    static let description = InstructionDescription(
        id: "words:alphabet", suite: "ifbench",
        summary: "Each word starts with the next letter of the alphabet, looping back to a after z.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    /// The first code point of `word.lower()` (lower-casing may lengthen the word).
    static func firstLowerScalar(_ word: String) -> Unicode.Scalar? {
        PythonString.lower(word).unicodeScalars.first
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let text = IFBenchText.removingPunctuation(response)
        let words = PythonString.splitWhitespace(IFBenchText.stripPunctuation(text))
        guard let first = words.first else { return .notFollowed("no words") }
        // `words[0][0].lower() not in string.ascii_lowercase`: a substring test on one lower-cased character.
        let firstLower = PythonString.lower(String(first.unicodeScalars.first!))
        let scalars = Array(firstLower.unicodeScalars)
        guard scalars.count == 1, ("a"..."z").contains(scalars[0]) else {
            return .notFollowed("the first word \(IFBenchText.quote(first, limit: 30)) does not start with a letter a-z")
        }
        var letter = scalars[0].value - 97
        for (index, raw) in words.enumerated().dropFirst() {
            let word = IFBenchText.stripPunctuation(raw)
            guard !word.isEmpty else { continue }
            letter = (letter + 1) % 26
            let expected = Unicode.Scalar(97 + letter)!
            if Self.firstLowerScalar(word) != expected {
                return .notFollowed("word \(index + 1) \(IFBenchText.quote(word, limit: 30)) should start with \"\(expected)\"")
            }
        }
        return .followed("all \(Plural.count(words.count, "word")) follow the alphabet from \"\(scalars[0])\"")
    }

    static let examples: [VerifierExample] = [
        .followed("Xylophones yield zany, amazing beats."),
        .followed("Apples by cats."),
        .notFollowed("Apples by dogs."),
        .notFollowed("3 bears"),
    ]
}
