/// `detectable_format:json_format`: the whole response is JSON (Python's `json.loads`
/// accepts it) once stripped and rid of one leading "```json" / "```Json" / "```JSON" /
/// "```" fence and one trailing "```".
struct JSONFormat: Verifier {
    static let description = InstructionDescription(
        id: "detectable_format:json_format", suite: "ifeval",
        summary: "The whole response is JSON (markdown fences allowed).",
        combinesOnlyWith: ["keywords:forbidden_words", "keywords:existence"],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    static func unwrap(_ response: String) -> String {
        var value = PythonString.strip(response)
        for fence in ["```json", "```Json", "```JSON", "```"] {
            value = PythonString.removePrefix(value, fence)
        }
        value = PythonString.removeSuffix(value, "```")
        return PythonString.strip(value)
    }

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
        .followed("```json\n{\"a\": [1, 2, NaN]}\n```"),
        .followed("  \"just a string\"  "),
        .notFollowed("Here is the JSON: {\"a\": 1}"),
        .notFollowed("{\"a\": 1,}"),
        .notFollowed("```\n```json\n[]\n```"),
    ]
}
