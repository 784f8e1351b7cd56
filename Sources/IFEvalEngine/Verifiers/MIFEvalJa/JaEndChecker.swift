/// `ja:startend:end_checker`: the response, stripped and rid of trailing (and leading)
/// `」` / `』`, ends with the end phrase treated the same way.
struct JaEndChecker: Verifier {
    static let endPhrase = JaArgument.strippedString("end_phrase", promptStates: .phrase())
    static let description = InstructionDescription(
        id: "ja:startend:end_checker", suite: "mifeval-ja",
        summary: "The response ends with the exact phrase (closing 」 / 』 ignored).",
        arguments: [endPhrase],
        examples: examples
    )

    static let brackets: Set<Unicode.Scalar> = ["」", "』"]

    let phrase: String

    init(arguments: InstructionArguments) throws(InstructionError) {
        phrase = PythonString.strip(PythonString.strip(try arguments[Self.endPhrase]), characters: Self.brackets)
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let value = PythonString.strip(PythonString.strip(response), characters: Self.brackets)
        if PythonString.endsWith(value, phrase) { return .followed("ends with \(Quote.text(phrase))") }
        let tail = ScalarText.string(value.unicodeScalars.suffix(max(phrase.unicodeScalars.count, 1)))
        return .notFollowed("ends with \(Quote.text(tail)), not \(Quote.text(phrase))")
    }

    static let examples: [VerifierExample] = [
        .followed("本文です。他にご質問はありますか？", kwargs: #"{"end_phrase": "他にご質問はありますか？"}"#),
        .followed("「本文です。他にご質問はありますか？」", kwargs: #"{"end_phrase": "他にご質問はありますか？"}"#),
        .notFollowed("他にご質問はありますか？以上です。", kwargs: #"{"end_phrase": "他にご質問はありますか？"}"#),
        .notFollowed("他にご質問はありますか?", kwargs: #"{"end_phrase": "他にご質問はありますか？"}"#),
    ]
}
