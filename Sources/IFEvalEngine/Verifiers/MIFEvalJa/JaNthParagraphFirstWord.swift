/// `ja:length_constraints:nth_paragraph_first_word`: exactly N non-blank paragraphs
/// (separated by `\n\n`), and paragraph `nth_paragraph` (counted among all pieces, blank
/// ones included), stripped and rid of leading `「` then `『`, starts with `first_word`
/// (lowercased, as the official code lowercases it; compared code point by code point,
/// without word boundary).
struct JaNthParagraphFirstWord: Verifier {
    static let numParagraphs = JaArgument.threshold("num_paragraphs")
    static let nthParagraph = InstructionArgument<Int>(
        ArgumentDescription(name: "nth_paragraph", kind: .count, minimum: 1, note: "1 to num_paragraphs")
    ) { arguments, name throws(InstructionError) in
        let n: Int
        switch arguments.values[name] {
        case nil, .null?: throw JaArgument.random(arguments, name, "is missing or null")
        case let .bool(b)?: n = b ? 1 : 0
        case let .number(number)?:
            guard let int = number.intValue, number.isInteger else {
                if let double = number.doubleValue, double <= 0 { throw JaArgument.random(arguments, name, "is not positive") }
                throw JaArgument.raises(arguments, name, "TypeError (list indices must be integers, not \(number.text))")
            }
            n = int
        case let value?: throw JaArgument.raises(arguments, name, "TypeError ('<=' between \(value.typeName) and an integer)")
        }
        if n <= 0 { throw JaArgument.random(arguments, name, "is not positive") }
        let paragraphs = try JaArgument.thresholdValue(arguments, "num_paragraphs")
        if Double(n) > paragraphs.value { throw JaArgument.random(arguments, name, "is greater than num_paragraphs") }
        return n
    }
    static let firstWord = InstructionArgument<String>(
        ArgumentDescription(name: "first_word", kind: .string, promptStates: .phrase(), note: "lowercased")
    ) { arguments, name throws(InstructionError) in
        switch arguments.values[name] {
        case nil, .null?: throw JaArgument.random(arguments, name, "is missing or null")
        case let .string(s)?: return PythonString.lower(s)
        case let value?: throw JaArgument.raises(arguments, name, "AttributeError (\(value.typeName) has no lower())")
        }
    }
    static let description = InstructionDescription(
        id: "ja:length_constraints:nth_paragraph_first_word", suite: "mifeval-ja",
        summary: "Exactly N paragraphs separated by blank lines; paragraph i starts with the word.",
        arguments: [numParagraphs, nthParagraph, firstWord],
        examples: examples
    )

    let expected: Threshold
    let nth: Int
    let firstWord: String
    let firstWordLength: Int

    init(arguments: InstructionArguments) throws(InstructionError) {
        expected = try arguments[Self.numParagraphs]
        nth = try arguments[Self.nthParagraph]
        firstWord = try arguments[Self.firstWord]
        firstWordLength = firstWord.unicodeScalars.count
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let paragraphs = PythonString.split(response, separator: "\n\n")
        let count = paragraphs.count - paragraphs.count(where: PythonString.isBlank)
        guard nth <= count else {
            return .notFollowed("found \(Plural.count(count, "non-blank paragraph")), fewer than paragraph \(nth) needs")
        }
        var paragraph = PythonString.strip(paragraphs[nth - 1])
        if paragraph.isEmpty { return .notFollowed("paragraph \(nth) is blank") }
        paragraph = PythonString.lstrip(paragraph, characters: ["「"])
        paragraph = PythonString.lstrip(paragraph, characters: ["『"])
        let start = ScalarText.string(paragraph.unicodeScalars.prefix(firstWordLength))
        guard count == expected else { return .notFollowed("found \(Plural.count(count, "paragraph")), expected \(expected)") }
        guard PythonString.identical(start, firstWord) else {
            return .notFollowed("paragraph \(nth) starts with \(Quote.text(start)), not \(Quote.text(firstWord))")
        }
        return .followed("\(Plural.count(count, "paragraph")); paragraph \(nth) starts with \(Quote.text(firstWord))")
    }

    static let examples: [VerifierExample] = [
        .followed("はじめに。\n\n「代謝とは何か。」\n\n終わり。", kwargs: #"{"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "代謝"}"#),
        .notFollowed("はじめに。\n\n代謝とは何か。", kwargs: #"{"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "代謝"}"#),
        // No word boundary: 代謝的 starts with 代謝.
        .followed("代謝的な話。\n\n二段落目。", kwargs: #"{"num_paragraphs": 2, "nth_paragraph": 1, "first_word": "代謝"}"#),
        .notFollowed("話の代謝。\n\n二段落目。", kwargs: #"{"num_paragraphs": 2, "nth_paragraph": 1, "first_word": "代謝"}"#),
        .followed("ai is here.\n\nSecond.", kwargs: #"{"num_paragraphs": 2, "nth_paragraph": 1, "first_word": "AI"}"#),
    ]
}
