/// `ja:length_constraints:number_paragraphs`: exactly N paragraphs separated by the
/// markdown divider `***` (`re.split(r"\s?\*\*\*\s?", value)`); a blank piece is allowed
/// only first or last (not counted), a blank piece between two dividers fails.
struct JaNumberOfParagraphs: Verifier {
    static let numParagraphs = JaArgument.threshold("num_paragraphs")
    static let description = InstructionDescription(
        id: "ja:length_constraints:number_paragraphs", suite: "mifeval-ja",
        summary: "Exactly N paragraphs separated by ***.",
        arguments: [numParagraphs],
        examples: examples
    )

    static let divider = JaPattern.compile(#"\s?\*\*\*\s?"#)

    let expected: Threshold

    init(arguments: InstructionArguments) throws(InstructionError) {
        expected = try arguments[Self.numParagraphs]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let pieces: [String?]
        do { pieces = try Self.divider.split(response) } catch { return .patternTooCostly(Self.divider.pattern, error) }
        var count = pieces.count
        for (index, piece) in pieces.enumerated() where PythonString.isBlank(piece ?? "") {
            if index == 0 || index == pieces.count - 1 {
                count -= 1
            } else {
                return .notFollowed("paragraph \(index + 1) between two *** dividers is empty")
            }
        }
        return Verdict(count == expected, "found \(Plural.count(count, "paragraph")) separated by ***, expected \(expected)")
    }

    static let examples: [VerifierExample] = [
        .followed("第一段落です。\n***\n第二段落です。", kwargs: #"{"num_paragraphs": 2}"#),
        .notFollowed("第一段落です。\n***\n***\n第二段落です。", kwargs: #"{"num_paragraphs": 2}"#),
        .followed("***\n一つ目。\n***\n二つ目。\n***", kwargs: #"{"num_paragraphs": 2}"#),
        // Full-width asterisks are no divider.
        .notFollowed("一つ目。\n＊＊＊\n二つ目。", kwargs: #"{"num_paragraphs": 2}"#),
    ]
}
