/// `ja:detectable_format:nominal_ending`: at least N nominal endings (体言止め): with every
/// `「...」` then `『...』` removed (lazily, within a line), a token of janome 0.5.0's
/// default tokenizer whose surface is a substring of `。！？` (so `。`, `！`, `？`, `！？`, ...)
/// right after a token whose part of speech starts with `名詞` (noun).
struct JaNominalEnding: Verifier {
    static let count = JaArgument.threshold("count")
    static let description = InstructionDescription(
        id: "ja:detectable_format:nominal_ending", suite: "mifeval-ja",
        summary: "At least N sentences end with a noun (体言止め), quotations aside (janome's morphology).",
        arguments: [count],
        examples: examples
    )

    let minimum: Threshold

    init(arguments: InstructionArguments) throws(InstructionError) {
        minimum = try arguments[Self.count]
    }

    static let marks = "。！？"

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let value: String
        do { value = try JaPattern.removingQuotations(response) } catch { return .patternTooCostly(JaPattern.cornerQuote.pattern, error) }
        let tokens = JanomeTokenizer.tokenize(value)
        var endings: [String] = []
        if tokens.count > 1 {
            for i in 1..<tokens.count
            where PythonString.contains(Self.marks, tokens[i].surface) && PythonString.startsWith(tokens[i - 1].partOfSpeech, "名詞") {
                endings.append(tokens[i - 1].surface + tokens[i].surface)
            }
        }
        var reason = "found \(Plural.count(endings.count, "nominal ending")), expected at least \(minimum)"
        if !endings.isEmpty { reason += " (\(Quote.list(Array(endings.prefix(3)))))" }
        return Verdict(endings.count >= minimum, reason)
    }

    static let examples: [VerifierExample] = [
        .followed("美しい夕焼け。静かな海。", kwargs: #"{"count": 2}"#),
        .notFollowed("夕焼けが美しい。海は静かだ。", kwargs: #"{"count": 1}"#),
        // Inside 「」 the noun endings do not count.
        .notFollowed("「美しい夕焼け。」と言った。", kwargs: #"{"count": 1}"#),
    ]
}
