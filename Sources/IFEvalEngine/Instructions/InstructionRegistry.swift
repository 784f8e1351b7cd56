/// The 25 official instruction types, by id.
public enum InstructionRegistry {
    /// One line per instruction type.
    public static let verifierTypes: [any Verifier.Type] = [
        KeywordExistence.self,
        KeywordFrequency.self,
        ForbiddenWords.self,
        LetterFrequency.self,
        ResponseLanguage.self,
        NumberOfSentences.self,
        NumberOfParagraphs.self,
        NumberOfWords.self,
        NthParagraphFirstWord.self,
        NumberOfPlaceholders.self,
        Postscript.self,
        NumberOfBulletLists.self,
        ConstrainedResponse.self,
        NumberOfHighlightedSections.self,
        MultipleSections.self,
        JSONFormat.self,
        Title.self,
        TwoResponses.self,
        RepeatPrompt.self,
        EndChecker.self,
        CapitalWordFrequency.self,
        EnglishCapital.self,
        EnglishLowercase.self,
        NoComma.self,
        Quotation.self,
    ]

    static let typesByID: [String: any Verifier.Type] = Dictionary(
        uniqueKeysWithValues: verifierTypes.map { ($0.id, $0) }
    )

    /// The known ids, sorted.
    public static var ids: [String] { verifierTypes.map { $0.id }.sorted() }

    public static func verifierType(for id: String) -> (any Verifier.Type)? { typesByID[id] }

    /// Builds the verifier for one instruction of a prompt, validating its kwargs.
    public static func makeVerifier(id: String, kwargs: [(String, JSONValue)], prompt: String,
                                    patterns: PythonRegexCache? = nil) throws(InstructionError) -> any Verifier {
        guard let type = typesByID[id] else { throw InstructionError.unknownInstruction(id) }
        let arguments = InstructionArguments(instructionID: id, kwargs: kwargs, prompt: prompt, patterns: patterns)
        for name in arguments.values.keys.sorted() where !type.argumentNames.contains(name) {
            let accepted = type.argumentNames.isEmpty ? "it takes no arguments" : "it takes " + type.argumentNames.joined(separator: ", ")
            throw InstructionError(instructionID: id, message: "unexpected argument '\(name)'; \(accepted)")
        }
        return try type.init(arguments: arguments)
    }
}
