/// `combination:repeat_prompt`: the stripped, lowercased response starts with the
/// stripped, lowercased `prompt_to_repeat`.
struct RepeatPrompt: Verifier {
    static let id = "combination:repeat_prompt"
    static let argumentNames = ["prompt_to_repeat"]

    let promptToRepeat: String
    let expectedStart: String
    /// `expectedStart`'s bytes when it is ASCII (the usual case), for the fast path.
    let asciiExpectedStart: [UInt8]?

    init(arguments: InstructionArguments) throws(InstructionError) {
        guard let text = arguments.values["prompt_to_repeat"]?.stringValue else {
            throw arguments.error("missing argument 'prompt_to_repeat' (the official code raises an error too)")
        }
        promptToRepeat = text
        expectedStart = PythonString.lower(PythonString.strip(text))
        asciiExpectedStart = expectedStart.utf8.allSatisfy { $0 < 0x80 } ? Array(expectedStart.utf8) : nil
    }

    /// The answer from the bytes after the leading white space when they start with ASCII:
    /// each ASCII character lowers to one ASCII character, so the comparison is settled
    /// at the first difference, or once the expected start is matched; nil (look at the
    /// text) when a non-ASCII character comes first, since some lower to ASCII letters.
    /// The end of the strip does not matter: the expected start does not end with white
    /// space, so a match never reaches the stripped tail.
    private func asciiStartsWithRequest(_ response: String) -> Bool? {
        guard let expected = asciiExpectedStart else { return nil }
        var text = response
        return text.withUTF8 { bytes -> Bool? in
            let start = PythonString.stripRange(bytes, 0..<bytes.count).lowerBound
            for (k, want) in expected.enumerated() {
                guard start + k < bytes.count else { return false }
                let byte = bytes[start + k]
                guard byte < 0x80 else { return nil }
                let lowered = byte &- 0x41 < 26 ? byte + 32 : byte
                if lowered != want { return false }
            }
            return true
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
