/// `length_constraints:number_paragraphs`: exactly N paragraphs separated by the
/// markdown divider `***` (split on `\s?\*\*\*\s?`). An empty paragraph is allowed only
/// first or last (it is not counted); an empty one in between fails the check.
struct NumberOfParagraphs: Verifier {
    static let numParagraphs = InstructionArgument.threshold("num_paragraphs", promptStates: .number)
    static let description = InstructionDescription(
        id: "length_constraints:number_paragraphs", suite: "ifeval",
        summary: "Exactly N paragraphs separated by the markdown divider ***.",
        arguments: [numParagraphs],
        conflicts: ["length_constraints:nth_paragraph_first_word", "length_constraints:number_sentences"],
        examples: examples
    )

    let expected: Threshold

    init(arguments: InstructionArguments) throws(InstructionError) {
        expected = try arguments[Self.numParagraphs]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // Without `***` the split gives the whole text: one paragraph, none if blank.
        guard ScalarText.contains(response, "***") else {
            let count = PythonString.isBlank(response) ? 0 : 1
            return Verdict(count == expected, "found \(Plural.count(count, "paragraph")) separated by ***, expected \(expected)")
        }
        let paragraphs = NumberOfParagraphs.split(ScalarText.scalars(of: response))
        var count = paragraphs.count
        for (index, paragraph) in paragraphs.enumerated() where PythonString.isBlank(paragraph) {
            if index == 0 || index == paragraphs.count - 1 {
                count -= 1
            } else {
                return .notFollowed("paragraph \(index + 1) between two *** dividers is empty")
            }
        }
        return Verdict(count == expected, "found \(Plural.count(count, "paragraph")) separated by ***, expected \(expected)")
    }

    /// `re.split(r"\s?\*\*\*\s?", text)`: at each position, a divider is an optional
    /// white-space character, `***`, then an optional white-space character.
    static func split(_ text: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
        var parts: [ArraySlice<Unicode.Scalar>] = []
        var fieldStart = 0
        var i = 0
        let n = text.count
        func stars(at j: Int) -> Bool { j + 2 < n && text[j] == "*" && text[j + 1] == "*" && text[j + 2] == "*" }
        while i < n {
            var end = -1
            if PythonCharacterClass.isSpace(text[i]) && stars(at: i + 1) {
                end = i + 4
            } else if stars(at: i) {
                end = i + 3
            }
            if end < 0 {
                i += 1
                continue
            }
            if end < n && PythonCharacterClass.isSpace(text[end]) { end += 1 }
            parts.append(text[fieldStart..<i])
            fieldStart = end
            i = end
        }
        parts.append(text[fieldStart..<n])
        return parts
    }

    static let examples: [VerifierExample] = [
        .followed("First part.\n***\nSecond part.\n***\nThird part.", kwargs: #"{"num_paragraphs": 3}"#),
        .followed("***\nFirst.\n***\nSecond.\n***", kwargs: #"{"num_paragraphs": 2}"#),
        .notFollowed("First.\n***\n***\nSecond.", kwargs: #"{"num_paragraphs": 2}"#),
        .notFollowed("First.\n\nSecond.", kwargs: #"{"num_paragraphs": 2}"#),
        .followed("A ****B", kwargs: #"{"num_paragraphs": 2}"#),
    ]
}
