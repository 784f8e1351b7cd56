/// `ja:detectable_format:constrained_response`: the stripped response contains one of
/// `はい、そうです。`, `いいえ、違います。`, `どちらとも言えません。` (anywhere, code point by
/// code point).
struct JaConstrainedResponse: Verifier {
    static let options = ["はい、そうです。", "いいえ、違います。", "どちらとも言えません。"]
    static let description = InstructionDescription(
        id: "ja:detectable_format:constrained_response", suite: "mifeval-ja",
        summary: "The response contains one of はい、そうです。/ いいえ、違います。/ どちらとも言えません。",
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let value = PythonString.strip(response)
        if let option = Self.options.first(where: { PythonString.contains(value, $0) }) {
            return .followed("contains the option \(Quote.text(option))")
        }
        return .notFollowed("contains none of \(Quote.list(Self.options))")
    }

    static let examples: [VerifierExample] = [
        .followed("私の答えは、はい、そうです。"),
        .notFollowed("はい、そうです"),
        .notFollowed("はい,そうです。"),
    ]
}
