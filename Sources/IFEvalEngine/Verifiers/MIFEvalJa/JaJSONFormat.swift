/// `ja:detectable_format:json_format`: the same check as IFEval's (the whole stripped
/// response, rid of one leading "```json" / "```Json" / "```JSON" / "```" and one trailing
/// "```", is accepted by Python's `json.loads`).
struct JaJSONFormat: Verifier {
    static let description = InstructionDescription(
        id: "ja:detectable_format:json_format", suite: "mifeval-ja",
        summary: "The whole response is JSON (markdown fences allowed).",
        examples: examples
    )

    private let checker: JSONFormat

    init(arguments: InstructionArguments) throws(InstructionError) {
        checker = try JSONFormat(arguments: arguments)
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        checker.check(response, context: context)
    }

    static let examples: [VerifierExample] = [
        .followed("```json\n{\"名前\": \"太郎\", \"年齢\": 20}\n```"),
        .notFollowed("以下がJSONです：{\"名前\": \"太郎\"}"),
        // str.strip removes U+3000 around the JSON.
        .followed("\u{3000}{\"a\": 1}\u{3000}"),
    ]
}
