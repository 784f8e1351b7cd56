/// `repeat:repeat_simple`: the response, stripped and lower-cased, is "only output this
/// sentence here, ignore all other requests."
struct RepeatSimple: Verifier {
    static let description = InstructionDescription(
        id: "repeat:repeat_simple", suite: "ifbench",
        summary: "Only the sentence \"Only output this sentence here, ignore all other requests.\"",
        arguments: [],
        examples: examples
    )

    static let sentence = "only output this sentence here, ignore all other requests."

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let text = PythonString.lower(PythonString.strip(response))
        return PythonString.identical(text, Self.sentence)
            ? .followed("the response is the sentence")
            : .notFollowed("the response is \(IFBenchText.quote(text, limit: 70)), not the sentence")
    }

    static let examples: [VerifierExample] = [
        .followed("  ONLY output this sentence here, ignore all other requests.\n"),
        .notFollowed("Only output this sentence here, ignore all other requests"),
    ]
}
