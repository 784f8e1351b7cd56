/// `format:list`: a list with `sep` instead of bullet points. As the official checker
/// (`len(re.findall(re.escape(sep), value)) >= 2`): `sep` occurs at least twice anywhere,
/// non-overlapping, not necessarily at line starts (an empty `sep` matches len + 1 times).
struct SeparatorList: Verifier {
    static let sep = InstructionArgument.string("sep", promptStates: .nothing, note: "the marker used instead of bullet points")
    static let description = InstructionDescription(
        id: "format:list", suite: "ifbench",
        summary: "A list whose items are marked by sep instead of bullet points.",
        arguments: [sep],
        looseVariants: .failureIsFinalOnParts,
        examples: examples
    )

    let marker: String

    init(arguments: InstructionArguments) throws(InstructionError) {
        marker = try arguments[Self.sep]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found = PythonString.count(response, marker)
        return Verdict(found >= 2, "\(IFBenchText.quote(marker, limit: 20)) occurs \(Plural.times(found)), expected at least twice")
    }

    static let examples: [VerifierExample] = [
        .followed("... apples\n... pears\n... plums", kwargs: #"{"sep": "..."}"#),
        .notFollowed("- apples\n... pears", kwargs: #"{"sep": "..."}"#),
    ]
}
