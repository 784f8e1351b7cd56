/// `sentence:alliteration_increment`: each sentence (`nltk.sent_tokenize`) scores more
/// than the one before, a sentence's score being its alliteration: over its lower-cased
/// white-space fields with leading ASCII punctuation stripped (empty ones dropped), 2 for
/// each pair of neighbours with the same first character that starts a run, 1 for each
/// that continues one. The first sentence only needs a score of 0 or more.
struct IncrementingAlliteration: Verifier {
    static let description = InstructionDescription(
        id: "sentence:alliteration_increment", suite: "ifbench",
        summary: "Each sentence has a longer run of alliterative words than the one before.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    static func score(_ sentence: String) -> Int {
        var firsts: [Unicode.Scalar] = []
        for word in IFBenchText.fields(PythonString.lower(sentence)) {
            if let first = IFBenchText.lstripPunctuation(word).unicodeScalars.first {
                firsts.append(first)
            }
        }
        var score = 0
        var inRun = false
        for i in firsts.indices.dropLast() {
            if firsts[i] == firsts[i + 1] {
                score += inRun ? 1 : 2
                inRun = true
            } else {
                inRun = false
            }
        }
        return score
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        var previous = -1
        var scores: [Int] = []
        for (index, sentence) in IFBenchText.sentences(response, context).enumerated() {
            let score = Self.score(sentence)
            scores.append(score)
            if score <= previous {
                return .notFollowed("sentence \(index + 1) \(IFBenchText.quote(sentence, limit: 40)) scores \(score), not more than the previous \(previous) (scores: \(scores.map(String.init).joined(separator: ", ")))")
            }
            previous = score
        }
        return .followed("alliteration scores rise: \(scores.map(String.init).joined(separator: ", "))")
    }

    static let examples: [VerifierExample] = [
        .followed("Cats run. Big bold dogs. Silly snakes slither slowly."),
        .notFollowed("Big bold dogs. Cats run."),
    ]
}
