import Foundation

/// `detectable_format:number_highlighted_sections`: at least N highlighted sections:
/// the non-blank matches of `\*[^\n\*]*\*` plus the non-blank matches of
/// `\*\*[^\n\*]*\*\*` (so `**bold**` counts once for each pattern).
struct NumberOfHighlightedSections: Verifier {
    static let numHighlights = InstructionArgument.threshold("num_highlights", promptStates: .number)
    static let description = InstructionDescription(
        id: "detectable_format:number_highlighted_sections", suite: "ifeval",
        summary: "At least N sections highlighted with markdown, such as *highlighted section*.",
        arguments: [numHighlights],
        looseVariants: .failureIsFinal(),
        examples: examples
    )

    let minimum: Threshold

    init(arguments: InstructionArguments) throws(InstructionError) {
        minimum = try arguments[Self.numHighlights]
    }

    /// Non-overlapping matches of `delimiter` + `[^\n\*]*` + `delimiter` (where the
    /// delimiter is `*` or `**`) whose inner text is not blank. On UTF-8 bytes, which is
    /// exact: `*` and the line feed are single bytes never inside a multi-byte sequence.
    static func countNonBlank(_ bytes: UnsafeBufferPointer<UInt8>, delimiterLength: Int) -> Int {
        let n = bytes.count
        func delimiter(at j: Int) -> Bool {
            j + delimiterLength <= n && bytes[j] == 0x2A && (delimiterLength == 1 || bytes[j + 1] == 0x2A)
        }
        var count = 0
        var i = 0
        while i < n, let star = ByteSearch.firstIndex(of: 0x2A, in: bytes, i..<n) {
            i = star
            guard delimiter(at: i) else { i += 1; continue }
            var j = i + delimiterLength
            while j < n && bytes[j] != 0x0A && bytes[j] != 0x2A { j += 1 }
            if delimiter(at: j) {
                if !PythonString.stripRange(bytes, (i + delimiterLength)..<j).isEmpty { count += 1 }
                i = j + delimiterLength
            } else {
                i += 1
            }
        }
        return count
    }

    /// Matches never span lines and each line is scanned from its start, so removing
    /// lines keeps the matches of the lines kept (stripping only takes white space outside
    /// them); removing `*` leaves none. The count only shrinks: a failure is final.
    var variantsFailWhenResponseFails: Bool { true }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found = response.withUTF8Bytes {
            NumberOfHighlightedSections.countNonBlank($0, delimiterLength: 1) + NumberOfHighlightedSections.countNonBlank($0, delimiterLength: 2)
        }
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
