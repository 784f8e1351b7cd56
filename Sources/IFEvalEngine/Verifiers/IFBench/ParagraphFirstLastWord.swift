/// `words:paragraph_last_first`: in each non-empty line, the first and last words (outer
/// punctuation stripped, lower-cased) are the same.
struct ParagraphFirstLastWord: Verifier {
    static let description = InstructionDescription(
        id: "words:paragraph_last_first", suite: "ifbench",
        summary: "Each paragraph ends with the word it starts with.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        var checked = 0
        for (index, line) in PythonString.split(response, separator: "\n").enumerated() {
            let paragraph = PythonString.lower(PythonString.strip(line))
            let words = IFBenchText.fields(IFBenchText.stripPunctuation(paragraph))
            guard let first = words.first, let last = words.last else { continue }
            checked += 1
            if !PythonString.identical(first, last) {
                return .notFollowed("line \(index + 1) starts with \(IFBenchText.quote(first, limit: 25)) but ends with \(IFBenchText.quote(last, limit: 25))")
            }
        }
        return .followed("each of the \(Plural.count(checked, "paragraph")) starts and ends with the same word")
    }

    static let examples: [VerifierExample] = [
        .followed("Rain falls on the rain.\n\nSun warms the sun!"),
        .notFollowed("Rain falls on the rain.\n\nSun, warm sun!"),
        .notFollowed("Rain falls on the rain.\n\nSun is warm."),
    ]
}
