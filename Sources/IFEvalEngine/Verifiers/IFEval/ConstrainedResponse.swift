/// `detectable_format:constrained_response`: the response contains one of "My answer is
/// yes.", "My answer is no.", "My answer is maybe." (case-sensitive, anywhere).
struct ConstrainedResponse: Verifier {
    static let description = InstructionDescription(
        id: "detectable_format:constrained_response", suite: "ifeval",
        summary: "Contains \"My answer is yes.\", \"My answer is no.\" or \"My answer is maybe.\".",
        combinesOnlyWith: [],
        examples: examples
    )
    static let options = ["My answer is yes.", "My answer is no.", "My answer is maybe."]

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let text = PythonString.strip(response)
        if let option = ConstrainedResponse.options.first(where: { PythonString.contains(text, $0) }) {
            return .followed("contains \(Quote.text(option))")
        }
        return .notFollowed("contains none of \(Quote.list(ConstrainedResponse.options))")
    }

    static let examples: [VerifierExample] = [
        .followed("My answer is no. It would not work.", kwargs: "{}"),
        .notFollowed("My answer is No.", kwargs: "{}"),
        .followed("Well... My answer is maybe.", kwargs: "{}"),
    ]
}
