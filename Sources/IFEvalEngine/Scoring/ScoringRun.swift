import Foundation

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
    /// The text that was scored.
    public var response: String
    /// What the model wrote, when it differs from `response` (thinking trace removed).
    public var rawResponse: String?
    public var status: ResponseStatus
    public var evaluation: PromptEvaluation
}

/// Counts about how responses were read and matched to prompts.
public struct MatchingReport: Sendable, Equatable {
    public var format: ResponseFileFormat = .responses
    public var responseLines = 0
    public var matched = 0
    public var nullResponses = 0
    public var missing: [PromptKey] = []
    public var skipped: [PromptKey] = []
    /// Response lines whose prompt or key is not in the prompt set.
    public var unmatchedLines: [Int] = []
    /// Prompts answered more than once (the last answer is used, as official).
    public var duplicated: [PromptKey] = []
    /// Responses whose thinking trace was removed, and traces with no closing tag.
    public var thinkingStripped = 0
    public var thinkingUnclosed = 0
    /// Responses holding a closing think tag while stripping was off.
    public var closingTagsSeen = 0
    /// The suite that scored the prompts an lm-eval samples file carries (nil otherwise).
    public var samplesSuite: String?

    /// What is worth a warning about this reading, as values (the caller words them).
    public var warnings: [ScoringWarning] {
        var warnings: [ScoringWarning] = []
        if nullResponses > 0 { warnings.append(.nullResponses(count: nullResponses)) }
        if !duplicated.isEmpty { warnings.append(.answeredMoreThanOnce(keys: duplicated)) }
        if !unmatchedLines.isEmpty { warnings.append(.unmatchedLines(unmatchedLines)) }
        if !missing.isEmpty { warnings.append(.missingScoredAsNotFollowed(keys: missing)) }
        if !skipped.isEmpty { warnings.append(.missingLeftOut(keys: skipped)) }
        if thinkingUnclosed > 0 { warnings.append(.unclosedThinkingTraces(count: thinkingUnclosed)) }
        if closingTagsSeen * 2 > matched && matched > 0 {
            warnings.append(.thinkingTracesNotStripped(withClosingTag: closingTagsSeen, of: matched))
        }
        return warnings
    }
}

/// Something about a scored run that its user should hear of; the tool that runs the
/// engine says it in its own terms (the CLI names its flags).
public enum ScoringWarning: Sendable, Equatable {
    /// Responses given as `null`, scored as the empty string.
    case nullResponses(count: Int)
    /// Prompts answered more than once (the last answer is used).
    case answeredMoreThanOnce(keys: [PromptKey])
    /// Response lines (1-based line numbers) that match no prompt, ignored.
    case unmatchedLines([Int])
    /// Prompts without a response, scored as not followed.
    case missingScoredAsNotFollowed(keys: [PromptKey])
    /// Prompts without a response, left out.
    case missingLeftOut(keys: [PromptKey])
    /// Responses whose thinking trace has no closing tag.
    case unclosedThinkingTraces(count: Int)
    /// Most responses hold a closing think tag while traces are not removed.
    case thinkingTracesNotStripped(withClosingTag: Int, of: Int)
}

public enum ScoringError: Error, Sendable, CustomStringConvertible {
    case input(InputErrors)
    case missingResponses(file: String, keys: [PromptKey])
    case noPromptSet(file: String)

    /// What went wrong, without advice on how the caller's tool is driven (the CLI adds
    /// its hints).
    public var description: String {
        switch self {
        case let .input(errors): return errors.description
        case let .missingResponses(file, keys):
            let shown = keys.prefix(30).map(\.description).joined(separator: ", ")
            let more = keys.count > 30 ? " and \(keys.count - 30) more" : ""
            return "\(file): no response for \(Plural.count(keys.count, "prompt")) (keys \(shown)\(more))"
        case let .noPromptSet(file):
            return "\(file): a response file needs a prompt set"
        }
    }
}

/// Reads responses, matches them to prompts, and scores them.
public struct ScoringRun: Sendable {
    public var evaluator: Evaluator
    public var missingPolicy: MissingResponsePolicy
    /// Set to remove thinking traces before scoring.
    public var thinking: ThinkingTraceStripper?
    /// How many threads evaluate responses; results are the same and in the same order
    /// whatever the number.
    public var parallelism: Int
    /// Called as a long run advances (on the calling thread).
    public var progress: (@Sendable (Progress) -> Void)?
    /// Response files up to this size are read once, their answers kept in memory (a
    /// second read would cost more than the memory); larger regular files are read twice
    /// (see `stream`), so that memory stops growing with the file.
    public var readOnceLimit = 64 << 20
    /// The suite that scores the prompts an lm-eval samples file carries (a prompt set
    /// read separately comes with its prompts built).
    public var suites: SuiteSelection = .standard

