/// `ja:punctuation:no_period`: no Japanese full stop `。` (U+3002); `．`, `.` and the
/// half-width `｡` are allowed.
struct JaNoPeriod: Verifier {
    static let description = InstructionDescription(
        id: "ja:punctuation:no_period", suite: "mifeval-ja",
        summary: "No 。 (kuten).",
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let count = response.unicodeScalars.count { $0 == "。" }
        return Verdict(count == 0, count == 0 ? "contains no \"。\"" : "contains \"。\" \(Plural.times(count))")
    }

    static let examples: [VerifierExample] = [
        .followed("今日は晴れ\n明日は雨｡"),
        .notFollowed("今日は晴れ。"),
    ]
}
