/// `length_constraints:nth_paragraph_first_word`: exactly N paragraphs separated by
/// `"\n\n"`, and paragraph i starts with the given word.
///
/// Official quirks kept: blank paragraphs are not counted, but paragraph i is still
/// taken from the list that includes them; the first word is the first white-space
/// field with leading `'` then `"` removed, cut at the first of `. , ? ! ' "`, and
/// lowercased scalar by scalar.
struct NthParagraphFirstWord: Verifier {
    static let numParagraphs = InstructionArgument.threshold("num_paragraphs", promptStates: .number)
    static let nthParagraph = InstructionArgument.count("nth_paragraph", promptStates: .numberOrOrdinal, note: "1 to num_paragraphs")
    static let firstWord = InstructionArgument.string("first_word", promptStates: .phrase())
    static let description = InstructionDescription(
        id: "length_constraints:nth_paragraph_first_word", suite: "ifeval",
        summary: "Exactly N paragraphs separated by blank lines, paragraph i starting with the given word.",
        arguments: [numParagraphs, nthParagraph, firstWord],
        examples: examples
    )

    let expectedParagraphs: Threshold
    let nth: Int
    let firstWord: String

    init(arguments: InstructionArguments) throws(InstructionError) {
        expectedParagraphs = try arguments[Self.numParagraphs]
        nth = try arguments[Self.nthParagraph]
        guard nth >= 1, !(Double(nth) > expectedParagraphs.value) else {
            throw arguments.error("argument 'nth_paragraph' must be between 1 and num_paragraphs (\(expectedParagraphs)); the official code would pick a random value")
        }
        firstWord = PythonString.lower(try arguments[Self.firstWord])
    }

    private static let punctuation: Set<Unicode.Scalar> = [".", ",", "?", "!", "'", "\""]

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // Paragraphs as byte ranges: blank ones are those that strip to nothing.
        let paragraphs = response.withUTF8Bytes { bytes in
            PythonString.splitRanges(bytes, separator: "\n\n").map { PythonString.stripRange(bytes, $0) }
        }
        let count = paragraphs.count(where: { !$0.isEmpty })
        guard nth <= count else {
            return .notFollowed("found \(Plural.count(count, "paragraph")), so there is no paragraph \(nth); expected \(expectedParagraphs)")
        }
        let paragraph = PythonString.slice(response, utf8: paragraphs[nth - 1])
        guard !paragraph.isEmpty else {
            return .notFollowed("paragraph \(nth) is empty")
        }
        var word = PythonString.splitWhitespace(paragraph)[0]
        word = PythonString.lstrip(word, characters: ["'"])
        word = PythonString.lstrip(word, characters: ["\""])
        var found = ""
        for scalar in word.unicodeScalars {
            if NthParagraphFirstWord.punctuation.contains(scalar) { break }
            found += PythonString.lower(String(scalar))
        }
        if count != expectedParagraphs {
            return .notFollowed("found \(Plural.count(count, "paragraph")) separated by blank lines, expected \(expectedParagraphs)")
        }
        return Verdict(PythonString.identical(found, firstWord), "paragraph \(nth) starts with \(Quote.text(found)), expected \(Quote.text(firstWord))")
    }

    static let examples: [VerifierExample] = [
        .followed("Intro here.\n\n\"Summary, in short.\n\nEnd.", kwargs: #"{"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "summary"}"#),
        .notFollowed("Intro here.\n\nSummary.", kwargs: #"{"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "summary"}"#),
        .notFollowed("Intro.\n\nThen.\n\nEnd.", kwargs: #"{"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "summary"}"#),
        .followed("\n\nWeekend plans.\n\nMore.", kwargs: #"{"num_paragraphs": 2, "nth_paragraph": 2, "first_word": "weekend"}"#),
    ]
}
