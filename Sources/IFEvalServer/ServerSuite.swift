import IFEvalEngine

/// The instruction suite the server verifies. A small adapter, so that selecting a suite
/// stays in one place when the engine offers more than IFEval's: today only `ifeval`
/// (the 25 official instruction types of `InstructionRegistry`).
public struct ServerSuite: Sendable, Equatable {
    public let name: String

    public static let ifeval = ServerSuite(name: "ifeval")
    public static let all: [ServerSuite] = [.ifeval]

    /// The suite called `name`, or nil.
    public static func named(_ name: String) -> ServerSuite? {
        all.first { $0.name == name }
    }

    /// The instruction ids, sorted.
    var instructionIDs: [String] { InstructionRegistry.ids }

    /// Builds the verifiers of one item's instruction list (ids and kwargs), through
    /// `cache` (shared by every request): the engine's own construction, as `ifeval
    /// score` does it.
    func prepare(_ record: PromptRecord, cache: VerifierCache) throws(InstructionError) -> PreparedPrompt {
        try PreparedPrompt(record, cache: cache)
    }

    /// `GET /v1/instructions`: id, argument names and a description of each instruction.
    func instructionCatalog() -> JSONValue {
        let instructions: [JSONValue] = InstructionRegistry.verifierTypes.sorted { $0.id < $1.id }.map { type in
            .object([
                ("id", .string(type.id)),
                ("category", .string(String(type.id.split(separator: ":").first ?? ""))),
                ("arguments", .array(type.argumentNames.map { .string($0) })),
                ("description", .string(Self.descriptions[type.id] ?? "")),
            ])
        }
        return .object([
            ("suite", .string(name)),
            ("count", .number(JSONNumber(instructions.count))),
            ("instructions", .array(instructions)),
        ])
    }

    /// What each instruction checks, in the words of the IFEval paper's table, shortened.
    static let descriptions: [String: String] = [
        "change_case:capital_word_frequency": "Words in all capital letters appear less than / at least capital_frequency times (capital_relation).",
        "change_case:english_capital": "The whole response is in English and in capital letters.",
        "change_case:english_lowercase": "The whole response is in English and in lowercase letters.",
        "combination:repeat_prompt": "The response first repeats prompt_to_repeat word for word, then answers.",
        "combination:two_responses": "Two different responses, separated by six asterisks (******).",
        "detectable_content:number_placeholders": "At least num_placeholders placeholders in square brackets, such as [address].",
        "detectable_content:postscript": "A postscript at the end, starting with postscript_marker (such as P.S.).",
        "detectable_format:constrained_response": "The answer is one of the given options (My answer is yes./no./maybe.).",
        "detectable_format:json_format": "The entire output is wrapped in JSON format (a code fence is allowed).",
        "detectable_format:multiple_sections": "num_sections sections, each starting with section_spliter and its number (such as SECTION 1).",
        "detectable_format:number_bullet_lists": "Exactly num_bullets markdown bullet points (* or -).",
        "detectable_format:number_highlighted_sections": "At least num_highlights sections highlighted with markdown, such as *highlighted section*.",
        "detectable_format:title": "A title wrapped in double angular brackets, such as <<poem of joy>>.",
        "keywords:existence": "Each of keywords occurs (each is a case-insensitive Python regular expression).",
        "keywords:forbidden_words": "None of forbidden_words occurs as a word (case-insensitive).",
        "keywords:frequency": "keyword occurs less than / at least frequency times (relation).",
        "keywords:letter_frequency": "The letter occurs less than / at least let_frequency times (let_relation).",
        "language:response_language": "The whole response is in the language language (an ISO 639-1 code, detected as langdetect does).",
        "length_constraints:nth_paragraph_first_word": "num_paragraphs paragraphs separated by blank lines; paragraph nth_paragraph starts with first_word.",
        "length_constraints:number_paragraphs": "num_paragraphs paragraphs, separated by the markdown divider ***.",
        "length_constraints:number_sentences": "Less than / at least num_sentences sentences (relation).",
        "length_constraints:number_words": "Less than / at least num_words words (relation).",
        "punctuation:no_comma": "No commas at all.",
        "startend:end_checker": "The response ends with the exact phrase end_phrase, with nothing after it.",
        "startend:quotation": "The whole response is wrapped in double quotation marks.",
    ]
}
