/// `words:odd_even_syllables`: consecutive words (punctuation removed, lower-cased)
/// alternate between odd and even syllable counts (syllapy 0.7.2).
struct AlternatingSyllableParity: Verifier {
    static let description = InstructionDescription(
        id: "words:odd_even_syllables", suite: "ifbench",
        summary: "Words alternate between an odd and an even number of syllables.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let words = PythonString.splitWhitespace(PythonString.lower(IFBenchText.removingPunctuation(response)))
        var previous: (word: String, syllables: Int)?
        for word in words {
            let syllables = Syllapy.count(word)
            if let (before, count) = previous, ((count % 2) + 2) % 2 == ((syllables % 2) + 2) % 2 {
                return .notFollowed("\(IFBenchText.quote(before, limit: 25)) (\(Plural.count(count, "syllable"))) is followed by \(IFBenchText.quote(word, limit: 25)) (\(Plural.count(syllables, "syllable")))")
            }
            previous = (word, syllables)
        }
        return .followed("the \(Plural.count(words.count, "word")) alternate odd and even syllable counts")
    }

    static let examples: [VerifierExample] = [
        .followed("Cat yellow dog happy."),
        .notFollowed("Cat dog happy."),
    ]
}
