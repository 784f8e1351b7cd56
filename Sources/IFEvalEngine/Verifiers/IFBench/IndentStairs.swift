/// `format:line_indent`: each line indented by more spaces (U+0020 only) than the one
/// before. As the official checker, blank lines are removed while the list is being
/// iterated (`for line in lines: if not line.strip(): lines.remove(line)`), so a blank line
/// right after a removed one stays and then has to be indented more, too.
struct IndentStairs: Verifier {
    static let description = InstructionDescription(
        id: "format:line_indent", suite: "ifbench",
        summary: "Each new line indented more than the previous one.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        var lines = PythonString.split(response, separator: "\n")
        // Python's list iterator: index i, checked against the current length each step.
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if PythonString.strip(line).isEmpty, let first = lines.firstIndex(where: { PythonString.identical($0, line) }) {
                lines.remove(at: first)
            }
            i += 1
        }
        let indents = lines.map { line in line.unicodeScalars.prefix(while: { $0 == " " }).count }
        for n in indents.indices.dropLast() where indents[n + 1] <= indents[n] {
            return .notFollowed("line \(n + 2) \(IFBenchText.quote(lines[n + 1], limit: 40)) is indented by \(indents[n + 1]) spaces, not more than the \(indents[n]) of the line before")
        }
        return .followed("each of the \(Plural.count(lines.count, "line")) is indented more than the one before")
    }

    static let examples: [VerifierExample] = [
        .followed("Step one\n  Step two\n\n    Step three"),
        .notFollowed("Step one\n  Step two\n  Step three"),
        .notFollowed("Step one\n\n\n  Step two"),
    ]
}
