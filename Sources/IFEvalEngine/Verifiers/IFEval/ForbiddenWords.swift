/// `keywords:forbidden_words`: none of the words occurs as a whole word
/// (`re.search(r"\b" + word + r"\b", response, re.IGNORECASE)`).
struct ForbiddenWords: Verifier {
    static let forbiddenWords = InstructionArgument.stringList("forbidden_words", promptStates: .phrase(noun: "forbidden word"))
    static let description = InstructionDescription(
        id: "keywords:forbidden_words", suite: "ifeval",
        summary: "None of the words occurs as a whole word (case-insensitive).",
        arguments: [forbiddenWords],
        examples: examples
    )

    let words: [(text: String, pattern: PythonRegex, prefilter: CaselessLiteralPrefilter?)]

    init(arguments: InstructionArguments) throws(InstructionError) {
        // `sorted(set(words))`: duplicates are dropped code point by code point (a Swift
        // `Set<String>` would also merge canonically equivalent words such as "é" and "e\u{301}").
        let unique = PythonOrdering.sortedUnique(try arguments[Self.forbiddenWords])
        var compiled: [(String, PythonRegex, CaselessLiteralPrefilter?)] = []
        for word in unique {
            compiled.append((word, try arguments.compilePattern(#"\b"# + word + #"\b"#, options: .ignoreCase, describing: "forbidden word"),
                             CaselessLiteralPrefilter(literal: word)))
        }
        words = compiled
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // Words that surely do not occur are ruled out on bytes; the text is decoded
        // only for the others.
        var decoded: [Unicode.Scalar]?
        var found: [String] = []
        for word in words where word.prefilter?.mayMatch(response) ?? true {
            if decoded == nil { decoded = ScalarText.scalars(of: response) }
            let text = decoded!
            do {
                if try word.pattern.matchesAnywhere(in: text, budget: context.regexBudget) { found.append(word.text) }
            } catch {
                return .patternTooCostly(word.text, error)
            }
        }
        if found.isEmpty {
            return .followed("uses none of \(Quote.list(words.map(\.text)))")
        }
        return .notFollowed("uses forbidden word\(found.count == 1 ? "" : "s") \(Quote.list(found))")
    }

    static let examples: [VerifierExample] = [
        .followed("Cats are calm; catalogs are fine.", kwargs: #"{"forbidden_words": ["cat"]}"#),
        .notFollowed("My CAT sleeps.", kwargs: #"{"forbidden_words": ["cat", "dog"]}"#),
        .notFollowed("a dog_cat? no: dog.", kwargs: #"{"forbidden_words": ["dog"]}"#),
    ]
}
