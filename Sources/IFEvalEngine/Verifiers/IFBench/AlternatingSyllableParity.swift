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
        // The words of the response without punctuation, lower-cased, made field by field
        // up to the first pair of the same parity.
        var words = 0
        var previous: (word: String, syllables: Int)?
        var failure: Verdict?
        IFBenchText.forEachField(response) { field in
            let word = PythonString.lower(IFBenchText.removingPunctuation(field))
            guard !word.isEmpty else { return true }
            words += 1
            let syllables = Syllapy.count(word)
            if let (before, count) = previous, ((count % 2) + 2) % 2 == ((syllables % 2) + 2) % 2 {
                failure = .notFollowed("\(IFBenchText.quote(before, limit: 25)) (\(Plural.count(count, "syllable"))) is followed by \(IFBenchText.quote(word, limit: 25)) (\(Plural.count(syllables, "syllable")))")
                return false
            }
            previous = (word, syllables)
            return true
        }
        return failure ?? .followed("the \(Plural.count(words, "word")) alternate odd and even syllable counts")
    }

    static let examples: [VerifierExample] = [
        .followed("Cat yellow dog happy."),
        .notFollowed("Cat dog happy."),
    ]
}
