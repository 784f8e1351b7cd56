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
    public static func read(path: String, suites: SuiteSelection = .standard,
                            parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) throws(InputErrors) -> [PreparedPrompt] {
        try readPromptSet(path: path, suites: suites, parallelism: parallelism).prompts
    }

    /// Reads and validates a whole prompt set, and says which suite scores it (the one
    /// given, or the one its ids imply: see `SuiteRegistry.impliedSuite(for:)`).
    public static func readPromptSet(path: String, suites: SuiteSelection = .standard,
                                     parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) throws(InputErrors) -> PromptSet {
        var prompts: [PreparedPrompt] = []
        var errors: [InputError] = []
        var lineOfKey: [PromptKey: Int] = [:]
        let verifiers = VerifierCache(suites: suites)
        // While the set's suite is not known, each prompt is built with the suite its own
        // ids imply; the set is read again in the rare case where that builds otherwise
        // than the suite of the whole set (another kwargs policy). Prompts that failed to
        // build count too: they may have failed for that reason.
        var failedSuites: [String: Suite] = [:]
        var failedIDs = Set<String>()
        let implied: Bool
        if case .implied = suites { implied = true } else { implied = false }
        do throws(InputError) {
            // Lines are decoded and their verifiers built in parallel; keys are checked
            // for duplicates in file order.
            try JSONLinesReader.decodeInParallel(path: path, parallelism: parallelism, decode: { line in
                Result { () throws(InputError) -> BuiltLine in
                    let record = try record(from: line.value, file: path, line: line.number)
                    do throws(InstructionError) {
                        return BuiltLine(line: line.number, prompt: .success(try PreparedPrompt(record, cache: verifiers)), ids: [])
                    } catch {
                        return BuiltLine(line: line.number, prompt: .failure(InputError(file: path, line: line.number, message: "prompt \(record.key): \(error.description)")),
                                         ids: record.instructionIDs)
                    }
                }
            }, consume: { result in
                switch result {
                case let .failure(error): errors.append(error)
                case let .success(built):
                    switch built.prompt {
                    case let .failure(error):
                        errors.append(error)
                        if implied {
                            let suite = suites.suiteForRecord(built.ids)
                            failedSuites[suite.name] = suite
                            failedIDs.formUnion(built.ids)
                        }
                    case let .success(prompt):
                        if let previous = lineOfKey[prompt.key] {
                            errors.append(InputError(file: path, line: built.line, message: "duplicate key \(prompt.key) (first on line \(previous))",
                                                     hint: "keys must be unique within a prompt set"))
                        }
                        lineOfKey[prompt.key] = built.line
                        prompts.append(prompt)
                    }
                }
            })
        } catch {
            errors.append(error)
        }
        var setSuite: Suite
        switch suites {
        case let .fixed(suite): setSuite = suite
        case let .implied(registry):
            setSuite = registry.suites[0]
            let (builtSuites, builtIDs) = verifiers.builtSuitesAndIDs()
            let ids = builtIDs.union(failedIDs)
            if let suite = suites.suite(for: ids) {
                // Read again under the set's suite where a prompt was built otherwise.
                if !builtSuites.merging(failedSuites, uniquingKeysWith: { a, _ in a }).values.allSatisfy(suite.buildsLike) {
                    return try readPromptSet(path: path, suites: .fixed(suite), parallelism: parallelism)
                }
                setSuite = suite
            } else if let problem = suites.mixedSuitesProblem(for: ids) {
                errors.append(InputError(file: path, message: problem))
            }
        }
        if errors.isEmpty && prompts.isEmpty {
            errors.append(InputError(file: path, message: "the prompt set is empty", hint: "expected one JSON object per line"))
        }
        guard errors.isEmpty else { throw InputErrors(errors: errors) }
        return PromptSet(suite: setSuite, prompts: prompts)
    }

    /// One line decoded: the prompt built (or why not), with what the suite choice needs.
    private struct BuiltLine: Sendable {
        let line: Int
        let prompt: Result<PreparedPrompt, InputError>
        /// The instruction ids of a prompt that failed to build (else empty).
        let ids: [String]
    }
}

/// A prompt set read and validated, with the suite that scores it.
public struct PromptSet: Sendable {
    public let suite: Suite
    public let prompts: [PreparedPrompt]

    public init(suite: Suite, prompts: [PreparedPrompt]) {
        self.suite = suite
        self.prompts = prompts
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
