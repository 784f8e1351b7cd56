/// `format:options`: the answer is one of the options. As the official checker: the
/// options text is split on "/" if it holds one, else on the substring "or" (even inside a
/// word), else on ","; each option stripped of white space. When the text starts like
/// "a) b) c)" (`re.match(r"\W*[aA]\W*[bB]\W*[cC]\W*")`) the whole response must equal an
/// option exactly; otherwise the response and each option are compared with ASCII
/// punctuation and spaces stripped from both ends, lower-cased.
struct OptionsAnswer: Verifier {
    static let options = InstructionArgument.string("options", promptStates: .nothing,
                                                    note: "split on \"/\", else \"or\", else \",\"")
    static let description = InstructionDescription(
        id: "format:options", suite: "ifbench",
        summary: "Answer with one of the given options, no explanation.",
        arguments: [options],
        examples: examples
    )

    let choices: [String]
    /// Each choice stripped of punctuation and spaces, lower-cased (for the loose match).
    let bareChoices: [String]
    let strict: Bool

    init(arguments: InstructionArguments) throws(InstructionError) {
        let text = try arguments[Self.options]
        strict = Self.startsWithABC(text)
        let separator = PythonString.contains(text, "/") ? "/" : PythonString.contains(text, "or") ? "or" : ","
        choices = PythonString.split(text, separator: separator).map { PythonString.strip($0) }
        bareChoices = choices.map { PythonString.lower(IFBenchText.stripPunctuation($0)) }
    }

    /// `re.match(r"\W*[aA]\W*[bB]\W*[cC]\W*", text)`: `\W*` cannot take a letter, so each
    /// run of non-word characters is skipped whole and the next word character must be the letter.
    private static func startsWithABC(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars)[...]
        for letter in ["a", "b", "c"] as [Unicode.Scalar] {
            while let first = scalars.first, !isWordCharacter(first) { scalars.removeFirst() }
            guard let first = scalars.first, first == letter || first == Unicode.Scalar(letter.value - 32)! else { return false }
            scalars.removeFirst()
        }
        return true
    }

    /// `re`'s `\w` on a str pattern: `str.isalnum()` or "_".
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || PythonCharacterClass.isAlnum(scalar)
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let listed = choices.map { IFBenchText.quote($0, limit: 30) }.joined(separator: ", ")
        if strict {
            let found = choices.contains { PythonString.identical($0, response) }
            return Verdict(found, "the response \(IFBenchText.quote(response, limit: 40)) \(found ? "is" : "is not") exactly one of the lettered options \(listed)")
        }
        let answer = PythonString.lower(IFBenchText.stripPunctuation(response))
        let found = bareChoices.contains { PythonString.identical($0, answer) }
        return Verdict(found, "the response \(IFBenchText.quote(answer, limit: 40)) (punctuation and spaces stripped, lower-cased) \(found ? "is" : "is not") one of \(listed)")
    }

    static let examples: [VerifierExample] = [
        .followed("Maybe.", kwargs: #"{"options": "yes/no/maybe"}"#),
        .notFollowed("Maybe, because it depends.", kwargs: #"{"options": "yes/no/maybe"}"#),
        .notFollowed("b", kwargs: #"{"options": "a), b), c), d)"}"#),
        .followed("b)", kwargs: #"{"options": "a), b), c), d)"}"#),
    ]
}
