/// `ja:startend:quotation`: the stripped response (U+3000 is white space to `str.strip`)
/// is longer than one code point, starts with `「` and ends with `」`.
struct JaQuotation: Verifier {
    static let description = InstructionDescription(
        id: "ja:startend:quotation", suite: "mifeval-ja",
        summary: "The whole response is wrapped in 「」.",
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let value = Array(PythonString.strip(response).unicodeScalars)
        if value.count > 1 && value.first == "「" && value.last == "」" { return .followed("wrapped in 「」") }
        guard let first = value.first, let last = value.last else { return .notFollowed("the response is blank") }
        return .notFollowed("starts with \(JaScript.describe(first)) and ends with \(JaScript.describe(last)), not 「 and 」")
    }

    static let examples: [VerifierExample] = [
        .followed("\u{3000}「こんにちは。」\n"),
        .notFollowed("『こんにちは。』"),
        .notFollowed("「こんにちは。」と言った。"),
    ]
}
