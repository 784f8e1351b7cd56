/// `combination:two_responses`: exactly two different non-blank responses separated by
/// `******`; a blank piece is allowed only first or last.
struct TwoResponses: Verifier {
    static let description = InstructionDescription(
        id: "combination:two_responses", suite: "ifeval",
        summary: "Two different responses separated by six asterisks (******).",
        combinesOnlyWith: ["keywords:forbidden_words", "keywords:existence", "language:response_language", "detectable_format:title", "punctuation:no_comma"],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // Without the separator, the split gives the whole text: one answer, or none.
        guard ScalarText.contains(response, "******") else {
            let count = PythonString.isBlank(response) ? 0 : 1
            return .notFollowed("found \(Plural.count(count, "response")) separated by ******, expected 2")
        }
        let pieces = PythonString.split(response, separator: "******")
        var answers: [String] = []
        for (index, piece) in pieces.enumerated() {
            if PythonString.strip(piece).isEmpty {
                if index != 0 && index != pieces.count - 1 {
                    return .notFollowed("piece \(index + 1) between two ****** separators is empty")
                }
            } else {
                answers.append(piece)
            }
        }
        guard answers.count == 2 else {
            return .notFollowed("found \(Plural.count(answers.count, "response")) separated by ******, expected 2")
        }
        if PythonString.identical(PythonString.strip(answers[0]), PythonString.strip(answers[1])) {
            return .notFollowed("the two responses are the same")
        }
        return .followed("two different responses separated by ******")
    }

    static let examples: [VerifierExample] = [
        .followed("First answer.\n******\nSecond answer."),
        .notFollowed("Same.\n******\nSame."),
        .notFollowed("One.\n******\n******\nTwo."),
        .followed("******\nOne.\n******\nTwo.\n******"),
        .notFollowed("One.\n*****\nTwo."),
        // Python compares code points: these two differ, though Swift's == equates them.
        .followed("Caf\u{E9}\n******\nCafe\u{301}"),
    ]
}