    public enum Progress: Sendable {
        /// Response lines read so far.
        case read(lines: Int)
        /// Prompts scored so far, of those with an answer.
        case scored(Int, of: Int)
    }

    public init(evaluator: Evaluator, missingPolicy: MissingResponsePolicy = .error, thinking: ThinkingTraceStripper? = nil,
                parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.evaluator = evaluator
        self.missingPolicy = missingPolicy
        self.thinking = thinking
        self.parallelism = max(1, parallelism)
    }

    /// Scores a response file (the official pair, key-matched responses, or an lm-eval
    /// samples file, which carries its own prompts) in prompt-set order, and returns the
    /// results. `onResults` receives them a slice at a time as well, in order, as they
    /// are scored (on the calling thread).
    public func score(prompts: [PreparedPrompt]?, responsesPath: String, format: ResponseFileFormat = .auto,
                      onResults: (([ScoredPrompt]) -> Void)? = nil) throws(ScoringError) -> (results: [ScoredPrompt], report: MatchingReport) {
        var results: [ScoredPrompt] = []
        let report = try stream(prompts: prompts, responsesPath: responsesPath, format: format) { slice in
            results.append(contentsOf: slice)
            onResults?(slice)
        }
        return (results, report)
    }

    /// Scores a response file like `score`, but keeps no results: each slice goes to
    /// `onResults` (in order, on the calling thread) and is then dropped. A response file
    /// larger than `readOnceLimit` that is a regular file is read twice: first to match
    /// lines to prompts, keeping only where each final answer is, then a slice at a time
    /// to score them; memory then grows with the prompt set, not with the response file.
    /// (Smaller files and pipes are read once, keeping the answers; so are samples files,
    /// whose lines carry their prompts.)
    public func stream(prompts: [PreparedPrompt]?, responsesPath: String, format: ResponseFileFormat = .auto,
                       onResults: ([ScoredPrompt]) -> Void) throws(ScoringError) -> MatchingReport {
        try stream(prompts: prompts, responses: readResponses(path: responsesPath, format: format), onResults: onResults)
    }

    /// `stream` on a response file already read by `readResponses` (which can run while
    /// the prompt set is read, and `index` of the prompts be built).
    public func stream(prompts: [PreparedPrompt]?, index: PromptIndex? = nil, responses: ResponseFileReading,
                       onResults: ([ScoredPrompt]) -> Void) throws(ScoringError) -> MatchingReport {
        let responsesPath = responses.path
        var report = MatchingReport()
        report.format = responses.format
        var answers: [AnswerSource?]
        let scoredPrompts: [PreparedPrompt]
        // The response file as the first of two passes found it (a large regular file).
        var firstPassIdentity: LineFetcher.FileIdentity?
        switch responses.format {
        case .samples:
            let records: [ResponseRecord?]
            (scoredPrompts, records) = try collectSamples(path: responsesPath, prompts: prompts, report: &report)
            answers = records.map { $0.map(AnswerSource.record) }
        case .responses, .auto:
            guard let prompts else { throw .noPromptSet(file: responsesPath) }
            // One index of a large prompt set is a lot of memory: the caller's if it made one.
            let promptIndex = index ?? PromptIndex(prompts)
            if let lines = responses.lines.take() {
                answers = try match(lines, path: responsesPath, prompts: prompts, index: promptIndex, report: &report)
            } else {
                firstPassIdentity = LineFetcher.FileIdentity(path: responsesPath)
                answers = try collectResponses(path: responsesPath, prompts: prompts, index: promptIndex, report: &report)
            }
            scoredPrompts = prompts
        }
        try checkMissing(prompts: scoredPrompts, answers: answers, file: responsesPath)
        try score(&answers, prompts: scoredPrompts, path: responsesPath, firstPass: firstPassIdentity, report: &report, onResults: onResults)
        return report
    }

    /// A prompt's final answer: the record (input read once), or where its line is.
    enum AnswerSource: Sendable {
        case record(ResponseRecord)
        case located(LineLocation)
    }

    /// Under `--missing error`, stops before any scoring if a prompt has no response.
    private func checkMissing(prompts: [PreparedPrompt], answers: [AnswerSource?], file: String) throws(ScoringError) {
        guard missingPolicy == .error else { return }
        let missing = prompts.indices.filter { answers[$0] == nil }.map { prompts[$0].key }
        if !missing.isEmpty { throw .missingResponses(file: file, keys: missing) }
    }

