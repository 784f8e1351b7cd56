/// `format:quote_unquote`: every quoted phrase followed by an unquoted explanation. As the
/// official checker (whose first replacement, `'"'` by `'"'`, changes nothing): with `'"'`
/// (the three characters) removed and all white space removed, the text holds no `""` and,
/// with digits and ASCII punctuation other than `"` stripped from both ends, does not end
/// with `"`.
struct QuoteExplanation: Verifier {
    static let description = InstructionDescription(
        id: "format:quote_unquote", suite: "ifbench",
        summary: "Every quoted phrase is followed by an unquoted explanation.",
        arguments: [],
        examples: examples
    )

    private static let edge: Set<Unicode.Scalar> = Set("0123456789".unicodeScalars).union(PythonString.asciiPunctuation.subtracting(["\""]))

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // Without a quotation mark neither test below can fail.
        guard PythonString.contains(response, "\"") else {
            return .followed("no quotation marks meet and the response does not end with a quote")
        }
        let withoutReferences = PythonString.split(response, separator: "'\"'").joined()
        var compact = String.UnicodeScalarView()
        for scalar in withoutReferences.unicodeScalars where !PythonCharacterClass.isSpace(scalar) { compact.append(scalar) }
        let text = String(compact)
        if PythonString.contains(text, "\"\"") {
            return .notFollowed("two quotation marks meet (\"\") once white space is removed: a quote with no explanation after it")
        }
        let stripped = PythonString.strip(text, characters: Self.edge)
        if stripped.unicodeScalars.last == "\"" {
            return .notFollowed("the response ends with a quotation mark (digits and punctuation aside): the last quote has no explanation")
        }
        return .followed("no quotation marks meet and the response does not end with a quote")
    }

    static let examples: [VerifierExample] = [
        .followed(#""To be or not to be" asks whether life is worth living."#),
        .notFollowed(#"He said "hello" "goodbye" and left."#),
        .notFollowed(#"The line is "to be or not to be"."#),
    ]
}
