/// `punctuation:no_comma`: no `,` (U+002C; other comma-like characters are allowed).
struct NoComma: Verifier {
    static let id = "punctuation:no_comma"
    static let argumentNames: [String] = []

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let count = response.utf8.count(where: { $0 == UInt8(ascii: ",") })
        return count == 0 ? .followed("no commas") : .notFollowed("found \(Plural.count(count, "comma"))")
    }

    static let examples: [VerifierExample] = [
        .followed("No commas here; none at all."),
        .notFollowed("Well, here is one."),
        .followed("Full-width，and ideographic、commas are not commas here."),
    ]
}
