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
        let words = IFBenchText.fields(IFBenchText.removingPunctuation(PythonString.lower(response)))
        var counts: [CodePointKey: Int] = [:]
        var order: [CodePointKey] = []
        for word in words {
            let key = CodePointKey(word)
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        let limitText = limit == limit.rounded() ? String(Int(limit)) : String(limit)
        if let key = order.first(where: { Double(counts[$0]!) > limit }) {
            return .notFollowed("\(IFBenchText.quote(key.string, limit: 30)) occurs \(Plural.count(counts[key]!, "time")), more than \(limitText)")
        }
        let most = counts.values.max() ?? 0
        return .followed("no word occurs more than \(limitText) times (at most \(most))")
    }

    static let examples: [VerifierExample] = [
        .followed("The cat saw the dog.", kwargs: #"{"small_n": 2.0}"#),
        .notFollowed("The cat saw the dog and the bird.", kwargs: #"{"small_n": 2.0}"#),
    ]
}
