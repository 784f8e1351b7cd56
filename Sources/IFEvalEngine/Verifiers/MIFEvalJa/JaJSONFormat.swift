/// `ja:detectable_format:json_format`: the same check as IFEval's (the whole stripped
/// response, rid of one leading "```json" / "```Json" / "```JSON" / "```" and one trailing
/// "```", is accepted by Python's `json.loads`).
struct JaJSONFormat: Verifier {
    static let description = InstructionDescription(
        id: "ja:detectable_format:json_format", suite: "mifeval-ja",
        summary: "The whole response is JSON (markdown fences allowed).",
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let value = JSONFormat.unwrap(response)
        do {
            try JSONParser.validate(value, maximumDepth: JSONParser.pythonMaximumDepth)
            return .followed("the response is valid JSON")
        } catch where error.isNestingTooDeep {
            return .notFollowed("nested deeper than \(JSONParser.pythonMaximumDepth) levels: the official checker's json.loads raises RecursionError here, which stops the official run; counted as not followed")
        } catch {
            return .notFollowed("not valid JSON: \(error.description)")
        }
    }

    static let examples: [VerifierExample] = [
        .followed("```json\n{\"名前\": \"太郎\", \"年齢\": 20}\n```"),
        .notFollowed("以下がJSONです：{\"名前\": \"太郎\"}"),
        // str.strip removes U+3000 around the JSON.
        .followed("\u{3000}{\"a\": 1}\u{3000}"),
    ]
}
