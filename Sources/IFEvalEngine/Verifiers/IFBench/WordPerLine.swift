/// `format:newline`: each word on its own line. As the official checker: with ASCII
/// punctuation removed, the number of non-empty lines of the stripped text (a line of
/// spaces counts) equals its number of white-space separated words.
struct WordPerLine: Verifier {
    static let description = InstructionDescription(
        id: "format:newline", suite: "ifbench",
        summary: "Write each word on a new line.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let text = PythonString.strip(IFBenchText.removingPunctuation(response))
        let lines = PythonString.split(text, separator: "\n").filter { !$0.isEmpty }
        let words = IFBenchText.fieldCount(text)
        return Verdict(lines.count == words, "\(Plural.count(lines.count, "non-empty line")) and \(Plural.count(words, "word")) (punctuation removed), expected as many lines as words")
    }

    static let examples: [VerifierExample] = [
        .followed("Hello,\nworld\n\nagain!"),
        .notFollowed("Hello world\nagain"),
    ]
}
