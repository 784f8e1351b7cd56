/// `startend:end_checker`: the response, stripped of white space and then of `"` at both
/// ends and lowercased, ends with the lowercased phrase.
struct EndChecker: Verifier {
    static let endPhrase = InstructionArgument.string("end_phrase", promptStates: .phrase())
    static let description = InstructionDescription(
        id: "startend:end_checker", suite: "ifeval",
        summary: "Ends with the exact phrase (case-insensitive), nothing after it.",
        arguments: [endPhrase],
        examples: examples
    )

    let phrase: String
    let expectedEnd: String
    /// `expectedEnd`'s bytes when it is ASCII (the usual case), for the fast path.
    let asciiExpectedEnd: [UInt8]?

    init(arguments: InstructionArguments) throws(InstructionError) {
        phrase = PythonString.strip(try arguments[Self.endPhrase])
        expectedEnd = PythonString.lower(PythonString.strip(phrase))
        asciiExpectedEnd = expectedEnd.utf8.allSatisfy { $0 < 0x80 } ? Array(expectedEnd.utf8) : nil
    }

    /// Settled on the bytes when the phrase and the end of the text are ASCII (see
    /// `PythonString.asciiLowerAffixMatches`); nil otherwise.
    private func asciiEndsWithPhrase(_ response: String) -> Bool? {
        guard let expected = asciiExpectedEnd else { return nil }
        return response.withUTF8Bytes { bytes -> Bool? in
            var range = PythonString.stripRange(bytes, 0..<bytes.count)
            while !range.isEmpty && bytes[range.upperBound - 1] == UInt8(ascii: "\"") { range = range.lowerBound..<(range.upperBound - 1) }
            while !range.isEmpty && bytes[range.lowerBound] == UInt8(ascii: "\"") { range = (range.lowerBound + 1)..<range.upperBound }
            return PythonString.asciiLowerAffixMatches(bytes, range, expected, atEnd: true)
        }
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        if asciiEndsWithPhrase(response) == true {
            return .followed("ends with \(Quote.text(phrase))")
        }
        let stripped = PythonString.strip(PythonString.strip(response), characters: ["\""])
        // Only the end of the lowercased text matters.
        let end = PythonString.lowerSuffix(stripped, count: expectedEnd.unicodeScalars.count + 40)
        if PythonString.endsWith(end, expectedEnd) {
            return .followed("ends with \(Quote.text(phrase))")
        }
        let tail = String(Substring(end).unicodeScalars.suffix(40))
        return .notFollowed("does not end with \(Quote.text(phrase)); ends with \(Quote.text(tail))")
    }

    static let examples: [VerifierExample] = [
        .followed("Hope this helps.\nIs there anything else I can help with?\n", kwargs: #"{"end_phrase": "Is there anything else I can help with?"}"#),
        .followed("\"All done. PEACE!\"", kwargs: #"{"end_phrase": "Peace!"}"#),
        .notFollowed("Peace! Bye.", kwargs: #"{"end_phrase": "Peace!"}"#),
    ]
}
