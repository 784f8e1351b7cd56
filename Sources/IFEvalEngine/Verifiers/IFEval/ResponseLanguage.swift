/// `language:response_language`: langdetect says the response is in the given language.
/// Where langdetect finds nothing to go on, the official code counts it as followed.
struct ResponseLanguage: Verifier {
    static let language = InstructionArgument.languageCode("language")
    static let description = InstructionDescription(
        id: "language:response_language", suite: "ifeval",
        summary: "langdetect finds the response to be in the given language.",
        arguments: [language],
        conflicts: ["detectable_format:multiple_sections", "keywords:existence", "keywords:frequency", "keywords:forbidden_words", "startend:end_checker", "change_case:english_capital", "change_case:english_lowercase"],
        examples: examples
    )

    let language: String

    init(arguments: InstructionArguments) throws(InstructionError) {
        language = try arguments[Self.language]
        // A code langdetect never returns could only ever be "not followed" (or "followed"
        // where nothing is detected): a mistake in the prompt set (`zh-CN` for `zh-cn`),
        // refused like an unknown instruction id. The official `build_description` raises
        // KeyError for any code outside its own 30 (`instructions_util.LANGUAGE_CODES`),
        // `zh-cn` and `sv` included; the codes langdetect can return beyond those 30 are
        // scored here, deterministically.
        guard LanguageNames.byCode[language] != nil else {
            throw arguments.error("argument 'language' is \(Quote.text(language)), not a language code langdetect can return; "
                                  + "the codes are " + LanguageNames.byCode.keys.sorted().joined(separator: ", ")
                                  + " (the official code raises KeyError here)")
        }
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        guard let detected = context.analyzers.languageDetector.detectLanguage(of: response) else {
            return .followed("no language could be detected (the official checker counts this as followed)")
        }
        return Verdict(detected == language, "detected language \(detected), expected \(language)")
    }

    static let examples: [VerifierExample] = [
        .followed("Ceci est une réponse écrite entièrement en français, avec plusieurs phrases complètes.",
                  kwargs: #"{"language": "fr"}"#),
        .notFollowed("This answer is written entirely in English, with several complete sentences.",
                     kwargs: #"{"language": "fr"}"#),
        .followed("12345 67890", kwargs: #"{"language": "de"}"#),
    ]
}
