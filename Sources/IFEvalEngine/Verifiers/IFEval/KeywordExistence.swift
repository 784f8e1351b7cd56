/// `keywords:existence`: every keyword occurs. The official code passes each keyword to
/// `re.search` as a pattern, case-insensitively, so a keyword is matched as a Python regex.
struct KeywordExistence: Verifier {
    static let keywords = InstructionArgument.stringList("keywords", promptStates: .phrase(noun: "keyword"))
    static let description = InstructionDescription(
        id: "keywords:existence", suite: "ifeval",
        summary: "Every keyword occurs (each is used as a case-insensitive Python regex).",
        arguments: [keywords],
        examples: examples
    )

    let keywords: [(text: String, pattern: PythonRegex, prefilter: CaselessLiteralPrefilter?)]

    init(arguments: InstructionArguments) throws(InstructionError) {
        let keywords = try arguments[Self.keywords]
        var compiled: [(String, PythonRegex, CaselessLiteralPrefilter?)] = []
        for keyword in keywords.sorted(by: PythonOrdering.lessThan) {
            compiled.append((keyword, try arguments.compilePattern(keyword, options: .ignoreCase, describing: "keyword"),
                             CaselessLiteralPrefilter(literal: keyword)))
        }
        self.keywords = compiled
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // Plain ASCII keywords are looked for on bytes; the text is decoded only for
        // the others (or where a non-ASCII character could match an ASCII letter).
        var decoded: [Unicode.Scalar]?
        var missing: [String] = []
        for keyword in keywords {
            if let count = keyword.prefilter?.matchCount(in: response, limit: 1) {
                if count == 0 { missing.append(keyword.text) }
                continue
            }
            if decoded == nil { decoded = ScalarText.scalars(of: response) }
            let text = decoded!
            do {
                if try !keyword.pattern.matchesAnywhere(in: text, budget: context.regexBudget) { missing.append(keyword.text) }
            } catch {
                return .patternTooCostly(keyword.text, error)
            }
        }
        if missing.isEmpty {
            return .followed("contains every keyword: \(Quote.list(keywords.map(\.text)))")
        }
        return .notFollowed("missing keyword\(missing.count == 1 ? "" : "s") \(Quote.list(missing))")
    }

    static let examples: [VerifierExample] = [
        .followed("The Moon rises over the Sea.", kwargs: #"{"keywords": ["moon", "sea"]}"#),
        .notFollowed("The Moon rises.", kwargs: #"{"keywords": ["moon", "sea"]}"#),
        .followed("Researching is fun.", kwargs: #"{"keywords": ["search"]}"#),
        .notFollowed("", kwargs: #"{"keywords": ["a"]}"#),
        // Keywords are regular expressions, with all of Python's syntax; IGNORECASE uses
        // Unicode 14, where U+0264 has no upper case inside U+A7C0-U+10000 (issue 17, B).
        .notFollowed("\u{264}", kwargs: #"{"keywords": ["[\ua7c0-\ud800\udc00]"]}"#),
        .followed("The colours are bright.", kwargs: #"{"keywords": ["colou?r(?!ful)"]}"#),
        .notFollowed("A colourful day.", kwargs: #"{"keywords": ["colou?r(?!ful)"]}"#),
    ]
}
