import Foundation

/// Reads a prompt set in the official JSONL layout (`key`, `prompt`,
/// `instruction_id_list`, `kwargs`), which also covers the Hugging Face `google/IFEval`
/// layout where kwargs objects list every argument name with `null` for unused ones.
public enum PromptSetReader {
    /// Decodes one line of a prompt set.
    public static func record(from value: JSONValue, file: String, line: Int) throws(InputError) -> PromptRecord {
        func fail(_ message: String, _ hint: String? = nil) -> InputError {
            InputError(file: file, line: line, message: message, hint: hint)
        }
        guard value.objectMembers != nil else { throw fail("expected a JSON object, found \(value.typeName)") }
        guard let keyValue = value["key"] else { throw fail("missing \"key\"") }
        guard let key = PromptKey(keyValue) else {
            throw fail("\"key\" must be an integer or a string, found \(keyValue.typeName == "a number" ? JSONWriter.string(keyValue) : keyValue.typeName)")
        }
        guard let prompt = value["prompt"]?.stringValue else { throw fail("missing or non-string \"prompt\"") }
        guard let idValues = value["instruction_id_list"]?.arrayValue else {
            throw fail("missing or non-array \"instruction_id_list\"")
        }
        var ids: [String] = []
        for id in idValues {
            guard let text = id.stringValue else { throw fail("\"instruction_id_list\" must hold strings, found \(id.typeName)") }
            ids.append(text)
        }
        let kwargsValues = value["kwargs"]?.arrayValue ?? []
        if value["kwargs"] != nil && value["kwargs"]?.arrayValue == nil {
            throw fail("\"kwargs\" must be an array of objects")
        }
        guard kwargsValues.count == ids.count else {
            throw fail("\"kwargs\" has \(kwargsValues.count) objects for \(ids.count) instructions", "give one kwargs object per instruction id, {} when it takes none")
        }
        var kwargs: [[(String, JSONValue)]] = []
        for object in kwargsValues {
            guard let members = object.objectMembers else { throw fail("\"kwargs\" must hold objects, found \(object.typeName)") }
            kwargs.append(members)
        }
        return PromptRecord(key: key, prompt: prompt, instructionIDs: ids, kwargs: kwargs)
    }

    /// Reads and validates a whole prompt set; every problem is reported, not just the first.
    public static func read(path: String, parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) throws(InputErrors) -> [PreparedPrompt] {
        var prompts: [PreparedPrompt] = []
        var errors: [InputError] = []
        var lineOfKey: [PromptKey: Int] = [:]
        let verifiers = VerifierCache()
        do throws(InputError) {
            // Lines are decoded and their verifiers built in parallel; keys are checked
            // for duplicates in file order.
            try JSONLinesReader.decodeInParallel(path: path, parallelism: parallelism, decode: { line in
                Result { () throws(InputError) -> (PreparedPrompt, Int) in
                    let record = try record(from: line.value, file: path, line: line.number)
                    do throws(InstructionError) {
                        return (try PreparedPrompt(record, cache: verifiers), line.number)
                    } catch {
                        throw InputError(file: path, line: line.number, message: "prompt \(record.key): \(error.description)")
                    }
                }
            }, consume: { result in
                switch result {
                case let .failure(error): errors.append(error)
                case let .success((prompt, line)):
                    if let previous = lineOfKey[prompt.key] {
                        errors.append(InputError(file: path, line: line, message: "duplicate key \(prompt.key) (first on line \(previous))",
                                                 hint: "keys must be unique within a prompt set"))
                    }
                    lineOfKey[prompt.key] = line
                    prompts.append(prompt)
                }
            })
        } catch {
            errors.append(error)
        }
        if errors.isEmpty && prompts.isEmpty {
            errors.append(InputError(file: path, message: "the prompt set is empty", hint: "expected one JSON object per line"))
        }
        guard errors.isEmpty else { throw InputErrors(errors: errors) }
        return prompts
    }
}

/// Several input problems, reported together.
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [InputError]
    public init(errors: [InputError]) { self.errors = errors }
    public var description: String {
        let shown = errors.prefix(20).map(\.description)
        let more = errors.count > 20 ? ["... and \(errors.count - 20) more problems"] : []
        return (shown + more).joined(separator: "\n")
    }
}