    /// A response line matched to its prompt and scored.
    struct ScoredAnswer: Sendable {
        var text: String
        var raw: String?
        var isNull: Bool
        var thinking: ThinkingTraceStripper.Outcome
        var closingTagSeen: Bool
        var evaluation: PromptEvaluation
    }

    /// Removes the thinking trace if asked, and scores the response.
    private func score(_ record: ResponseRecord, prompt: PreparedPrompt) -> ScoredAnswer {
        guard let response = record.response else {
            return ScoredAnswer(text: "", isNull: true, thinking: .unchanged, closingTagSeen: false,
                                evaluation: evaluator.evaluate(prompt, response: ""))
        }
        var text = response
        var raw: String?
        var outcome = ThinkingTraceStripper.Outcome.unchanged
        var closingTagSeen = false
        if let thinking {
            let stripped: String
            (stripped, outcome) = thinking.strip(response)
            if stripped != response {
                raw = response
                text = stripped
            }
        } else {
            closingTagSeen = ThinkingTraceStripper.containsClosingTag(response)
        }
        return ScoredAnswer(text: text, raw: raw, isNull: false, thinking: outcome, closingTagSeen: closingTagSeen,
                            evaluation: evaluator.evaluate(prompt, response: text))
    }

    /// A slice's answer ready to score: the record, or its line read again.
    private enum SliceInput: Sendable {
        case record(ResponseRecord)
        case line(ArraySlice<UInt8>, LineLocation)
    }

    /// Scores the final answer of each prompt on all cores, a slice at a time so that long
    /// runs can report progress, memory holds one slice of lines and results, and results
    /// can be written while the next slice is scored. Each slice's answers are dropped from
    /// `answers` as it is scored (their texts are freed once written, and their memory
    /// reused by the next slices).
    private func score(_ answers: inout [AnswerSource?], prompts: [PreparedPrompt], path: String, firstPass: LineFetcher.FileIdentity?,
                       report: inout MatchingReport, onResults: ([ScoredPrompt]) -> Void) throws(ScoringError) {
        let rereads = answers.contains { if case .located = $0 { return true } else { return false } }
        let fetcher = rereads ? LineFetcher(path: path) : nil
        if rereads && fetcher == nil {
            throw .input(InputErrors(errors: [LineFetcher.changed(path, "can no longer be opened")]))
        }
        if let fetcher, let firstPass, fetcher.identity != firstPass {
            throw .input(InputErrors(errors: [LineFetcher.changed(path, "was replaced or written to between its two reading passes")]))
        }
        // Each slice is scored on other threads while this one hands the previous slice's
        // results on (assembling them, `onResults`): no core waits for that serial part.
        var previous: (range: Range<Int>, scoring: BackgroundWork<[Result<ScoredAnswer, InputError>?]>)?
        for range in Self.slices(of: answers.count) {
            var inputs = [SliceInput?](repeating: nil, count: range.count)
            var located: [(position: Int, location: LineLocation)] = []
            for (position, index) in range.enumerated() {
                switch answers[index] {
                case nil: break
                case let .record(record)?: inputs[position] = .record(record)
                case let .located(location)?: located.append((position, location))
                }
                answers[index] = nil
            }
            if let fetcher, !located.isEmpty {
                do throws(InputError) {
                    let lines = try fetcher.read(located.map(\.location))
                    for (entry, line) in zip(located, lines) { inputs[entry.position] = .line(line, entry.location) }
                } catch {
                    throw .input(InputErrors(errors: [error]))
                }
            }
            let scoring = BackgroundWork { [self, inputs] in
                ParallelMap.map(Array(range), parallelism: parallelism, chunkSize: 16) { index -> Result<ScoredAnswer, InputError>? in
                    switch inputs[index - range.lowerBound] {
                    case nil: return nil
                    case let .record(record)?: return .success(score(record, prompt: prompts[index]))
                    case let .line(bytes, location)?:
                        return Result { () throws(InputError) -> ScoredAnswer in
                            try score(ScoringRun.reread(bytes, location: location, file: path), prompt: prompts[index])
                        }
                    }
                }
            }
            if let previous {
                try deliver(previous.scoring.value(), range: previous.range, of: answers.count, prompts: prompts, report: &report, onResults: onResults)
            }
            previous = (range, scoring)
        }
        if let previous {
            try deliver(previous.scoring.value(), range: previous.range, of: answers.count, prompts: prompts, report: &report, onResults: onResults)
        }
    }

