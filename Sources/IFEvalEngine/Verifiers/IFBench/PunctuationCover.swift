/// `count:punctuation`: an interrobang ("?!", "!?" or "‽") and each of . , ! ? ; : in
/// what is left once the first "?!" (or, failing that, the first "!?") is removed.
struct PunctuationCover: Verifier {
    static let description = InstructionDescription(
        id: "count:punctuation", suite: "ifbench",
        summary: "Every standard punctuation mark (. , ! ? ; :) and an interrobang (?! or ‽).",
        arguments: [],
        examples: examples
    )

    static let marks: [Unicode.Scalar] = [".", ",", "!", "?", ";", ":"]

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let hasQuestionBang = PythonString.contains(response, "?!")
        guard hasQuestionBang || PythonString.contains(response, "!?") || response.unicodeScalars.contains("\u{203D}") else {
            return .notFollowed("no interrobang (\"?!\", \"!?\" or \"‽\")")
        }
        var scalars = Array(response.unicodeScalars)
        let pair: [Unicode.Scalar] = hasQuestionBang ? ["?", "!"] : ["!", "?"]
        if let index = (0..<max(0, scalars.count - 1)).first(where: { scalars[$0] == pair[0] && scalars[$0 + 1] == pair[1] }) {
            scalars.removeSubrange(index...(index + 1))
        }
        let missing = Self.marks.filter { !scalars.contains($0) }
        return Verdict(missing.isEmpty, missing.isEmpty
            ? "an interrobang and all of . , ! ? ; : found"
            : "missing (besides the interrobang): " + missing.map { "\"\($0)\"" }.joined(separator: " "))
    }

    static let examples: [VerifierExample] = [
        .followed("Really?! Yes: one, two; three. Why? Wow!"),
        // The "?!" is removed before the marks are looked for: no other "!" is left.
        .notFollowed("Really?! Yes: one, two; three. Why?"),
        .notFollowed("Yes: one, two; three. Why? Wow!"),
    ]
}
