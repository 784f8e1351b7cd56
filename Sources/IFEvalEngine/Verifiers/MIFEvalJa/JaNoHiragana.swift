/// `ja:letters:no_hiragana`: no code point from `ぁ` to `ゖ` (U+3041...U+3096).
struct JaNoHiragana: Verifier {
    static let description = InstructionDescription(
        id: "ja:letters:no_hiragana", suite: "mifeval-ja",
        summary: "No hiragana (ぁ...ゖ).",
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        if let c = response.unicodeScalars.first(where: { $0.value >= 0x3041 && $0.value <= 0x3096 }) {
            return .notFollowed("contains the hiragana \(JaScript.describe(c))")
        }
        return .followed("contains no hiragana")
    }

    static let examples: [VerifierExample] = [
        .followed("東京タワー、高イ。"),
        .notFollowed("東京タワーは高い。"),
        // The iteration mark ゝ (U+309D) is outside ぁ...ゖ.
        .followed("東京ゝ"),
    ]
}
