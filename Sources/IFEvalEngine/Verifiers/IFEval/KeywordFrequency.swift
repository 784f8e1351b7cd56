/// `keywords:frequency`: the keyword occurs fewer than / at least N times, counted as
/// `len(re.findall(keyword, response, re.IGNORECASE))` (substrings count).
struct KeywordFrequency: Verifier {
    static let keyword = InstructionArgument.string("keyword", promptStates: .phrase())
    static let frequency = InstructionArgument.threshold("frequency", promptStates: .number)
    static let relation = InstructionArgument.relation("relation")
    static let description = InstructionDescription(
        id: "keywords:frequency", suite: "ifeval",
        summary: "The keyword occurs fewer than / at least N times (case-insensitive; substrings count).",
        arguments: [keyword, frequency, relation],
        examples: examples
    )

    let keyword: String
    let pattern: PythonRegex
    let prefilter: CaselessLiteralPrefilter?
    let frequency: Threshold
    let relation: ComparisonRelation

    init(arguments: InstructionArguments) throws(InstructionError) {
        keyword = PythonString.strip(try arguments[Self.keyword])
        pattern = try arguments.compilePattern(keyword, options: .ignoreCase, describing: "keyword")
        prefilter = CaselessLiteralPrefilter(literal: keyword)
        frequency = try arguments[Self.frequency]
        relation = try arguments[Self.relation]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found: Int
        if let count = prefilter?.matchCount(in: response) {
            found = count
        } else {
            do { found = try pattern.count(in: ScalarText.scalars(of: response), budget: context.regexBudget) } catch { return .patternTooCostly(keyword, error) }
        }
        return Verdict(
            relation.holds(found, frequency),
            "found \(Quote.text(keyword)) \(Plural.times(found)), expected \(relation.describe(frequency))"
        )
    }

    static let examples: [VerifierExample] = [
        .followed("War and peace. WAR! warning.", kwargs: #"{"keyword": "war", "frequency": 3, "relation": "at least"}"#),
        .notFollowed("War and peace. WAR!", kwargs: #"{"keyword": "war", "frequency": 3, "relation": "at least"}"#),
        .followed("one fish", kwargs: #"{"keyword": "fish", "frequency": 2, "relation": "less than"}"#),
        .notFollowed("fish fish", kwargs: #"{"keyword": "fish", "frequency": 2, "relation": "less than"}"#),
        // A regex keyword that needs a `c` the text lacks: no match, decided at once (issue 17, E).
        .followed(String(repeating: "ab", count: 1000), kwargs: #"{"keyword": "(a|b)*c", "frequency": 1, "relation": "less than"}"#),
    ]
}
