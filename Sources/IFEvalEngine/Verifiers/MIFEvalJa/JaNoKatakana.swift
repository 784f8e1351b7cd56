/// `ja:letters:no_katakana`: no code point from `ァ` to `ヺ` (U+30A1...U+30FA) nor half-width
/// `ｦ` to `ﾟ` (U+FF66...U+FF9F); `ー` and `・` are allowed.
struct JaNoKatakana: Verifier {
    static let description = InstructionDescription(
        id: "ja:letters:no_katakana", suite: "mifeval-ja",
        summary: "No katakana (ァ...ヺ, ｦ...ﾟ).",
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        if let c = response.unicodeScalars.first(where: { ($0.value >= 0x30A1 && $0.value <= 0x30FA) || ($0.value >= 0xFF66 && $0.value <= 0xFF9F) }) {
            return .notFollowed("contains the katakana \(JaScript.describe(c))")
        }
        return .followed("contains no katakana")
    }

    static let examples: [VerifierExample] = [
        .followed("とうきょうの　たわーは　高い。"),
        .notFollowed("東京タワーは高い。"),
        .notFollowed("ｶﾀｶﾅ"),
        .followed("ー・"),
    ]
}
