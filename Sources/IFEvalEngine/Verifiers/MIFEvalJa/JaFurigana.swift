/// `ja:letters:furigana`: every run of kanji (`[\u4e00-\u9faf]+`) is followed by its
/// reading in full-width parentheses, hiragana only: `len(re.findall(kanji))` equals
/// `len(re.findall(kanji + r"（[ぁ-ん]+）"))`.
struct JaFurigana: Verifier {
    static let description = InstructionDescription(
        id: "ja:letters:furigana", suite: "mifeval-ja",
        summary: "Every kanji run is followed by its reading in hiragana in （）.",
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let text = ScalarText.scalars(of: response)
        var runs = 0
        var withReading = 0
        var firstMissing: String?
        var i = 0
        while i < text.count {
            guard JaScript.isKanji(text[i]) else { i += 1; continue }
            var end = i
            while end < text.count && JaScript.isKanji(text[end]) { end += 1 }
            runs += 1
            // The reading: （, one or more of ぁ...ん, ）.
            var j = end
            var hasReading = false
            if j < text.count && text[j] == "（" {
                j += 1
                let start = j
                while j < text.count && JaScript.isHiraganaThroughN(text[j]) { j += 1 }
                hasReading = j > start && j < text.count && text[j] == "）"
            }
            if hasReading {
                withReading += 1
            } else if firstMissing == nil {
                firstMissing = ScalarText.string(text[i..<min(end + 4, text.count)])
            }
            i = end
        }
        if let firstMissing, runs != withReading {
            return .notFollowed("\(withReading) of \(Plural.count(runs, "kanji run")) have a reading in （ひらがな）; the first without is \(Quote.text(firstMissing))")
        }
        return .followed("all \(Plural.count(runs, "kanji run")) have a reading in （ひらがな）")
    }

    static let examples: [VerifierExample] = [
        .followed("漢字（かんじ）を書（か）く"),
        .notFollowed("漢字（カンジ）を書（か）く"),
        .notFollowed("漢字(かんじ)を書く"),
        .followed("ひらがなだけ"),
    ]
}
