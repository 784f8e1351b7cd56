/// `ja:combination:two_responses`: the same check as IFEval's: exactly two different
/// non-blank responses separated by `******`; a blank piece is allowed only first or last.
struct JaTwoResponses: Verifier {
    static let description = InstructionDescription(
        id: "ja:combination:two_responses", suite: "mifeval-ja",
        summary: "Two different responses separated by six asterisks (******).",
        examples: examples
    )

    private let checker: TwoResponses

    init(arguments: InstructionArguments) throws(InstructionError) {
        checker = try TwoResponses(arguments: arguments)
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        checker.check(response, context: context)
    }

    static let examples: [VerifierExample] = [
        .followed("一つ目の答え。\n******\n二つ目の答え。"),
        .notFollowed("同じ答え。\n******\n同じ答え。"),
        .notFollowed("一つ目。\n＊＊＊＊＊＊\n二つ目。"),
    ]
}
