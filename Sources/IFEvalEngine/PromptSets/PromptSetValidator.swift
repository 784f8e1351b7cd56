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

    /// At most this many messages are given for one prompt; the rest are counted.
    public static let problemsShownPerPrompt = 20

    /// The problems of one prompt, independent of the rest of the set: each message once
    /// (with how many times it applies when more than once), at most
    /// `problemsShownPerPrompt` of them and then how many were left out. Linear in the
    /// number of instructions: repeated ids are grouped, conflicts looked up per id.
    public static func problems(in record: PromptRecord, suite: Suite = .ifeval) -> [String] {
        var problems: [String] = []
        if record.instructionIDs.isEmpty { problems.append("no instructions") }
        if PythonString.strip(record.prompt).isEmpty { problems.append("the prompt text is empty") }
        do {
            _ = try PreparedPrompt(record, suite: suite)
        } catch {
            problems.append(error.description)
        }
        problems += repetitionsAndConflicts(record.instructionIDs, suite: suite)
        let ids = record.instructionIDs
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
        return capped(problems)
    }

    /// "X appears twice" (or "N times") for a repeated id and "X conflicts with Y" for
    /// each conflicting pair of ids, once per pair of distinct ids, in the order of their
    /// places in the list (the second place of a repeated id, the first of a partner).
    static func repetitionsAndConflicts(_ ids: [String], suite: Suite) -> [String] {
        var distinct: [String] = []
        var firstPlace: [Int] = []
        var secondPlace: [Int?] = []
        var count: [Int] = []
        var slot: [String: Int] = [:]
        for (place, id) in ids.enumerated() {
            if let k = slot[id] {
                if count[k] == 1 { secondPlace[k] = place }
                count[k] += 1
            } else {
                slot[id] = distinct.count
                distinct.append(id)
                firstPlace.append(place)
                secondPlace.append(nil)
                count.append(1)
            }
        }
        var messages: [(order: (Int, Int), text: String)] = []
        for (k, id) in distinct.enumerated() where count[k] > 1 {
            messages.append(((firstPlace[k], secondPlace[k]!), count[k] == 2 ? "\(id) appears twice" : "\(id) appears \(count[k]) times"))
        }
        for (a, b) in suite.conflictingPairs(amongDistinct: distinct) {
            messages.append(((firstPlace[a], firstPlace[b]), "\(distinct[a]) conflicts with \(distinct[b])"))
        }
        return messages.sorted { $0.order < $1.order }.map(\.text)
    }

    /// Each message once, in first-seen order, with "(N times)" when it was given more
    /// than once; beyond `limit` messages, one line saying how many were left out.
    static func capped(_ problems: [String], limit: Int = problemsShownPerPrompt) -> [String] {
        var order: [String] = []
        var times: [String: Int] = [:]
        for problem in problems {
            if times[problem] == nil { order.append(problem) }
            times[problem, default: 0] += 1
        }
        var shown = order.prefix(limit).map { times[$0]! > 1 ? "\($0) (\(times[$0]!) times)" : $0 }
        if order.count > limit {
            let left = order.dropFirst(limit).reduce(0) { $0 + times[$1]! }
            shown.append("\(left) more \(left == 1 ? "problem" : "problems") with this prompt left out (\(order.count - limit) different)")
        }
        return shown
    }
}
