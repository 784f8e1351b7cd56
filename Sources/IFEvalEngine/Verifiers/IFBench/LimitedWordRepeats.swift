/// `words:repeats`: no word (lower-cased, punctuation removed, split on whitespace) occurs
/// more than `small_n` times.
struct LimitedWordRepeats: Verifier {
    static let smallN = InstructionArgument.number("small_n")
    static let description = InstructionDescription(
        id: "words:repeats", suite: "ifbench",
        summary: "No word is repeated more than small_n times.",
        arguments: [smallN],
        looseVariants: .checked,
        examples: examples
    )

    let limit: Double

    init(arguments: InstructionArguments) throws(InstructionError) {
        limit = try arguments[Self.smallN]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let text = IFBenchText.removingPunctuation(PythonString.lower(response))
        let counts = IFBenchText.fieldCounts(text)
        let limitText = limit == limit.rounded() ? String(Int(limit)) : String(limit)
        if let first = counts.first(where: { Double($0.count) > limit }) {
            let word = PythonString.slice(text, utf8: first.range)
            return .notFollowed("\(IFBenchText.quote(word, limit: 30)) occurs \(Plural.count(first.count, "time")), more than \(limitText)")
        }
        let most = counts.map(\.count).max() ?? 0
        return .followed("no word occurs more than \(limitText) times (at most \(most))")
    }

    static let examples: [VerifierExample] = [
        .followed("The cat saw the dog.", kwargs: #"{"small_n": 2.0}"#),
        .notFollowed("The cat saw the dog and the bird.", kwargs: #"{"small_n": 2.0}"#),
    ]
}
