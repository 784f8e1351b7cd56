/// `ratio:overlap`: the share of the response's distinct character trigrams
/// (`set(nltk.ngrams(response, 3))`) that also occur in reference_text is within
/// percentage ± 2 points; a response shorter than three characters fails.
struct TrigramOverlap: Verifier {
    static let referenceText = InstructionArgument.string("reference_text")
    static let percentage = InstructionArgument.number("percentage")
    static let description = InstructionDescription(
        id: "ratio:overlap", suite: "ifbench",
        summary: "A character-trigram overlap of percentage% (±2) with reference_text.",
        arguments: [referenceText, percentage],
        examples: examples
    )

    let reference: Set<UInt64>
    let target: Double

    init(arguments: InstructionArguments) throws(InstructionError) {
        reference = Self.trigrams(try arguments[Self.referenceText])
        target = try arguments[Self.percentage]
    }

    /// The distinct trigrams of code points, each packed in 63 bits.
    static func trigrams(_ text: String) -> Set<UInt64> {
        let scalars = text.unicodeScalars.map { UInt64($0.value) }
        var set = Set<UInt64>()
        guard scalars.count >= 3 else { return set }
        for i in 0...(scalars.count - 3) {
            set.insert(scalars[i] << 42 | scalars[i + 1] << 21 | scalars[i + 2])
        }
        return set
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let own = Self.trigrams(response)
        guard !own.isEmpty else { return .notFollowed("the response has no character trigram (fewer than 3 characters)") }
        let shared = own.intersection(reference).count
        let overlap = Double(shared) / Double(own.count)
        let percent = overlap * 100
        return Verdict(target - 2 <= percent && percent <= target + 2,
                       "\(shared) of \(own.count) distinct character trigrams occur in the reference (\(percent)%), expected \(target - 2)% to \(target + 2)%")
    }

    static let examples: [VerifierExample] = [
        .followed("abcd", kwargs: #"{"reference_text": "xabcx", "percentage": 50.0}"#),
        .notFollowed("abcd", kwargs: #"{"reference_text": "xabcx", "percentage": 53.0}"#),
        .notFollowed("ab", kwargs: #"{"reference_text": "ab", "percentage": 0.0}"#),
    ]
}
