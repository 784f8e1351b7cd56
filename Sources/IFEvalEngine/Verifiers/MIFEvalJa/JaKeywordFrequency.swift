/// `ja:keywords:frequency`: the stripped keyword is the surface of fewer than / at least N
/// tokens of janome 0.5.0's default tokenizer (`JanomeTokenizer`).
struct JaKeywordFrequency: Verifier {
    static let keyword = InstructionArgument<String>(
        ArgumentDescription(name: "keyword", kind: .string, promptStates: .phrase(), note: "stripped")
    ) { arguments, name throws(InstructionError) in
        guard let value = arguments.values[name], value.isTruthy else { throw JaArgument.random(arguments, name, "is missing or empty") }
        guard let text = value.stringValue else { throw JaArgument.raises(arguments, name, "AttributeError (\(value.typeName) has no strip())") }
        return PythonString.strip(text)
    }
    static let frequency = JaArgument.threshold("frequency")
    static let relation = JaArgument.relation("relation")
    static let description = InstructionDescription(
        id: "ja:keywords:frequency", suite: "mifeval-ja",
        summary: "The keyword occurs as a token fewer than / at least N times (janome's morphology).",
        arguments: [keyword, frequency, relation],
        examples: examples
    )

    let keyword: String
    let frequency: Threshold
    let relation: ComparisonRelation

    init(arguments: InstructionArguments) throws(InstructionError) {
        keyword = try arguments[Self.keyword]
        frequency = try arguments[Self.frequency]
        relation = try arguments[Self.relation]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let count = JanomeTokenizer.tokenize(response).count { PythonString.identical($0.surface, keyword) }
        return Verdict(relation.holds(count, frequency),
                       "the token \(Quote.text(keyword)) occurs \(Plural.times(count)); expected \(relation.describeJapanese(frequency))")
    }

    static let examples: [VerifierExample] = [
        .followed("猫と猫と猫。", kwargs: #"{"keyword": "猫", "frequency": 3, "relation": "以上"}"#),
        .notFollowed("猫と犬。", kwargs: #"{"keyword": "猫", "frequency": 2, "relation": "以上"}"#),
    ]
}
