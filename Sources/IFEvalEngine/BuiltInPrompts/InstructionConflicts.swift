/// Which instruction ids may not share a prompt: the relation of the official
/// `INSTRUCTION_CONFLICTS` table (lm-eval's `instructions_registry.py`, which the
/// official code makes symmetric), restated here as pairs and whole-answer formats.
public enum InstructionConflicts {
    /// Pairs that conflict, in either order.
    static let pairs: [(String, String)] = {
        let language = "language:response_language"
        var pairs: [(String, String)] = [
            ("length_constraints:number_paragraphs", "length_constraints:nth_paragraph_first_word"),
            ("length_constraints:number_paragraphs", "length_constraints:number_sentences"),
            ("detectable_format:multiple_sections", "detectable_format:number_highlighted_sections"),
            ("change_case:capital_word_frequency", "change_case:english_lowercase"),
            ("change_case:capital_word_frequency", "change_case:english_capital"),
            ("change_case:english_lowercase", "change_case:english_capital"),
            ("startend:quotation", "detectable_format:title"),
        ]
        // A language other than the one asked for makes these checks meaningless (keywords,
        // phrases and section markers are given in English; case checks require English).
        for other in ["detectable_format:multiple_sections", "keywords:existence", "keywords:frequency",
                      "keywords:forbidden_words", "startend:end_checker", "change_case:english_capital",
                      "change_case:english_lowercase"] {
            pairs.append((language, other))
        }
        return pairs
    }()

    /// Instructions that shape the whole answer, with the only ids they combine with.
    static let exclusive: [String: Set<String>] = [
        "detectable_format:constrained_response": [],
        "detectable_format:json_format": ["keywords:forbidden_words", "keywords:existence"],
        "combination:two_responses": ["keywords:forbidden_words", "keywords:existence", "language:response_language",
                                      "detectable_format:title", "punctuation:no_comma"],
        "combination:repeat_prompt": ["keywords:existence", "detectable_format:title", "punctuation:no_comma"],
    ]

    static let pairSet: Set<String> = Set(pairs.flatMap { [$0.0 + "|" + $0.1, $0.1 + "|" + $0.0] })

    /// Whether two instructions may not appear in one prompt (an id conflicts with itself).
    public static func conflict(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if let allowed = exclusive[a], !allowed.contains(b) { return true }
        if let allowed = exclusive[b], !allowed.contains(a) { return true }
        return pairSet.contains(a + "|" + b)
    }
}
