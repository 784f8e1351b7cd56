/// `ja:language:response_language`: langdetect (seeded as the reference results, seed 0)
/// finds the response in the given language; where it finds nothing to go on, the official
/// checker counts the instruction as followed. The code must be one of M-IFEval's 30
/// (`LANGUAGE_CODES`): another makes the official `build_description` raise `KeyError`.
struct JaResponseLanguage: Verifier {
    static let codes: Set<String> = ["en", "es", "pt", "ar", "hi", "fr", "ru", "de", "ja", "it", "bn", "uk", "th", "ur", "ta",
                                     "te", "bg", "ko", "pl", "he", "fa", "vi", "ne", "sw", "kn", "mr", "gu", "pa", "ml", "fi"]
    static let language = InstructionArgument<String>(
        ArgumentDescription(name: "language", kind: .languageCode, note: "one of M-IFEval's 30 codes")
    ) { arguments, name throws(InstructionError) in
        switch arguments.values[name] {
        case nil, .null?: throw JaArgument.random(arguments, name, "is missing or null")
        case let .string(code)? where codes.contains(code): return code
        case let value?:
            throw JaArgument.raises(arguments, name, "KeyError (\(JSONWriter.string(value)) is not one of its language codes: \(codes.sorted().joined(separator: ", ")))")
        }
    }
    static let description = InstructionDescription(
        id: "ja:language:response_language", suite: "mifeval-ja",
        summary: "langdetect finds the response to be in the given language.",
        arguments: [language],
        examples: examples
    )

    private let checker: ResponseLanguage

    init(arguments: InstructionArguments) throws(InstructionError) {
        _ = try arguments[Self.language]
        checker = try ResponseLanguage(arguments: arguments)
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        checker.check(response, context: context)
    }

    static let examples: [VerifierExample] = [
        .followed("Ceci est une réponse écrite entièrement en français, avec plusieurs phrases complètes.", kwargs: #"{"language": "fr"}"#),
        .notFollowed("これは日本語で書かれた回答です。フランス語ではありません。", kwargs: #"{"language": "fr"}"#),
        .followed("これは日本語で書かれた回答です。", kwargs: #"{"language": "ja"}"#),
        .followed("12345 67890", kwargs: #"{"language": "th"}"#),
    ]
}
