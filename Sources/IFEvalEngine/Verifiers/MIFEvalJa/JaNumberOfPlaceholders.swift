/// `ja:detectable_content:number_placeholders`: at least N placeholders `[...]`
/// (`re.findall(r"\[.*?\]", value)`: on one line, possibly empty).
struct JaNumberOfPlaceholders: Verifier {
    static let numPlaceholders = JaArgument.threshold("num_placeholders")
    static let description = InstructionDescription(
        id: "ja:detectable_content:number_placeholders", suite: "mifeval-ja",
        summary: "At least N placeholders in square brackets, such as [名前].",
        arguments: [numPlaceholders],
        examples: examples
    )

    static let placeholder = JaPattern.compile(#"\[.*?\]"#)

    let minimum: Threshold

    init(arguments: InstructionArguments) throws(InstructionError) {
        minimum = try arguments[Self.numPlaceholders]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found: [String]
        do { found = try Self.placeholder.findAll(in: response) } catch { return .patternTooCostly(Self.placeholder.pattern, error) }
        var reason = "found \(Plural.count(found.count, "placeholder")), expected at least \(minimum)"
        if !found.isEmpty { reason += " (\(Quote.list(Array(found.prefix(3)))))" }
        return Verdict(found.count >= minimum, reason)
    }

    static let examples: [VerifierExample] = [
        .followed("[名前]様、[場所]でお待ちしています。", kwargs: #"{"num_placeholders": 2}"#),
        .notFollowed("［名前］様", kwargs: #"{"num_placeholders": 1}"#),
        .notFollowed("[名前\n]様", kwargs: #"{"num_placeholders": 1}"#),
    ]
}
