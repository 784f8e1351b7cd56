/// `count:keywords_multiple`: keyword1 occurs once, keyword2 twice, keyword3 three times,
/// keyword4 five times and keyword5 seven times, each counted as
/// `response.lower().count(keyword.strip().lower())` (substrings, not words).
struct KeywordsMultiple: Verifier {
    static let keyword1 = InstructionArgument.string("keyword1", promptStates: .phrase(noun: "keyword"))
    static let keyword2 = InstructionArgument.string("keyword2", promptStates: .phrase(noun: "keyword"))
    static let keyword3 = InstructionArgument.string("keyword3", promptStates: .phrase(noun: "keyword"))
    static let keyword4 = InstructionArgument.string("keyword4", promptStates: .phrase(noun: "keyword"))
    static let keyword5 = InstructionArgument.string("keyword5", promptStates: .phrase(noun: "keyword"))
    static let description = InstructionDescription(
        id: "count:keywords_multiple", suite: "ifbench",
        summary: "keyword1..keyword5 occur exactly 1, 2, 3, 5 and 7 times.",
        arguments: [keyword1, keyword2, keyword3, keyword4, keyword5],
        examples: examples
    )

    static let times = [1, 2, 3, 5, 7]

    /// The lower-cased, stripped keywords.
    let keywords: [String]

    init(arguments: InstructionArguments) throws(InstructionError) {
        var keywords: [String] = []
        for argument in [Self.keyword1, Self.keyword2, Self.keyword3, Self.keyword4, Self.keyword5] {
            keywords.append(PythonString.lower(PythonString.strip(try arguments[argument])))
        }
        self.keywords = keywords
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let text = PythonString.lower(response)
        for (keyword, times) in zip(keywords, Self.times) {
            let found = PythonString.count(text, keyword)
            if found != times {
                return .notFollowed("\(IFBenchText.quote(keyword, limit: 30)) occurs \(found) time\(found == 1 ? "" : "s"), expected \(times)")
            }
        }
        return .followed("each keyword occurs exactly 1, 2, 3, 5 and 7 times")
    }

    static let examples: [VerifierExample] = [
        .followed("A b b c c c d d d d d e e e e e e e",
                  kwargs: #"{"keyword1": "a", "keyword2": "b", "keyword3": "c", "keyword4": " D ", "keyword5": "e"}"#),
        .notFollowed("a b b c c c d d d d d e e e e e e",
                     kwargs: #"{"keyword1": "a", "keyword2": "b", "keyword3": "c", "keyword4": "d", "keyword5": "e"}"#),
    ]
}
