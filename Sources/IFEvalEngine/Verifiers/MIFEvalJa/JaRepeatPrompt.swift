/// `ja:combination:repeat_prompt`: the stripped response starts with the stripped
/// `prompt_to_repeat`, code point by code point (no lowercasing, unlike IFEval). An empty
/// or missing `prompt_to_repeat` makes the official code raise `ValueError`.
struct JaRepeatPrompt: Verifier {
    static let promptToRepeat = InstructionArgument<String>(
        ArgumentDescription(name: "prompt_to_repeat", kind: .string, promptStates: .verbatim)
    ) { arguments, name throws(InstructionError) in
        guard let value = arguments.values[name], value.isTruthy else {
            throw JaArgument.raises(arguments, name, "ValueError (prompt_to_repeat must be set)")
        }
        guard let text = value.stringValue else { throw JaArgument.raises(arguments, name, "AttributeError (\(value.typeName) has no strip())") }
        return text
    }
    static let description = InstructionDescription(
        id: "ja:combination:repeat_prompt", suite: "mifeval-ja",
        summary: "The response first repeats the request word for word, then answers.",
        arguments: [promptToRepeat],
        examples: examples
    )

    let expected: String

    init(arguments: InstructionArguments) throws(InstructionError) {
        expected = PythonString.strip(try arguments[Self.promptToRepeat])
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let value = PythonString.strip(response)
        if PythonString.startsWith(value, expected) { return .followed("starts with the request, repeated exactly") }
        let shown = ScalarText.string(value.unicodeScalars.prefix(expected.unicodeScalars.count))
        return .notFollowed("starts with \(Quote.text(shown)), not with the request \(Quote.text(expected))")
    }

    static let examples: [VerifierExample] = [
        .followed("冬の旅行について説明してください。\n\n冬の旅行は…", kwargs: #"{"prompt_to_repeat": "冬の旅行について説明してください。"}"#),
        .notFollowed("冬の旅行について説明してください\n\n冬の旅行は…", kwargs: #"{"prompt_to_repeat": "冬の旅行について説明してください。"}"#),
        .notFollowed("質問：冬の旅行について説明してください。", kwargs: #"{"prompt_to_repeat": "冬の旅行について説明してください。"}"#),
    ]
}
