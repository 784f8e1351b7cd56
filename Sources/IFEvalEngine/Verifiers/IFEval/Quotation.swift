/// `startend:quotation`: the stripped response is longer than one character and starts
/// and ends with `"` (U+0022; curly quotes do not count).
struct Quotation: Verifier {
    static let description = InstructionDescription(
        id: "startend:quotation", suite: "ifeval",
        summary: "The whole response is wrapped in double quotation marks.",
        conflicts: ["detectable_format:title"],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // len(value) > 1 with a `"` at each end: two scalars at least, checked on bytes.
        let text = PythonString.strip(response).utf8
        if text.count > 1 && text.first == UInt8(ascii: "\"") && text.last == UInt8(ascii: "\"") {
            return .followed("wrapped in double quotation marks")
        }
        return .notFollowed("not wrapped in double quotation marks (\")")
    }

    static let examples: [VerifierExample] = [
        .followed("  \"The whole answer.\"\n"),
        .notFollowed("“The whole answer.”"),
        .notFollowed("\""),
        .notFollowed("\"Quoted\" then more."),
    ]
}
