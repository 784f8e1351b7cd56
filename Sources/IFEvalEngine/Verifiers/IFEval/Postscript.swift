/// `detectable_content:postscript`: the lowercased response contains the postscript
/// marker. For `P.S.` and `P.P.S` the official patterns allow one optional white-space
/// character after each dot (`p\.\s?s\.`, `p\.\s?p\.\s?s`); any other marker is used,
/// lowercased, inside the official pattern `\s*` + marker + `.*$` (MULTILINE), so that a
/// marker's own syntax combines with it as in Python: `?x` makes `\s*` lazy, `+x`
/// possessive, a trailing backslash escapes the `.`, and `(?i)x` is an error (global
/// flags not at the start).
struct Postscript: Verifier {
    static let postscriptMarker = InstructionArgument.string("postscript_marker", promptStates: .phrase())
    static let description = InstructionDescription(
        id: "detectable_content:postscript", suite: "ifeval",
        summary: "A postscript starting with the marker (P.S., P.P.S, ...).",
        arguments: [postscriptMarker],
        examples: examples
    )

    let marker: String
    let matcher: Matcher

    enum Matcher {
        /// `p\.\s?p\.\s?s`, or `p\.\s?s\.`: literal parts with an optional white-space
        /// character between them.
        case dottedLetters([[Unicode.Scalar]])
        case pattern(PythonRegex)
    }

    init(arguments: InstructionArguments) throws(InstructionError) {
        marker = PythonString.strip(try arguments[Self.postscriptMarker])
        switch marker {
        case "P.P.S": matcher = .dottedLetters([["p", "."], ["p", "."], ["s"]])
        case "P.S.": matcher = .dottedLetters([["p", "."], ["s", "."]])
        default:
            let body = PythonString.lower(marker)
            // The official pattern is `\s*` + body + `.*$` with MULTILINE. For a body
            // without regex syntax, `\s*` and `.*$` can always match around it, so a
            // search for the body alone gives the same answer, faster.
            let pattern = PythonRegex.isLiteral(body) ? body : #"\s*"# + body + #".*$"#
            matcher = .pattern(try arguments.compilePattern(pattern, options: .multiline, describing: "postscript pattern"))
        }
    }

    /// Whether `parts` occur in order from `start`, each optionally preceded (after the
    /// first) by one white-space character.
    static func matches(_ parts: [[Unicode.Scalar]], in text: [Unicode.Scalar], at start: Int, part: Int = 0) -> Bool {
        if part == parts.count { return true }
        let literal = parts[part]
        var candidates = [start]
        if part > 0, start < text.count, PythonCharacterClass.isSpace(text[start]) { candidates.insert(start + 1, at: 0) }
        for position in candidates where position + literal.count <= text.count
            && text[position..<(position + literal.count)].elementsEqual(literal, by: { asciiLower($0) == $1 }) {
            if matches(parts, in: text, at: position + literal.count, part: part + 1) { return true }
        }
        return false
    }

    /// The official code lowercases the response first. For the `P.S.` / `P.P.S`
    /// patterns, lowering only ASCII letters gives the same matches: no other character
    /// lowercases to `p`, `s`, `.` or white space, and none lowercases to a sequence
    /// containing them.
    @inline(__always)
    static func asciiLower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found: Bool
        switch matcher {
        case let .dottedLetters(parts):
            let text = ScalarText.scalars(of: response)
            found = text.indices.contains { Postscript.asciiLower(text[$0]) == parts[0][0] && Postscript.matches(parts, in: text, at: $0) }
        case let .pattern(pattern):
            let lowered = ScalarText.scalars(of: PythonString.lower(response))
            do { found = try pattern.matchesAnywhere(in: lowered, budget: context.regexBudget) } catch { return .patternTooCostly(marker, error) }
        }
        if found {
            return .followed("contains the postscript marker \(Quote.text(marker))")
        }
        return .notFollowed("no postscript starting with \(Quote.text(marker))")
    }

    static let examples: [VerifierExample] = [
        .followed("Thanks!\n\nP.S. See you soon.", kwargs: #"{"postscript_marker": "P.S."}"#),
        .followed("Thanks!\np. s. lowercase and spaced", kwargs: #"{"postscript_marker": "P.S."}"#),
        .notFollowed("Thanks!\nPS see you", kwargs: #"{"postscript_marker": "P.S."}"#),
        .followed("Bye.\nP.P.S one more", kwargs: #"{"postscript_marker": "P.P.S"}"#),
        .notFollowed("Bye.\nP.S. one more", kwargs: #"{"postscript_marker": "P.P.S"}"#),
        // A marker's own syntax joins the official pattern: `\s*note\.*$` wants dots to the end of the line.
        .followed("Bye.\nNOTE...", kwargs: #"{"postscript_marker": "NOTE\\"}"#),
        .notFollowed("Bye.\nNOTE: later", kwargs: #"{"postscript_marker": "NOTE\\"}"#),
        .followed("Bye.\n  PS (later)", kwargs: #"{"postscript_marker": "ps \\("}"#),
    ]
}
