/// `ja:detectable_format:number_highlighted_sections`: at least N sections highlighted as
/// `《...》` (`re.findall(r"《[^\n《》]*》", value)`, on one line, not blank inside).
struct JaNumberOfHighlightedSections: Verifier {
    static let numHighlights = JaArgument.threshold("num_highlights")
    static let description = InstructionDescription(
        id: "ja:detectable_format:number_highlighted_sections", suite: "mifeval-ja",
        summary: "At least N sections highlighted with 《》.",
        arguments: [numHighlights],
        examples: examples
    )

    let minimum: Threshold

    init(arguments: InstructionArguments) throws(InstructionError) {
        minimum = try arguments[Self.numHighlights]
    }

    /// The non-blank `《...》` spans, as the official `findall` and strip find them: from a
    /// `《`, characters other than a line break, `《` or `》`, up to a `》`.
    static func highlights(in text: [Unicode.Scalar]) -> [String] {
        var found: [String] = []
        var i = 0
        while i < text.count {
            guard text[i] == "《" else { i += 1; continue }
            var j = i + 1
            while j < text.count && text[j] != "\n" && text[j] != "《" && text[j] != "》" { j += 1 }
            guard j < text.count && text[j] == "》" else { i += 1; continue }
            if !PythonString.isBlank(text[(i + 1)..<j]) { found.append(ScalarText.string(text[i...j])) }
            i = j + 1
        }
        return found
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found = Self.highlights(in: ScalarText.scalars(of: response))
        var reason = "found \(Plural.count(found.count, "highlighted section")) in 《》, expected at least \(minimum)"
        if !found.isEmpty { reason += " (\(Quote.list(Array(found.prefix(3)))))" }
        return Verdict(found.count >= minimum, reason)
    }

    static let examples: [VerifierExample] = [
        .followed("《重要》な点と《注意点》", kwargs: #"{"num_highlights": 2}"#),
        .notFollowed("《　》と《重要》", kwargs: #"{"num_highlights": 2}"#),
        .notFollowed("**重要**", kwargs: #"{"num_highlights": 1}"#),
    ]
}
