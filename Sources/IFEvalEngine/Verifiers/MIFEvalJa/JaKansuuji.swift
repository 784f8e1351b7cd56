/// `ja:letters:kansuuji`: no decimal digit (`re.search(r'\d', value)`: Python's `\d` takes
/// the decimal digits of every script, full-width `０-９` included).
struct JaKansuuji: Verifier {
    static let description = InstructionDescription(
        id: "ja:letters:kansuuji", suite: "mifeval-ja",
        summary: "Numbers are written in kanji: no digits of any script.",
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        if let digit = response.unicodeScalars.first(where: PythonCharacterClass.isDecimal) {
            return .notFollowed("contains the digit \(JaScript.describe(digit))")
        }
        return .followed("contains no digit")
    }

    static let examples: [VerifierExample] = [
        .followed("三人で二十分歩いた。"),
        .notFollowed("3人で20分歩いた。"),
        .notFollowed("３人で歩いた。"),
    ]
}
