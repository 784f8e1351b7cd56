/// What to do with a prompt that has no response.
public enum MissingResponsePolicy: String, Sendable, CaseIterable {
    /// Stop with an error naming the prompts (the official code fails too).
    case error
    /// Score the prompt as if the response were empty: every instruction fails.
    case fail
    /// Leave the prompt out of the results and the accuracies.
    case skip
}

/// Where a scored response came from.
public enum ResponseStatus: String, Sendable {
    case present
    /// `"response": null` (or no response field): scored as the empty string, as the
    /// official harness does.
    case null
    /// No line for this prompt; scored as empty under `--missing fail`.
    case missing
}

/// One prompt with the response it was scored on and the verdicts.
public struct ScoredPrompt: Sendable {
    public var prompt: PreparedPrompt
    public var response: String
    public var status: ResponseStatus
    public var evaluation: PromptEvaluation
}

/// Counts about how responses were matched to prompts.
public struct MatchingReport: Sendable, Equatable {
    public var responseLines = 0
    public var matched = 0
    public var nullResponses = 0
    public var missing: [PromptKey] = []
    public var skipped: [PromptKey] = []
    /// Response lines whose prompt or key is not in the prompt set.
    public var unmatchedLines: [Int] = []
    /// Prompts answered more than once (the last answer is used, as official).
    public var duplicated: [PromptKey] = []
    public var warnings: [String] = []
}

public enum ScoringError: Error, Sendable, CustomStringConvertible {
    case input(InputErrors)
    case missingResponses(file: String, keys: [PromptKey])

    public var description: String {
        switch self {
        case let .input(errors): return errors.description
        case let .missingResponses(file, keys):
            let shown = keys.prefix(30).map(\.description).joined(separator: ", ")
            let more = keys.count > 30 ? " and \(keys.count - 30) more" : ""
            return "\(file): no response for \(Plural.count(keys.count, "prompt")) (keys \(shown)\(more))\n"
                + "  hint: add the responses, or pass --missing fail (score them as not followed) or --missing skip (leave them out)"
        }
    }
}

/// Matches responses to prompts and scores them.
public struct ScoringRun: Sendable {
    public var evaluator: Evaluator
    public var missingPolicy: MissingResponsePolicy

    public init(evaluator: Evaluator, missingPolicy: MissingResponsePolicy = .error) {
        self.evaluator = evaluator
        self.missingPolicy = missingPolicy
    }

    /// Reads the response file (streamed), matches each line to its prompt, and scores
    /// every prompt in prompt-set order.
    public func score(prompts: [PreparedPrompt], responsesPath: String) throws(ScoringError) -> (results: [ScoredPrompt], report: MatchingReport) {
        var indexByKey: [PromptKey: Int] = [:]
        var indexByPrompt: [String: Int] = [:]
        for (index, prompt) in prompts.enumerated() {
            indexByKey[prompt.key] = index
            indexByPrompt[prompt.prompt] = index
        }
        var answers = [ResponseRecord?](repeating: nil, count: prompts.count)
        var report = MatchingReport()
        var errors: [InputError] = []
        var duplicated = Set<PromptKey>()
        for result in JSONLinesReader(path: responsesPath) {
            let line: JSONLinesReader.Line
            switch result {
            case let .failure(error):
                errors.append(error)
                continue
            case let .success(value): line = value
            }
            report.responseLines += 1
            let record: ResponseRecord
            do { record = try ResponseRecord.decode(line.value, file: responsesPath, line: line.number) } catch {
                errors.append(error)
                continue
            }
            let index: Int?
            if let key = record.key {
                index = indexByKey[key]
            } else {
                index = record.prompt.flatMap { indexByPrompt[$0] }
            }
            guard let index else {
                report.unmatchedLines.append(line.number)
                continue
            }
            if answers[index] != nil { duplicated.insert(prompts[index].key) }
            answers[index] = record
        }
        if report.responseLines == 0 && errors.isEmpty {
            errors.append(InputError(file: responsesPath, message: "the response file is empty", hint: "expected one JSON object per line"))
        }
        guard errors.isEmpty else { throw .input(InputErrors(errors: errors)) }
        report.duplicated = prompts.map(\.key).filter { duplicated.contains($0) }

        let missing = prompts.indices.filter { answers[$0] == nil }.map { prompts[$0].key }
        if !missing.isEmpty && missingPolicy == .error {
            throw .missingResponses(file: responsesPath, keys: missing)
        }
        var results: [ScoredPrompt] = []
        results.reserveCapacity(prompts.count)
        for (index, prompt) in prompts.enumerated() {
            let status: ResponseStatus
            let text: String
            if let answer = answers[index] {
                report.matched += 1
                if let response = answer.response {
                    status = .present
                    text = response
                } else {
                    status = .null
                    text = ""
                    report.nullResponses += 1
                }
            } else if missingPolicy == .skip {
                report.skipped.append(prompt.key)
                continue
            } else {
                status = .missing
                text = ""
                report.missing.append(prompt.key)
            }
            results.append(ScoredPrompt(prompt: prompt, response: text, status: status, evaluation: evaluator.evaluate(prompt, response: text)))
        }
        if report.nullResponses > 0 {
            report.warnings.append("\(Plural.count(report.nullResponses, "response")) \(report.nullResponses == 1 ? "is" : "are") null; scored as empty (every instruction not followed)")
        }
        if !report.duplicated.isEmpty {
            report.warnings.append("\(Plural.count(report.duplicated.count, "prompt")) answered more than once; the last answer is used (keys \(report.duplicated.prefix(10).map(\.description).joined(separator: ", ")))")
        }
        if !report.unmatchedLines.isEmpty {
            report.warnings.append("\(Plural.count(report.unmatchedLines.count, "response line")) \(report.unmatchedLines.count == 1 ? "matches no prompt and was" : "match no prompt and were") ignored (lines \(report.unmatchedLines.prefix(10).map(String.init).joined(separator: ", ")))")
        }
        if !report.missing.isEmpty {
            report.warnings.append("\(Plural.count(report.missing.count, "prompt")) had no response and scored as not followed")
        }
        if !report.skipped.isEmpty {
            report.warnings.append("\(Plural.count(report.skipped.count, "prompt")) had no response and \(report.skipped.count == 1 ? "was" : "were") left out")
        }
        return (results, report)
    }
}
