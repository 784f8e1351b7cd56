/// `words:prime_lengths`: every word (punctuation removed, split on whitespace) has a
/// prime number of characters (below 100).
struct PrimeLengthWords: Verifier {
    static let description = InstructionDescription(
        id: "words:prime_lengths", suite: "ifbench",
        summary: "Only words whose length is a prime number.",
        arguments: [],
        examples: examples
    )

    static let primes: Set<Int> = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97]

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // The words of the response without punctuation, field by field up to the first
        // of a length that is not prime.
        var count = 0
        var failing: String?
        IFBenchText.forEachField(response) { field in
            let word = IFBenchText.removingPunctuation(field)
            guard !word.isEmpty else { return true }
            count += 1
            if !Self.primes.contains(PythonString.length(word)) { failing = word; return false }
            return true
        }
        if let word = failing {
            return .notFollowed("the word \(IFBenchText.quote(word, limit: 30)) has \(PythonString.length(word)) characters, not a prime number")
        }
        return .followed("all \(Plural.count(count, "word")) have a prime length")
    }

    static let examples: [VerifierExample] = [
        .followed("We all ate three small cakes."),
        .notFollowed("I ate cake."),
    ]
}
