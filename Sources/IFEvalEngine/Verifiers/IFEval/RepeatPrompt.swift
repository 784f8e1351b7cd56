/// `combination:repeat_prompt`: the stripped, lowercased response starts with the
/// stripped, lowercased `prompt_to_repeat`.
struct RepeatPrompt: Verifier {
    static let promptToRepeat = InstructionArgument<String>(ArgumentDescription(name: "prompt_to_repeat", kind: .string, promptStates: .verbatim)) {
        arguments, name throws(InstructionError) in
        guard let text = arguments.values[name]?.stringValue else {
            throw arguments.error("missing argument '\(name)' (the official code raises an error too)")
        }
        return text
    }
    static let description = InstructionDescription(
        id: "combination:repeat_prompt", suite: "ifeval",
        summary: "Starts by repeating the request word for word (case-insensitive), then answers.",
        arguments: [promptToRepeat],
        combinesOnlyWith: ["keywords:existence", "detectable_format:title", "punctuation:no_comma"],
        examples: examples
    )

    let promptToRepeat: String
    let expectedStart: String
    /// `expectedStart`'s bytes when it is ASCII (the usual case), for the fast path.
    let asciiExpectedStart: [UInt8]?

    init(arguments: InstructionArguments) throws(InstructionError) {
        let text = try arguments[Self.promptToRepeat]
        promptToRepeat = text
        expectedStart = PythonString.lower(PythonString.strip(text))
        asciiExpectedStart = expectedStart.utf8.allSatisfy { $0 < 0x80 } ? Array(expectedStart.utf8) : nil
    }

    /// Settled on the bytes when the request and the start of the text are ASCII (see
    /// `PythonString.asciiLowerAffixMatches`); nil otherwise. The end of the strip does
    /// not matter: the expected start does not end with white space, so a match never
    /// reaches the stripped tail.
    private func asciiStartsWithRequest(_ response: String) -> Bool? {
        guard let expected = asciiExpectedStart else { return nil }
        return response.withUTF8Bytes { bytes -> Bool? in
            PythonString.asciiLowerAffixMatches(bytes, PythonString.stripRange(bytes, 0..<bytes.count).lowerBound..<bytes.count,
                                                expected, atEnd: false)
        }
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let startsWithRequest: Bool
        if let answer = asciiStartsWithRequest(response) {
            startsWithRequest = answer
        } else {
            // Only the start of the lowercased text matters.
            let start = PythonString.lowerPrefix(PythonString.strip(response), count: expectedStart.unicodeScalars.count + 40)
            startsWithRequest = PythonString.startsWith(start, expectedStart)
        }
        if startsWithRequest {
            return .followed("starts by repeating the request")
        }
        let got = PythonString.lowerPrefix(PythonString.strip(response), count: 40).unicodeScalars.prefix(40)
        return .notFollowed("does not start with the request \(Quote.text(promptToRepeat, limit: 40)); starts with \(Quote.text(String(got)))")
    }

    static let examples: [VerifierExample] = [
        .followed("  write a poem about the sea. Here it is...", kwargs: #"{"prompt_to_repeat": "Write a poem about the sea."}"#),
        .notFollowed("Sure! Write a poem about the sea.", kwargs: #"{"prompt_to_repeat": "Write a poem about the sea."}"#),
    ]
}
