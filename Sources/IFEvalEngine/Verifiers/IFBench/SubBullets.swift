/// `format:sub-bullets`: bullets `*` with sub-bullets `-`. As the official checker: every
/// piece of the text after a `*` (split on `*`) holds a `-` somewhere; a text without `*`
/// is followed.
struct SubBullets: Verifier {
    static let description = InstructionDescription(
        id: "format:sub-bullets", suite: "ifbench",
        summary: "Bullet points with * and at least one sub-bullet with - under each.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let pieces = PythonString.split(response, separator: "*").dropFirst()
        for (n, piece) in pieces.enumerated() where !PythonString.contains(piece, "-") {
            return .notFollowed("no \"-\" after asterisk \(n + 1) of \(pieces.count) (before the next one): \(IFBenchText.quote(piece, limit: 40))")
        }
        return .followed("each of the \(Plural.count(pieces.count, "asterisk")) is followed by a \"-\" before the next one")
    }

    static let examples: [VerifierExample] = [
        .followed("* Fruit\n  - apples\n* Vegetables\n  - leeks"),
        .notFollowed("* Fruit\n  - apples\n* Vegetables"),
    ]
}
