/// `count:unique_word_count`: at least N distinct words, where the words are the
/// white-space fields of the lower-cased response with ASCII punctuation and spaces
/// stripped from both ends (a field of punctuation alone becomes "", which counts too).
struct UniqueWordCount: Verifier {
    static let n = InstructionArgument.count("N", promptStates: .number)
    static let description = InstructionDescription(
        id: "count:unique_word_count", suite: "ifbench",
        summary: "At least N unique words.",
        arguments: [n],
        looseVariants: .failureIsFinalOnParts,
        examples: examples
    )

    let minimum: Int

    init(arguments: InstructionArguments) throws(InstructionError) {
        minimum = try arguments[Self.n]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        var unique = Set<CodePointKey>()
        for word in IFBenchText.fields(PythonString.lower(response)) {
            unique.insert(CodePointKey(IFBenchText.stripPunctuation(word)))
        }
        return Verdict(unique.count >= minimum, "found \(Plural.count(unique.count, "unique word")), expected at least \(minimum)")
    }

    static let examples: [VerifierExample] = [
        .followed("The cat saw the dog.", kwargs: #"{"N": 4.0}"#),
        .notFollowed("The cat saw the cat. THE CAT!", kwargs: #"{"N": 4.0}"#),
        // "..." strips to "", which is one more distinct word.
        .followed("a b ...", kwargs: #"{"N": 3}"#),
    ]
}
