/// `startend:end_checker`: the response, stripped of white space and then of `"` at both
/// ends and lowercased, ends with the lowercased phrase.
struct EndChecker: Verifier {
    static let id = "startend:end_checker"
    static let argumentNames = ["end_phrase"]

    let phrase: String
    let expectedEnd: String

    init(arguments: InstructionArguments) throws(InstructionError) {
        phrase = PythonString.strip(try arguments.string("end_phrase"))
        expectedEnd = PythonString.lower(PythonString.strip(phrase))
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
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
