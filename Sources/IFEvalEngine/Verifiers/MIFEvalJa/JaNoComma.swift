/// `ja:punctuation:no_comma`: no Japanese comma `、` (U+3001); `，` and `,` are allowed.
struct JaNoComma: Verifier {
    static let description = InstructionDescription(
        id: "ja:punctuation:no_comma", suite: "mifeval-ja",
        summary: "No 、 (tōten).",
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let count = response.unicodeScalars.count { $0 == "、" }
        return Verdict(count == 0, count == 0 ? "contains no \"、\"" : "contains \"、\" \(Plural.times(count))")
    }

    static let examples: [VerifierExample] = [
        .followed("今日は晴れ，明日は雨。"),
        .notFollowed("今日は晴れ、明日は雨。"),
    ]
}
