/// One model output: matched to its prompt by `key` when present, else by the exact
/// prompt text, as the official tool does.
public struct ResponseRecord: Sendable {
    public var key: PromptKey?
    public var prompt: String?
    /// `nil` when the line has `"response": null` or no response at all.
    public var response: String?
    public var line: Int
    /// The line's `sample` (or `sample_index`) field, read only when several samples per
    /// prompt are kept (`--samples all`): orders a prompt's samples.
    public var sample: Int?

    public init(key: PromptKey?, prompt: String?, response: String?, line: Int, sample: Int? = nil) {
        self.key = key
        self.prompt = prompt
        self.response = response
        self.line = line
        self.sample = sample
    }

    /// Decodes `{"prompt": ..., "response": ...}` or `{"key": ..., "response": ...}`; with
    /// `readsSampleIndex`, also an optional `sample` or `sample_index` (a non-negative
    /// integer; ignored otherwise, as it always was).
    public static func decode(_ value: JSONValue, file: String, line: Int, readsSampleIndex: Bool = false) throws(InputError) -> ResponseRecord {
        func fail(_ message: String, _ hint: String? = nil) -> InputError {
            InputError(file: file, line: line, message: message, hint: hint)
        }
        guard value.objectMembers != nil else { throw fail("expected a JSON object, found \(value.typeName)") }
        var key: PromptKey?
        if let keyValue = value["key"], !keyValue.isNull {
            guard let decoded = PromptKey(keyValue) else {
                throw fail("\"key\" must be an integer or a string, found \(keyValue.typeName == "a number" ? JSONWriter.string(keyValue) : keyValue.typeName)")
            }
            key = decoded
        }
        var prompt: String?
        if let promptValue = value["prompt"], !promptValue.isNull {
            guard let text = promptValue.stringValue else { throw fail("\"prompt\" must be a string, found \(promptValue.typeName)") }
            prompt = text
        }
        guard key != nil || prompt != nil else {
            throw fail("the line has neither \"key\" nor \"prompt\"", "each response needs the prompt text or the prompt's key")
        }
        var response: String?
        if let responseValue = value["response"], !responseValue.isNull {
            guard let text = responseValue.stringValue else { throw fail("\"response\" must be a string or null, found \(responseValue.typeName)") }
            response = text
        }
        var sample: Int?
        if readsSampleIndex {
            let given = [("sample", value["sample"]), ("sample_index", value["sample_index"])].filter { $0.1 != nil && $0.1?.isNull == false }
            if given.count == 2 { throw fail("the line has both \"sample\" and \"sample_index\"", "give a sample's number once") }
            if let (name, number) = given.first {
                guard case let .number(n)? = number, let index = n.intValue, index >= 0 else {
                    throw fail("\"\(name)\" must be a non-negative integer, found \(number.map { $0.typeName == "a number" ? JSONWriter.string($0) : $0.typeName } ?? "nothing")")
                }
                sample = index
            }
        }
        return ResponseRecord(key: key, prompt: prompt, response: response, line: line, sample: sample)
    }
}
