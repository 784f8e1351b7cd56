/// `words:no_consecutive`: no two consecutive words (lower-cased, punctuation removed)
/// start with the same character.
struct NoConsecutiveFirstLetter: Verifier {
    static let description = InstructionDescription(
        id: "words:no_consecutive", suite: "ifbench",
        summary: "No two consecutive words start with the same letter.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // The words of `response.lower()` without punctuation, made field by field up to
        // the first pair that shares its first letter.
        var count = 0
        var previous: String?
        var pair: (String, String)?
        IFBenchText.forEachField(response) { field in
            let word = IFBenchText.removingPunctuation(PythonString.lower(field))
            guard !word.isEmpty else { return true }
            count += 1
            if let before = previous, before.unicodeScalars.first == word.unicodeScalars.first {
                pair = (before, word)
                return false
            }
            previous = word
            return true
        }
        if let (before, word) = pair {
            return .notFollowed("\(IFBenchText.quote(before, limit: 25)) is followed by \(IFBenchText.quote(word, limit: 25))")
        }
        return .followed("no two of the \(Plural.count(count, "word")) in a row share a first letter")
    }

    static let examples: [VerifierExample] = [
        .followed("The cat sat on a mat."),
        .notFollowed("The tall cat sat."),
    ]
}
