/// `words:vowel`: one paragraph (no line break once stripped) using at most three of the
/// vowels a, e, i, o, u (case-insensitive).
struct SingleVowelParagraph: Verifier {
    static let description = InstructionDescription(
        id: "words:vowel", suite: "ifbench",
        summary: "A single paragraph that uses at most three distinct vowels.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let paragraphs = PythonString.split(PythonString.strip(response), separator: "\n")
        guard paragraphs.count == 1 else {
            return .notFollowed("\(paragraphs.count) lines, expected a single paragraph")
        }
        let vowels = Set(PythonString.lower(paragraphs[0]).unicodeScalars.filter { "aeiou".unicodeScalars.contains($0) })
        let list = vowels.sorted { $0.value < $1.value }.map { String($0) }.joined(separator: ", ")
        return Verdict(vowels.count <= 3, "uses \(Plural.count(vowels.count, "vowel"))\(list.isEmpty ? "" : " (\(list))"), expected at most 3")
    }

    static let examples: [VerifierExample] = [
        .followed("A cat sat in a tin hat."),
        .notFollowed("A cat sat in a tin hat on the sofa."),
        .notFollowed("Cat sat.\nCat ran."),
    ]
}
