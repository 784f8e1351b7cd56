/// One model output: matched to its prompt by `key` when present, else by the exact
/// prompt text, as the official tool does.
public struct ResponseRecord: Sendable {
    public var key: PromptKey?
    public var prompt: String?
    /// `nil` when the line has `"response": null` or no response at all.
    public var response: String?
    public var line: Int

    public init(key: PromptKey?, prompt: String?, response: String?, line: Int) {
        self.key = key
        self.prompt = prompt
        self.response = response
        self.line = line
    }

    /// Decodes `{"prompt": ..., "response": ...}` or `{"key": ..., "response": ...}`.
    public static func decode(_ value: JSONValue, file: String, line: Int) throws(InputError) -> ResponseRecord {
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
        return ResponseRecord(key: key, prompt: prompt, response: response, line: line)
    }
}
