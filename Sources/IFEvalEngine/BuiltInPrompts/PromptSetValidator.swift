/// Checks that a prompt set is fit to score with: every kwargs object decodes for its
/// verifier, no prompt holds conflicting or repeated instructions, keys and prompt texts
/// are unique, and the prompt text states each argument (numbers as digits or words,
/// keywords, phrases and markers as written, compared case-insensitively), so that a
/// model can follow what is checked. What each instruction takes, states and conflicts
/// with comes from its type's description, in the suite the set implies or is given.
public enum PromptSetValidator {
    /// Validates a prompt set file; every problem is returned, in line order.
    public static func validate(path: String, suites: SuiteSelection = .standard) -> [InputError] {
        var numbered: [(line: Int, record: PromptRecord)] = []
        var errors: [InputError] = []
        for result in JSONLinesReader(path: path) {
            switch result {
            case let .failure(error): errors.append(error)
            case let .success(line):
                do {
                    numbered.append((line.number, try PromptSetReader.record(from: line.value, file: path, line: line.number)))
                } catch {
                    errors.append(error)
                }
            }
        }
        if errors.isEmpty && numbered.isEmpty {
            errors.append(InputError(file: path, message: "the prompt set is empty", hint: "expected one JSON object per line"))
        }
        return (errors + validate(numbered, file: path, suites: suites)).sorted { ($0.line ?? 0) < ($1.line ?? 0) }
    }

    /// Validates decoded prompts; `line` is where each was read (for messages).
    public static func validate(_ records: [(line: Int, record: PromptRecord)], file: String,
                                suites: SuiteSelection = .standard) -> [InputError] {
        var errors: [InputError] = []
        let ids = Set(records.flatMap(\.record.instructionIDs))
        let setSuite = suites.suite(for: ids)
        if setSuite == nil, let problem = suites.mixedSuitesProblem(for: ids) {
            errors.append(InputError(file: file, message: problem))
        }
        var lineOfKey: [PromptKey: Int] = [:]
        var lineOfText: [String: Int] = [:]
        for (line, record) in records {
            func report(_ message: String, _ hint: String? = nil) {
                errors.append(InputError(file: file, line: line, message: "prompt \(record.key): " + message, hint: hint))
            }
            if let first = lineOfKey[record.key] {
                report("duplicate key (first on line \(first))", "keys must be unique within a prompt set")
            } else {
                lineOfKey[record.key] = line
            }
            let text = PythonString.strip(record.prompt)
            if let first = lineOfText[text] {
                report("the same prompt text as line \(first)")
            } else {
                lineOfText[text] = line
            }
            for message in problems(in: record, suite: setSuite ?? suites.suiteForRecord(record.instructionIDs)) { report(message) }
        }
        return errors
    }

    /// The problems of one prompt, independent of the rest of the set.
    public static func problems(in record: PromptRecord, suite: Suite = .ifeval) -> [String] {
        var problems: [String] = []
        if record.instructionIDs.isEmpty { problems.append("no instructions") }
        if PythonString.strip(record.prompt).isEmpty { problems.append("the prompt text is empty") }
        do {
            _ = try PreparedPrompt(record, suite: suite)
        } catch {
            problems.append(error.description)
        }
        let ids = record.instructionIDs
        for i in ids.indices {
            for j in ids.indices where j > i && suite.conflict(ids[i], ids[j]) {
                problems.append(ids[i] == ids[j] ? "\(ids[i]) appears twice" : "\(ids[i]) conflicts with \(ids[j])")
            }
        }
        if ids.contains("punctuation:no_comma"), let index = ids.firstIndex(of: "combination:repeat_prompt"), index < record.kwargs.count,
           record.kwargs[index].first(where: { $0.0 == "prompt_to_repeat" })?.1.stringValue?.contains(",") == true {
            problems.append("prompt_to_repeat holds a comma, so no response can both repeat it and follow punctuation:no_comma")
        }
        for (index, id) in ids.enumerated() where index < record.kwargs.count {
            guard let type = suite.verifierType(for: id) else { continue }
            for (name, value) in record.kwargs[index] where suite.kwargsPolicy.keeps(value) {
                if let argument = type.description.argument(named: name),
                   let problem = PromptMentions.problem(instruction: id, argument: argument, value: value, prompt: record.prompt) {
                    problems.append(problem)
                }
            }
        }
        return problems
    }
}
