/// `format:quotes`: quotes within quotes within quotes, at least 3 levels, alternating `"`
/// and `'`. As the official checker: a `"` or `'` equal to the innermost open quote closes
/// it, any other one opens a level; followed as soon as a close leaves the depth 3 or more
/// below the deepest depth ever reached (which is never reset, and apostrophes count).
struct NestedQuotes: Verifier {
    static let description = InstructionDescription(
        id: "format:quotes", suite: "ifbench",
        summary: "Quotes within quotes within quotes, at least 3 levels deep, alternating \" and '.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        var open: [Unicode.Scalar] = []
        var reached = 0
        for (offset, scalar) in response.unicodeScalars.enumerated() {
            if let last = open.last, scalar == last {
                open.removeLast()
                if reached - open.count >= 3 {
                    return .followed("quotes nested \(reached) deep; closing the \(reached - open.count)th level at character \(offset + 1)")
                }
            } else if scalar == "\"" || scalar == "'" {
                open.append(scalar)
                reached = max(reached, open.count)
            }
        }
        return .notFollowed("quotes reached a depth of \(reached) (\(Plural.count(open.count, "quote")) left open), but never 3 levels closed in a row")
    }

    static let examples: [VerifierExample] = [
        .followed(#"He said "she told me 'he shouted "stop" loudly' yesterday" today."#),
        .notFollowed(#"He said "she told me 'hello' yesterday" today."#),
    ]
}
