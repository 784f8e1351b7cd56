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
        let words = PythonString.splitWhitespace(IFBenchText.removingPunctuation(PythonString.lower(response)))
        for index in words.indices.dropLast() where words[index].unicodeScalars.first == words[index + 1].unicodeScalars.first {
            return .notFollowed("\(IFBenchText.quote(words[index], limit: 25)) is followed by \(IFBenchText.quote(words[index + 1], limit: 25))")
        }
        return .followed("no two of the \(Plural.count(words.count, "word")) in a row share a first letter")
    }

    static let examples: [VerifierExample] = [
        .followed("The cat sat on a mat."),
        .notFollowed("The tall cat sat."),
    ]
}
