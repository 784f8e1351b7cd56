/// `format:parentheses`: brackets `(`, `[`, `{` nested at least 5 levels deep and closed.
/// As the official checker: a closing bracket that does not match the innermost open one
/// (or comes with none open) forgets every open bracket and the depth reached; the first
/// correct close after a depth of 5 or more was reached counts.
struct NestedBrackets: Verifier {
    static let description = InstructionDescription(
        id: "format:parentheses", suite: "ifbench",
        summary: "Nest parentheses (and [brackets {and braces}]) at least 5 levels deep.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        var open: [Unicode.Scalar] = []
        var maxDepth = 0
        var deepest = 0
        for (offset, scalar) in response.unicodeScalars.enumerated() {
            switch scalar {
            case "(", "[", "{":
                open.append(scalar)
                maxDepth = max(maxDepth, open.count)
                deepest = max(deepest, maxDepth)
            case ")", "]", "}":
                if let last = open.last, Self.matches(last, scalar) {
                    open.removeLast()
                    if maxDepth >= 5 && open.count < maxDepth {
                        return .followed("brackets nested \(maxDepth) levels deep; a group closes correctly at character \(offset + 1)")
                    }
                } else {
                    open.removeAll()
                    maxDepth = 0
                }
            default:
                break
            }
        }
        return .notFollowed("no correctly closed bracket group after reaching 5 levels (deepest nesting reached: \(deepest); a mismatched close starts the count again)")
    }

    private static func matches(_ opening: Unicode.Scalar, _ closing: Unicode.Scalar) -> Bool {
        (opening == "(" && closing == ")") || (opening == "[" && closing == "]") || (opening == "{" && closing == "}")
    }

    static let examples: [VerifierExample] = [
        .followed("Outer (one [two {three (four [five] four) three} two] one) done."),
        .notFollowed("Only (two [levels]) here."),
        .notFollowed("Mismatched: ( [ { ( [ ) ] } ) ] and the count starts again."),
    ]
}
