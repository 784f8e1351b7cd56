/// `ja:detectable_format:title`: a title in double corner brackets
/// (`re.findall(r"『[^\n]+』", value)`: greedy, from a `『` to the last `』` of its line)
/// that is not blank once `『` are stripped from its start and `』` from its end.
struct JaTitle: Verifier {
    static let description = InstructionDescription(
        id: "ja:detectable_format:title", suite: "mifeval-ja",
        summary: "A title in double corner brackets, such as 『喜びの詩』.",
        examples: examples
    )

    static let title = JaPattern.compile("『[^\\n]+』")

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let titles: [String]
        do { titles = try Self.title.findAll(in: response) } catch { return .patternTooCostly(Self.title.pattern, error) }
        for title in titles {
            let inner = PythonString.rstrip(PythonString.lstrip(title, characters: ["『"]), characters: ["』"])
            if !PythonString.isBlank(inner) { return .followed("has the title \(Quote.text(title))") }
        }
        if let first = titles.first { return .notFollowed("the title \(Quote.text(first)) is empty") }
        return .notFollowed("no title in 『』")
    }

    static let examples: [VerifierExample] = [
        .followed("『喜びの詩』\n本文です。"),
        .notFollowed("「喜びの詩」\n本文です。"),
        .notFollowed("『　』\n本文です。"),
        .notFollowed("『喜びの\n詩』"),
    ]
}
