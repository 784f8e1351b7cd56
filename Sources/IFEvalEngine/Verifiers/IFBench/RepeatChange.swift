/// `repeat:repeat_change`: the response is the request with its first word changed:
/// everything after the first white-space field equals the request's (fields joined by
/// single spaces), and the response is not the request itself.
struct RepeatChange: Verifier {
    static let promptToRepeat = InstructionArgument.nonEmptyString("prompt_to_repeat", promptStates: .verbatim,
                                                        what: "the official code raises ValueError")
    static let description = InstructionDescription(
        id: "repeat:repeat_change", suite: "ifbench",
        summary: "Repeat the request with its first word changed, and nothing else.",
        arguments: [promptToRepeat],
        examples: examples
    )

    let request: String
    let requestRest: String

    init(arguments: InstructionArguments) throws(InstructionError) {
        request = try arguments[Self.promptToRepeat]
        requestRest = PythonString.splitWhitespace(request).dropFirst().joined(separator: " ")
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        if PythonString.identical(request, response) { return .notFollowed("the response is the request unchanged") }
        let rest = PythonString.splitWhitespace(response).dropFirst().joined(separator: " ")
        if PythonString.identical(rest, requestRest) { return .followed("the words after the first are the request's") }
        return .notFollowed("the words after the first differ from the request's (response: \(IFBenchText.quote(rest, limit: 50)))")
    }

    static let examples: [VerifierExample] = [
        .followed("Describe the moon in two lines.", kwargs: #"{"prompt_to_repeat": "Write the moon in two lines."}"#),
        .notFollowed("Write the moon in two lines.", kwargs: #"{"prompt_to_repeat": "Write the moon in two lines."}"#),
        .notFollowed("Describe the moon.", kwargs: #"{"prompt_to_repeat": "Write the moon in two lines."}"#),
    ]
}
