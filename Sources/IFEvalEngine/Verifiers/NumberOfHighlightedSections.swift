/// `detectable_format:number_highlighted_sections`: at least N highlighted sections:
/// the non-blank matches of `\*[^\n\*]*\*` plus the non-blank matches of
/// `\*\*[^\n\*]*\*\*` (so `**bold**` counts once for each pattern).
struct NumberOfHighlightedSections: Verifier {
    static let id = "detectable_format:number_highlighted_sections"
    static let argumentNames = ["num_highlights"]

    let minimum: Int

    init(arguments: InstructionArguments) throws(InstructionError) {
        minimum = try arguments.count("num_highlights")
    }

    /// Non-overlapping matches of `delimiter` + `[^\n\*]*` + `delimiter` (where the
    /// delimiter is `*` or `**`) whose inner text is not blank.
    static func countNonBlank(_ text: [Unicode.Scalar], delimiterLength: Int) -> Int {
        let n = text.count
        var count = 0
        var i = 0
        func delimiter(at j: Int) -> Bool {
            guard j + delimiterLength <= n else { return false }
            for k in j..<(j + delimiterLength) where text[k] != "*" { return false }
            return true
        }
        while i < n {
            guard delimiter(at: i) else { i += 1; continue }
            var j = i + delimiterLength
            while j < n && text[j] != "\n" && text[j] != "*" { j += 1 }
            if delimiter(at: j) {
                if !PythonString.isBlank(text[(i + delimiterLength)..<j]) { count += 1 }
                i = j + delimiterLength
            } else {
                i += 1
            }
        }
        return count
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let text = ScalarText.scalars(of: response)
        let found = NumberOfHighlightedSections.countNonBlank(text, delimiterLength: 1)
            + NumberOfHighlightedSections.countNonBlank(text, delimiterLength: 2)
        return Verdict(found >= minimum, "found \(Plural.count(found, "highlighted section")), expected at least \(minimum)")
    }

    static let examples: [VerifierExample] = [
        .followed("Some *one* and *two* here.", kwargs: #"{"num_highlights": 2}"#),
        .notFollowed("Some *one* and * * here.", kwargs: #"{"num_highlights": 2}"#),
        .followed("A **bold** word.", kwargs: #"{"num_highlights": 1}"#),
        .notFollowed("A **bold** word.", kwargs: #"{"num_highlights": 2}"#),
        .notFollowed("A *broken\nline* here.", kwargs: #"{"num_highlights": 1}"#),
    ]
}
