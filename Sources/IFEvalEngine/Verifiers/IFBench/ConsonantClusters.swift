/// `words:consonants`: every whitespace-separated word (lower-cased) holds two adjacent
/// ASCII consonants.
struct ConsonantClusters: Verifier {
    static let description = InstructionDescription(
        id: "words:consonants", suite: "ifbench",
        summary: "Every word contains at least one cluster of two consonants.",
        arguments: [],
        examples: examples
    )

    static let consonants = Set("bcdfghjklmnpqrstvwxyz".unicodeScalars)

    init(arguments: InstructionArguments) throws(InstructionError) {}

    static func hasCluster(_ word: String) -> Bool {
        var previous = false
        for scalar in word.unicodeScalars {
            let current = consonants.contains(scalar)
            if current && previous { return true }
            previous = current
        }
        return false
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // The fields of `response.strip().lower().split()`, lower-cased one by one up to
        // the first without a cluster.
        var count = 0
        var failing: String?
        IFBenchText.forEachField(response) { field in
            let word = PythonString.lower(field)
            count += 1
            if !Self.hasCluster(word) { failing = word; return false }
            return true
        }
        if let word = failing {
            return .notFollowed("the word \(IFBenchText.quote(word, limit: 30)) has no two consonants in a row")
        }
        return .followed("each of the \(Plural.count(count, "word")) has a consonant cluster")
    }

    static let examples: [VerifierExample] = [
        .followed("Strong winds blow."),
        .notFollowed("Strong winds blow at night."),
    ]
}
