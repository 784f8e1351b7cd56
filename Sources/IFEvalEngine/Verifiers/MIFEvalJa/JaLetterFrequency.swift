/// `ja:keywords:letter_frequency`: the hiragana letter and its katakana counterpart
/// (code point + 0x60) together occur fewer than / at least N times (code points).
struct JaLetterFrequency: Verifier {
    static let letter = InstructionArgument<Unicode.Scalar>(
        ArgumentDescription(name: "letter", kind: .letter, promptStates: .letter, note: "one hiragana ぁ...ん; its katakana counts too")
    ) { arguments, name throws(InstructionError) in
        guard let value = arguments.values[name], value.isTruthy else { throw JaArgument.random(arguments, name, "is missing or empty") }
        guard let text = value.stringValue else { throw JaArgument.raises(arguments, name, "TypeError (\(value.typeName) has no length)") }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 1, JaScript.isHiraganaThroughN(scalars[0]) else {
            throw JaArgument.random(arguments, name, "is not one hiragana letter from ぁ to ん")
        }
        return scalars[0]
    }
    static let frequency = JaArgument.threshold("let_frequency")
    static let relation = JaArgument.relation("let_relation")
    static let description = InstructionDescription(
        id: "ja:keywords:letter_frequency", suite: "mifeval-ja",
        summary: "The hiragana letter (with its katakana form) occurs fewer than / at least N times.",
        arguments: [letter, frequency, relation],
        examples: examples
    )

    let letter: Unicode.Scalar
    let katakana: Unicode.Scalar
    let frequency: Threshold
    let relation: ComparisonRelation

    init(arguments: InstructionArguments) throws(InstructionError) {
        letter = try arguments[Self.letter]
        katakana = Unicode.Scalar(letter.value + 96)!
        frequency = try arguments[Self.frequency]
        relation = try arguments[Self.relation]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        var count = 0
        for c in response.unicodeScalars where c == letter || c == katakana { count += 1 }
        return Verdict(relation.holds(count, frequency),
                       "\(Quote.text(String(letter))) and \(Quote.text(String(katakana))) occur \(Plural.times(count)); expected \(relation.describeJapanese(frequency))")
    }

    static let examples: [VerifierExample] = [
        .followed("かきくけこ、カキクケコ、かかか", kwargs: #"{"letter": "か", "let_frequency": 5, "let_relation": "以上"}"#),
        .notFollowed("かきくけこ", kwargs: #"{"letter": "か", "let_frequency": 2, "let_relation": "以上"}"#),
        .followed("ありがとう", kwargs: #"{"letter": "か", "let_frequency": 1, "let_relation": "未満"}"#),
        // が (U+304C) is another code point than か.
        .notFollowed("ががが", kwargs: #"{"letter": "か", "let_frequency": 1, "let_relation": "以上"}"#),
    ]
}