    /// Slices of 1,024 answers, the last 1,024 in four of 256: what is done with the last
    /// slice's results (writing them) is done after all scoring, on one core.
    static func slices(of count: Int) -> [Range<Int>] {
        let large = 1024
        let small = 256
        let tail = min(count, large)
        return stride(from: 0, to: count - tail, by: large).map { $0..<min($0 + large, count - tail) }
            + stride(from: count - tail, to: count, by: small).map { $0..<min($0 + small, count) }
    }

    /// Hands on one scored slice: the first failed line is thrown, else the results go to
    /// `onResults` in prompt order.
    private func deliver(_ scored: [Result<ScoredAnswer, InputError>?], range: Range<Int>, of total: Int, prompts: [PreparedPrompt],
                         report: inout MatchingReport, onResults: ([ScoredPrompt]) -> Void) throws(ScoringError) {
        var sliceAnswers: [ScoredAnswer?] = []
        sliceAnswers.reserveCapacity(scored.count)
        for result in scored {
            switch result {
            case nil: sliceAnswers.append(nil)
            case let .success(answer)?: sliceAnswers.append(answer)
            case let .failure(error)?: throw .input(InputErrors(errors: [error]))
            }
        }
        var results: [ScoredPrompt] = []
        results.reserveCapacity(range.count)
        assemble(prompts: prompts[range], answers: sliceAnswers, into: &results, report: &report)
        onResults(results)
        progress?(.scored(range.upperBound, of: total))
    }

    /// Decodes a response line read again (its UTF-8 and JSON were checked by the first
    /// pass; its prompt text is not built again).
    private static func reread(_ bytes: ArraySlice<UInt8>, location: LineLocation, file: String) throws(InputError) -> ResponseRecord {
        let parsed = bytes.withUnsafeBufferPointer { buffer -> Result<JSONValue, JSONParser.Failure> in
            Result { () throws(JSONParser.Failure) -> JSONValue in try JSONParser.parse(buffer, skippingValuesOf: "prompt") }
        }
        guard case let .success(value) = parsed else {
            throw LineFetcher.changed(file, line: location.line)
        }
        var record = try ResponseRecord.decode(value, file: file, line: location.line)
        record.prompt = nil
        return record
    }

    /// Reads and matches response lines a batch at a time, parsed on all cores: memory
    /// stays bounded by the batch and the prompt set, not by the response file (a regular
    /// file's answers are kept as locations, their texts skipped; see `stream`). A prompt
    /// answered twice keeps its last answer, as the official code does (only final
    /// answers are scored).
    private func collectResponses(path: String, prompts: [PreparedPrompt], index promptIndex: PromptIndex,
                                  report: inout MatchingReport) throws(ScoringError) -> [AnswerSource?] {
        enum Line: Sendable {
            case unmatched(line: Int)
            case matched(index: Int, byText: Bool, AnswerSource)
        }
        let rereadable = LineFetcher.isRegularFile(path) && LineFetcher.size(of: path) > readOnceLimit
        var answers = [AnswerSource?](repeating: nil, count: prompts.count)
        var errors: [InputError] = []
        var duplicated = Set<PromptKey>()
        var matchedByText = Set<Int>()
        do throws(InputError) {
            try JSONLinesReader.decodeInParallel(path: path, parallelism: parallelism, skipping: rereadable ? "response" : nil, decode: { line in
                Result { () throws(InputError) -> Line in
                    var record = try ResponseRecord.decode(line.value, file: path, line: line.number)
                    guard let index = promptIndex.index(of: record) else {
                        return .unmatched(line: record.line)
                    }
                    let byText = record.key == nil
                    if rereadable { return .matched(index: index, byText: byText, .located(line.location)) }
                    // The prompt has its text already; not kept twice.
                    record.prompt = nil
                    return .matched(index: index, byText: byText, .record(record))
                }
            }, consume: { result in
                report.responseLines += 1
                if report.responseLines % 16384 == 0 { progress?(.read(lines: report.responseLines)) }
                switch result {
                case let .failure(error): errors.append(error)
                case let .success(.unmatched(line)): report.unmatchedLines.append(line)
                case let .success(.matched(index, byText, answer)):
                    if answers[index] != nil { duplicated.insert(prompts[index].key) }
                    answers[index] = answer
                    if byText && promptIndex.hasSameTextPrompts(index) { matchedByText.insert(index) }
                }
            })
        } catch {
            throw .input(InputErrors(errors: [error]))
        }
        promptIndex.shareTextAnswers(&answers, matchedByText: matchedByText)
        return try ScoringRun.checkedAnswers(answers, errors: errors, duplicated: duplicated, path: path, prompts: prompts, report: &report)
    }

