/// `format:no_whitespace`: no character for which Python's `str.isspace()` holds.
struct NoWhitespace: Verifier {
    static let description = InstructionDescription(
        id: "format:no_whitespace", suite: "ifbench",
        summary: "The output contains no whitespace.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        for (offset, scalar) in response.unicodeScalars.enumerated() where PythonCharacterClass.isSpace(scalar) {
            return .notFollowed("white space U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)) at character \(offset + 1)")
        }
        return .followed("no white space in \(Plural.count(response.unicodeScalars.count, "character"))")
    }

    static let examples: [VerifierExample] = [
        .followed("Thisisallonechunk."),
        .notFollowed("Two words"),
        .notFollowed("no\u{00A0}break"),
    ]
}

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
