/// `change_case:english_lowercase`: `str.islower()` holds and langdetect says English.
/// Where langdetect finds nothing to go on, the official code counts it as followed.
struct EnglishLowercase: Verifier {
    static let description = InstructionDescription(
        id: "change_case:english_lowercase", suite: "ifeval",
        summary: "The whole response is in English, in lowercase letters.",
        conflicts: ["change_case:english_capital"],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        guard PythonString.isLower(response) else {
            return .notFollowed("not all letters are lowercase")
        }
        guard let language = context.analyzers.languageDetector.detectLanguage(of: response) else {
            return .followed("all lowercase; no language could be detected (the official checker counts this as followed)")
        }
        return Verdict(language == "en", "all lowercase; detected language \(language), expected en")
    }

    static let examples: [VerifierExample] = [
        .followed("this is a complete answer written in lowercase letters about the weather today."),
        .notFollowed("this is mostly lowercase, said Anna."),
    ]
}