    private func collectSamples(path: String, prompts given: [PreparedPrompt]?, report: inout MatchingReport) throws(ScoringError) -> ([PreparedPrompt], [ResponseRecord?]) {
        var prompts = given ?? []
        var indexByKey: [PromptKey: Int] = [:]
        for (index, prompt) in prompts.enumerated() { indexByKey[prompt.key] = index }
        var answers = [ResponseRecord?](repeating: nil, count: prompts.count)
        var errors: [InputError] = []
        var duplicated = Set<PromptKey>()
        let verifiers = VerifierCache(suites: suites)
        for result in JSONLinesReader(path: path) {
            let line: JSONLinesReader.Line
            switch result {
            case let .failure(error):
                errors.append(error)
                continue
            case let .success(value): line = value
            }
            report.responseLines += 1
            let sample: SampleRecord
            do { sample = try SampleRecord.decode(line.value, file: path, line: line.number) } catch {
                errors.append(error)
                continue
            }
            var index = indexByKey[sample.prompt.key]
            if index == nil {
                if given != nil {
                    report.unmatchedLines.append(line.number)
                    continue
                }
                do {
                    prompts.append(try PreparedPrompt(sample.prompt, cache: verifiers))
                } catch {
                    errors.append(InputError(file: path, line: line.number, message: "prompt \(sample.prompt.key): \(error.description)"))
                    continue
                }
                answers.append(nil)
                index = prompts.count - 1
                indexByKey[sample.prompt.key] = index
            }
            if answers[index!] != nil { duplicated.insert(sample.prompt.key) }
            answers[index!] = ResponseRecord(key: sample.prompt.key, prompt: sample.prompt.prompt, response: sample.response, line: line.number)
        }
        if report.responseLines == 0 && errors.isEmpty {
            errors.append(InputError(file: path, message: "the samples file is empty", hint: "expected one JSON object per line"))
        }
        if errors.isEmpty && given == nil, case .implied = suites {
            // Prompts were built with the suite their own ids imply; all must build as the
            // suite of the whole set does.
            let (usedSuites, ids) = verifiers.builtSuitesAndIDs()
            if let setSuite = suites.suite(for: ids) {
                if !usedSuites.values.allSatisfy(setSuite.buildsLike) {
                    errors.append(InputError(file: path, message: "the samples' prompts need suite \(setSuite.name) as a whole, but some were read with another suite's rules; name the suite to score them"))
                }
            } else if let problem = suites.mixedSuitesProblem(for: ids) {
                errors.append(InputError(file: path, message: problem))
            }
        }
        guard errors.isEmpty else { throw .input(InputErrors(errors: errors)) }
        if given == nil {
            var ids = Set<String>()
            for prompt in prompts { ids.formUnion(prompt.instructionIDs) }
            report.samplesSuite = suites.suite(for: ids)?.name ?? verifiers.builtSuitesAndIDs().suites.keys.sorted().first
        }
        report.duplicated = prompts.map(\.key).filter { duplicated.contains($0) }
        return (prompts, answers)
    }

    /// Appends the results in prompt-set order, and counts them in the matching report;
    /// prompts without an answer follow the missing-response policy.
    private func assemble(prompts: ArraySlice<PreparedPrompt>, answers: [ScoredAnswer?], into results: inout [ScoredPrompt],
                          report: inout MatchingReport) {
        for (prompt, answer) in zip(prompts, answers) {
            guard let answer else {
                if missingPolicy == .skip {
                    report.skipped.append(prompt.key)
                } else {
                    report.missing.append(prompt.key)
                    results.append(ScoredPrompt(prompt: prompt, response: "", rawResponse: nil, status: .missing,
                                                evaluation: evaluator.evaluate(prompt, response: "")))
                }
                continue
            }
            report.matched += 1
            if answer.isNull { report.nullResponses += 1 }
            if answer.closingTagSeen { report.closingTagsSeen += 1 }
            switch answer.thinking {
            case .unchanged: break
            case .stripped: report.thinkingStripped += 1
            case .unclosed: report.thinkingUnclosed += 1
            }
            results.append(ScoredPrompt(prompt: prompt, response: answer.text, rawResponse: answer.raw,
                                        status: answer.isNull ? .null : .present, evaluation: answer.evaluation))
        }
    }
}
