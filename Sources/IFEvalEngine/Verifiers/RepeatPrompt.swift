/// `combination:repeat_prompt`: the stripped, lowercased response starts with the
/// stripped, lowercased `prompt_to_repeat`.
struct RepeatPrompt: Verifier {
    static let id = "combination:repeat_prompt"
    static let argumentNames = ["prompt_to_repeat"]

    let promptToRepeat: String
    let expectedStart: String

    init(arguments: InstructionArguments) throws(InstructionError) {
        guard let text = arguments.values["prompt_to_repeat"]?.stringValue else {
            throw arguments.error("missing argument 'prompt_to_repeat' (the official code raises an error too)")
        }
        promptToRepeat = text
        expectedStart = PythonString.lower(PythonString.strip(text))
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // Only the start of the lowercased text matters.
        let start = PythonString.lowerPrefix(PythonString.strip(response), count: expectedStart.unicodeScalars.count + 40)
        if PythonString.startsWith(start, expectedStart) {
            return .followed("starts by repeating the request")
        }
        let got = start.unicodeScalars.prefix(40)
        return .notFollowed("does not start with the request \(Quote.text(promptToRepeat, limit: 40)); starts with \(Quote.text(String(got)))")
    }

    static let examples: [VerifierExample] = [
        .followed("  write a poem about the sea. Here it is...", kwargs: #"{"prompt_to_repeat": "Write a poem about the sea."}"#),
        .notFollowed("Sure! Write a poem about the sea.", kwargs: #"{"prompt_to_repeat": "Write a poem about the sea."}"#),
    ]
}
