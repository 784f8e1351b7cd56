/// `ja:detectable_format:number_numbered_lists`: exactly N numbered items
/// (`re.findall(r"^\s*\d+\.\s.*$", value, flags=re.MULTILINE)`: digits of any script, a
/// `.`, then one white-space character, a line break included).
struct JaNumberOfNumberedLists: Verifier {
    static let numItems = JaArgument.threshold("num_items")
    static let description = InstructionDescription(
        id: "ja:detectable_format:number_numbered_lists", suite: "mifeval-ja",
        summary: "Exactly N numbered items (1. 2. ...).",
        arguments: [numItems],
        examples: examples
    )

    static let item = JaPattern.compile(#"^\s*\d+\.\s.*$"#, .multiline)

    let expected: Threshold

    init(arguments: InstructionArguments) throws(InstructionError) {
        expected = try arguments[Self.numItems]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let count: Int
        do { count = try Self.item.count(in: response) } catch { return .patternTooCostly(Self.item.pattern, error) }
        return Verdict(count == expected, "found \(Plural.count(count, "numbered item")) (\"1. \" ...), expected \(expected)")
    }

    static let examples: [VerifierExample] = [
        .followed("1. 一つ目\n2. 二つ目", kwargs: #"{"num_items": 2}"#),
        .notFollowed("1.一つ目\n2.二つ目", kwargs: #"{"num_items": 2}"#),
        // Full-width digits are decimal digits to Python's \d.
        .followed("１. 一つ目\n２. 二つ目", kwargs: #"{"num_items": 2}"#),
        .notFollowed("1．一つ目", kwargs: #"{"num_items": 1}"#),
    ]
}
