/// `ja:startend:sentence_unified_end`: with every `「...」` then every `『...』` removed
/// (lazily, within a line), each non-empty piece between `。`, `！` and `？` (full width
/// only) ends with the ending; the text after the last mark counts too, line breaks and
/// spaces included.
struct JaSentenceUnifiedEnd: Verifier {
    static let ending = InstructionArgument<String>(
        ArgumentDescription(name: "ending", kind: .string, promptStates: .phrase(), note: "such as です or ます")
    ) { arguments, name throws(InstructionError) in
        switch arguments.values[name] {
        case nil, .null?: throw JaArgument.random(arguments, name, "is missing or null")
        case let .string(s)?: return s
        case let value?: throw JaArgument.raises(arguments, name, "TypeError (endswith takes a string, not \(value.typeName))")
        }
    }
    static let description = InstructionDescription(
        id: "ja:startend:sentence_unified_end", suite: "mifeval-ja",
        summary: "Every sentence (split at 。！？, quotations removed) ends with the ending.",
        arguments: [ending],
        examples: examples
    )

    let ending: String

    init(arguments: InstructionArguments) throws(InstructionError) {
        ending = try arguments[Self.ending]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let value: String
        do { value = try JaPattern.removingQuotations(response) } catch { return .patternTooCostly(JaPattern.cornerQuote.pattern, error) }
        var sentence: [Unicode.Scalar] = []
        var count = 0
        func ends() -> Bool { sentence.isEmpty || PythonString.endsWith(ScalarText.string(sentence), ending) }
        for c in value.unicodeScalars {
            if c == "。" || c == "！" || c == "？" {
                if !ends() { return .notFollowed("the sentence \(Quote.text(ScalarText.string(sentence.suffix(30)))) does not end with \(Quote.text(ending))") }
                if !sentence.isEmpty { count += 1 }
                sentence.removeAll(keepingCapacity: true)
            } else {
                sentence.append(c)
            }
        }
        if !ends() { return .notFollowed("the text after the last 。！？ \(Quote.text(ScalarText.string(sentence.suffix(30)))) does not end with \(Quote.text(ending))") }
        if !sentence.isEmpty { count += 1 }
        return .followed("all \(Plural.count(count, "sentence")) end with \(Quote.text(ending))")
    }

    static let examples: [VerifierExample] = [
        .followed("今日は晴れです。「雨だ。」と言ったのは嘘です。", kwargs: #"{"ending": "です"}"#),
        .notFollowed("今日は晴れです。明日は雨だ。", kwargs: #"{"ending": "です"}"#),
        // A line break after the last 。 is a sentence that does not end with です.
        .notFollowed("今日は晴れです。\n", kwargs: #"{"ending": "です"}"#),
        .followed("行きます！帰ります？", kwargs: #"{"ending": "ます"}"#),
    ]
}
