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
        // The words of the response without punctuation (stripping the ends of that text
        // and of each word, as the official code does, changes none), made field by field
        // up to the first out of order.
        var words: [String] = []
        var failure: Verdict?
        var letter: UInt32 = 0
        IFBenchText.forEachField(response) { field in
            let word = IFBenchText.removingPunctuation(field)
            guard !word.isEmpty else { return true }
            words.append(word)
            if words.count == 1 {
                // `words[0][0].lower() not in string.ascii_lowercase`: a substring test on one lower-cased character.
                let firstLower = Array(PythonString.lower(String(word.unicodeScalars.first!)).unicodeScalars)
                guard firstLower.count == 1, ("a"..."z").contains(firstLower[0]) else {
                    failure = .notFollowed("the first word \(IFBenchText.quote(word, limit: 30)) does not start with a letter a-z")
                    return false
                }
                letter = firstLower[0].value - 97
                return true
            }
            letter = (letter + 1) % 26
            let expected = Unicode.Scalar(97 + letter)!
            if Self.firstLowerScalar(word) != expected {
                failure = .notFollowed("word \(words.count) \(IFBenchText.quote(word, limit: 30)) should start with \"\(expected)\"")
                return false
            }
            return true
        }
        if let failure { return failure }
        guard let first = words.first else { return .notFollowed("no words") }
        let start = PythonString.lower(String(first.unicodeScalars.first!))
        return .followed("all \(Plural.count(words.count, "word")) follow the alphabet from \"\(start)\"")
    }

    static let examples: [VerifierExample] = [
        .followed("Xylophones yield zany, amazing beats."),
        .followed("Apples by cats."),
        .notFollowed("Apples by dogs."),
        .notFollowed("3 bears"),
    ]
}
