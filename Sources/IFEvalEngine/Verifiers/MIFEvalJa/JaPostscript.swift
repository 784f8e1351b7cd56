/// `ja:detectable_content:postscript`: a postscript marker, searched with IGNORECASE and
/// MULTILINE (the response is not lowercased, unlike IFEval): for `P.P.S` the official
/// pattern `\s*p\.\s?p\.\s?s.*$`, for `P.S.` `\s*p\.\s?s\..*$`, for any other marker
/// (stripped; `P.P.S.` and `追伸` included) `\s*` + `re.escape(marker)` + `.*$`.
struct JaPostscript: Verifier {
    static let postscriptMarker = JaArgument.strippedString("postscript_marker", promptStates: .phrase())
    static let description = InstructionDescription(
        id: "ja:detectable_content:postscript", suite: "mifeval-ja",
        summary: "A postscript starting with the marker (P.S., P.P.S, 追伸, ...).",
        arguments: [postscriptMarker],
        examples: examples
    )

    let marker: String
    let pattern: PythonRegex

    init(arguments: InstructionArguments) throws(InstructionError) {
        marker = try arguments[Self.postscriptMarker]
        let source: String
        switch marker {
        case "P.P.S": source = #"\s*p\.\s?p\.\s?s.*$"#
        case "P.S.": source = #"\s*p\.\s?s\..*$"#
        default: source = #"\s*"# + PythonRegex.escape(marker) + #".*$"#
        }
        pattern = try arguments.compilePattern(source, options: [.ignoreCase, .multiline], describing: "postscript pattern")
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found: PythonRegex.Match?
        do { found = try pattern.firstMatch(in: response) } catch { return .patternTooCostly(marker, error) }
        guard let found else { return .notFollowed("no postscript starting with \(Quote.text(marker))") }
        let text = PythonString.strip(PythonRegex.string(ScalarText.scalars(of: response), found.range) ?? "")
        return .followed("contains the postscript \(Quote.text(text, limit: 40))")
    }

    static let examples: [VerifierExample] = [
        .followed("本文です。\n\n追伸 また会いましょう。", kwargs: #"{"postscript_marker": "追伸"}"#),
        .notFollowed("本文です。\n\nついしん また会いましょう。", kwargs: #"{"postscript_marker": "追伸"}"#),
        .followed("本文です。\np. s. またね", kwargs: #"{"postscript_marker": "P.S."}"#),
        // `P.P.S.` is no special marker: its escaped text is searched, the final dot included.
        .notFollowed("本文です。\nP.P.S またね", kwargs: #"{"postscript_marker": "P.P.S."}"#),
        .followed("本文です。\nP.P.S またね", kwargs: #"{"postscript_marker": "P.P.S"}"#),
    ]
}
