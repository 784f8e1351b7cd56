/// `custom:character_reverse`: the lower-cased response contains "elgae dlab" ("bald
/// eagle" spelt backwards).
struct CharacterReverseOrder: Verifier {
    static let description = InstructionDescription(
        id: "custom:character_reverse", suite: "ifbench",
        summary: "The sentence about the bald eagle, characters in reverse order.",
        arguments: [],
        looseVariants: .failureIsFinalOnParts,
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found = PythonString.contains(PythonString.lower(response), "elgae dlab")
        return Verdict(found, found ? "contains \"elgae dlab\"" : "does not contain \"elgae dlab\" (\"bald eagle\" reversed)")
    }

    static let examples: [VerifierExample] = [
        .followed(".yks eht ni seilf ELGAE DLAB ehT"),
        .notFollowed("The bald eagle flies in the sky."),
    ]
}
