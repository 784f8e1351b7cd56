/// `ja:letters:katakana_only`: every letter (Unicode category L*, CPython 3.11's tables) is
/// a katakana from `ァ` to `ン` (U+30A1...U+30F3), `ー`, `・` or half-width `ｦ`...`ﾟ`; so
/// `ヴ` (U+30F4) and the small `ヵ ヶ` are not.
struct JaKatakanaOnly: Verifier {
    static let description = InstructionDescription(
        id: "ja:letters:katakana_only", suite: "mifeval-ja",
        summary: "Only katakana letters (ァ...ン, ー, ・, ｦ...ﾟ); non-letters allowed.",
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    static func isKatakana(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x30A1 && c.value <= 0x30F3) || c == "ー" || c == "・" || (c.value >= 0xFF66 && c.value <= 0xFF9F)
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        if let c = response.unicodeScalars.first(where: { !(Self.isKatakana($0) || JaScript.isIgnorable($0)) }) {
            return .notFollowed("contains the letter \(JaScript.describe(c)), which is not katakana")
        }
        return .followed("every letter is katakana")
    }

    static let examples: [VerifierExample] = [
        .followed("キョウハ　イイ　テンキデス！"),
        .notFollowed("キョウハ天気デス"),
        .notFollowed("ヴァイオリン"),
        .followed("ｶﾀｶﾅ 2024"),
    ]
}
