/// `format:no_bullets_bullets`: at least two sentences, then at least two `*` bullets. As
/// the official checker, line by line: a line starting with `*` (after stripping) is a
/// bullet and needs 2 sentences (`nltk.sent_tokenize` of each stripped line, summed) before
/// the first bullet; any other line after a bullet fails; and, as in the official code, a
/// blank line before the bullets leaves no sentences for that line, which ends the
/// sentence part (the next non-bullet line fails).
struct SentencesThenBullets: Verifier {
    static let description = InstructionDescription(
        id: "format:no_bullets_bullets", suite: "ifbench",
        summary: "At least two sentences, followed by at least two bullet points with *.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        var inSentences = true
        var sentences = 0
        var bullets = 0
        for (n, line) in PythonString.split(response, separator: "\n").enumerated() {
            let stripped = PythonString.strip(line)
            if PythonString.startsWith(stripped, "*") {
                inSentences = false
                if sentences < 2 {
                    return .notFollowed("bullet on line \(n + 1) after only \(Plural.count(sentences, "sentence"))")
                }
                bullets += 1
            } else if inSentences {
                let found = context.analyzers.sentenceCounter.countSentences(in: stripped)
                sentences += found
                inSentences = found > 0
            } else {
                return .notFollowed("line \(n + 1) \(IFBenchText.quote(line, limit: 40)) is not a bullet and comes after \(bullets > 0 ? "the bullets" : "a line without sentences")")
            }
        }
        return Verdict(bullets >= 2, "\(Plural.count(sentences, "sentence")) then \(Plural.count(bullets, "bullet")), expected at least 2 bullets")
    }

    static let examples: [VerifierExample] = [
        .followed("Cats are great. Dogs too.\n* one\n* two"),
        .notFollowed("Cats are great.\n* one\n* two"),
        .notFollowed("Cats are great.\n\nDogs too.\n* one\n* two"),
    ]
}
