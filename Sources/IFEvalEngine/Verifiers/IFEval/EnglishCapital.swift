/// `change_case:english_capital`: `str.isupper()` holds and langdetect says English.
/// Where langdetect finds nothing to go on, the official code counts it as followed.
struct EnglishCapital: Verifier {
    static let description = InstructionDescription(
        id: "change_case:english_capital", suite: "ifeval",
        summary: "The whole response is in English, in capital letters.",
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        guard PythonString.isUpper(response) else {
            return .notFollowed("not all letters are capitals")
        }
        guard let language = context.analyzers.languageDetector.detectLanguage(of: response) else {
            return .followed("all capitals; no language could be detected (the official checker counts this as followed)")
        }
        return Verdict(language == "en", "all capitals; detected language \(language), expected en")
    }

    static let examples: [VerifierExample] = [
        .followed("THIS IS A COMPLETE ANSWER WRITTEN IN CAPITAL LETTERS ABOUT THE WEATHER TODAY."),
        .notFollowed("THIS IS Mostly capitals."),
        .notFollowed("CECI EST UNE RÉPONSE ÉCRITE ENTIÈREMENT EN FRANÇAIS ET EN MAJUSCULES."),
    ]
}
