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
    /// The sample's number among the prompt's samples (0-based) when every answer is kept
    /// (`SampleMode.all`); nil with one answer per prompt.
    public var sample: Int? = nil

    /// Where each prompt's results are in `results` (in scoring order: a prompt's samples
    /// are consecutive, its first numbered 0; with one result per prompt, each alone).
    public static func promptRanges(in results: [ScoredPrompt]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while start < results.count {
            var end = start + 1
            while end < results.count && (results[end].sample ?? 0) != 0 { end += 1 }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }
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
    /// The prompt set given cannot be read.
    case promptSet(InputErrors)
    /// The built-in prompt set cannot be read (a build problem).
    case builtInPromptSet(InputErrors)
    /// Scored against the built-in prompt set, no response line matches one of its prompts.
    case noResponseMatchesBuiltInSet(file: String)
    /// Searches of the prompts' kwargs patterns exhausted the backtracking budget `limit`
    /// times or more (`ScoringRun.budgetExhaustionLimit`): the run stopped early. `keys`
    /// are some of the prompts concerned, in prompt-set order.
    case budgetExhaustedTooOften(limit: Int, keys: [PromptKey])

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
        case let .promptSet(errors): return errors.description
        case let .builtInPromptSet(errors): return "the built-in prompt set cannot be read (a build problem): \(errors.description)"
        case let .noResponseMatchesBuiltInSet(file):
            return "no response in \(file) matches a prompt of the built-in prompt set (by key or prompt text)"
        case let .budgetExhaustedTooOften(limit, keys):
            let shown = keys.prefix(10).map(\.description).joined(separator: ", ")
            return "stopped early: the searches of kwargs patterns exceeded the backtracking budget at least \(limit) times "
                + "(for example in prompts \(shown)); Python's re would run for hours or more on such patterns; nothing was written"
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
    /// The last answer of each prompt (official), or every answer as a sample.
    public var samples: SampleMode = .last
    /// Stop the run with `ScoringError.budgetExhaustedTooOften` once this many strict
    /// searches of kwargs patterns have exhausted the backtracking budget (each costs
    /// seconds; nil: never stop). The outcome does not depend on threads: the run stops
    /// exactly when the whole run would exhaust the budget at least this often, and no
    /// verdict is ever changed (the prompts left unscored are not written at all).
    public var budgetExhaustionLimit: Int? = nil

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
    /// lines to prompts, keeping only where each answer is, then a slice at a time to
    /// score them; memory then grows with the prompt set, not with the response file.
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
        try match(prompts: prompts, index: index, responses: responses).score(onResults: onResults)
    }

    /// Matches the answers of a response file to prompts, ready to score: the one
    /// matching loop (`ResponseMatcher`) fed by however the file is read. Under
    /// `--missing error`, stops here if a prompt has no answer.
    public func match(prompts: [PreparedPrompt]?, index: PromptIndex? = nil, responses: ResponseFileReading) throws(ScoringError) -> MatchedResponses {
        let path = responses.path
        var report = MatchingReport()
        report.format = responses.format
        var firstPass: LineFetcher.FileIdentity?
        let plan: ScoringPlan
        let scoredPrompts: [PreparedPrompt]
        if case .samples = responses.strategy {
            (scoredPrompts, plan) = try matchSamples(path: path, prompts: prompts, report: &report)
        } else {
            guard let prompts else { throw .noPromptSet(file: path) }
            // One index of a large prompt set is a lot of memory: the caller's if it made one.
            let promptIndex = index ?? PromptIndex(prompts)
            var matcher = ResponseMatcher(mode: samples, promptCount: prompts.count, index: promptIndex)
            switch responses.strategy {
            case let .inMemory(taken):
                if let lines = taken.take() {
                    for line in lines {
                        matcher.add(line.map { read in
                            guard let position = promptIndex.index(key: read.record.key, promptKey: read.promptKey) else {
                                return .unmatched(line: read.record.line)
                            }
                            return .matched(index: position, byText: read.record.key == nil, .record(read.record), sample: read.record.sample)
                        })
                    }
                } else {
                    try matchStreamed(path: path, index: promptIndex, keepingLocations: false, into: &matcher)
                }
            case .twice:
                firstPass = LineFetcher.FileIdentity(path: path)
                try matchStreamed(path: path, index: promptIndex, keepingLocations: true, into: &matcher)
            case .once, .samples:
                try matchStreamed(path: path, index: promptIndex, keepingLocations: false, into: &matcher)
            }
            plan = try matcher.finish(prompts: prompts, file: path, empty: "the response file is empty", report: &report)
            scoredPrompts = prompts
        }
        if missingPolicy == .error {
            let missing = plan.unanswered().map { scoredPrompts[$0].key }
            if !missing.isEmpty { throw .missingResponses(file: path, keys: missing) }
        }
        return MatchedResponses(run: self, prompts: scoredPrompts, report: report, plan: plan, path: path, firstPass: firstPass)
    }

    /// Reads and matches response lines a batch at a time, parsed on all cores: memory
    /// stays bounded by the batch and the prompt set, not by the response file (with
    /// `keepingLocations`, answers are kept as locations, their texts skipped, to be read
    /// again when scored).
    private func matchStreamed(path: String, index promptIndex: PromptIndex, keepingLocations: Bool,
                              into matcher: inout ResponseMatcher) throws(ScoringError) {
        let readsSampleIndex = samples == .all
        do throws(InputError) {
            try JSONLinesReader.decodeInParallel(path: path, parallelism: parallelism, skipping: keepingLocations ? "response" : nil, decode: { line in
                Result { () throws(InputError) -> ResponseMatcher.Line in
                    var record = try ResponseRecord.decode(line.value, file: path, line: line.number, readsSampleIndex: readsSampleIndex)
                    guard let position = promptIndex.index(of: record) else { return .unmatched(line: record.line) }
                    let byText = record.key == nil
                    if keepingLocations { return .matched(index: position, byText: byText, .located(line.location), sample: record.sample) }
                    // The prompt has its text already; not kept twice.
                    record.prompt = nil
                    return .matched(index: position, byText: byText, .record(record), sample: record.sample)
                }
            }, consume: { result in
                matcher.add(result)
                if matcher.responseLines % 16384 == 0 { progress?(.read(lines: matcher.responseLines)) }
            })
        } catch {
            throw .input(InputErrors(errors: [error]))
        }
    }

    /// Reads an lm-eval samples file: its lines carry their prompts (matched by key to the
    /// prompt set if one is given, else built with the suite their ids imply).
    private func matchSamples(path: String, prompts given: [PreparedPrompt]?, report: inout MatchingReport) throws(ScoringError) -> ([PreparedPrompt], ScoringPlan) {
        var prompts = given ?? []
        var indexByKey: [PromptKey: Int] = [:]
        for (index, prompt) in prompts.enumerated() { indexByKey[prompt.key] = index }
        var matcher = ResponseMatcher(mode: samples, promptCount: prompts.count, index: nil)
        let verifiers = VerifierCache(suites: suites)
        for result in JSONLinesReader(path: path) {
            matcher.add(Result { () throws(InputError) -> ResponseMatcher.Line in
                let line = try result.get()
                let sample = try SampleRecord.decode(line.value, file: path, line: line.number, allSamples: samples == .all)
                var index = indexByKey[sample.prompt.key]
                if index == nil {
                    if given != nil { return .unmatched(line: line.number) }
                    do throws(InstructionError) {
                        prompts.append(try PreparedPrompt(sample.prompt, cache: verifiers))
                    } catch {
                        throw InputError(file: path, line: line.number, message: "prompt \(sample.prompt.key): \(error.description)")
                    }
                    matcher.answers.appendPrompt()
                    index = prompts.count - 1
                    indexByKey[sample.prompt.key] = index
                }
                let sources = sample.responses.map {
                    AnswerSource.record(ResponseRecord(key: sample.prompt.key, prompt: nil, response: $0, line: line.number))
                }
                return sources.count == 1 ? .matched(index: index!, byText: false, sources[0], sample: nil) : .several(index: index!, sources)
            })
        }
        if matcher.errors.isEmpty && given == nil, case .implied = suites {
            // Prompts were built with the suite their own ids imply; all must build as the
            // suite of the whole set does.
            let (usedSuites, ids) = verifiers.builtSuitesAndIDs()
            if let setSuite = suites.suite(for: ids) {
                if !usedSuites.values.allSatisfy(setSuite.buildsLike) {
                    matcher.errors.append(InputError(file: path, message: "the samples' prompts need suite \(setSuite.name) as a whole, but some were read with another suite's rules; name the suite to score them"))
                }
            } else if let problem = suites.mixedSuitesProblem(for: ids) {
                matcher.errors.append(InputError(file: path, message: problem))
            }
        }
        let plan = try matcher.finish(prompts: prompts, file: path, empty: "the samples file is empty", report: &report)
        if given == nil {
            var ids = Set<String>()
            for prompt in prompts { ids.formUnion(prompt.instructionIDs) }
            report.samplesSuite = suites.suite(for: ids)?.name ?? verifiers.builtSuitesAndIDs().suites.keys.sorted().first
        }
        return (prompts, plan)
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
    func score(_ record: ResponseRecord, prompt: PreparedPrompt) -> ScoredAnswer {
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

    /// Slices of 1,024 answers, the last 1,024 in four of 256: what is done with the last
    /// slice's results (writing them) is done after all scoring, on one core.
    static func slices(of count: Int) -> [Range<Int>] {
        let large = 1024
        let small = 256
        let tail = min(count, large)
        return stride(from: 0, to: count - tail, by: large).map { $0..<min($0 + large, count - tail) }
            + stride(from: count - tail, to: count, by: small).map { $0..<min($0 + small, count) }
    }

    /// Decodes a response line read again (its UTF-8 and JSON were checked by the first
    /// pass; its prompt text is not built again).
    static func reread(_ bytes: ArraySlice<UInt8>, location: LineLocation, file: String) throws(InputError) -> ResponseRecord {
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
}

/// A response file's answers matched to their prompts (`ScoringRun.match`), ready to
/// score.
public struct MatchedResponses: Sendable {
    let run: ScoringRun
    /// The prompts scored, in order (those of an lm-eval samples file when it brought them).
    public let prompts: [PreparedPrompt]
    /// What matching counted (scoring adds to it).
    public let report: MatchingReport
    var plan: ScoringPlan
    let path: String
    /// The response file as the first of two passes found it (a large regular file).
    let firstPass: LineFetcher.FileIdentity?

    /// The most samples a prompt has (1 with one answer per prompt).
    public var maxSamples: Int { plan.maxSamples }

    /// A slice's answer ready to score: the record, or its line read again.
    private enum SliceInput: Sendable {
        case record(ResponseRecord)
        case line(ArraySlice<UInt8>, LineLocation)
    }

    /// Scores every answer on all cores, a slice of prompts at a time so that long runs
    /// can report progress, memory holds one slice of lines and results, and results can
    /// be written while the next slice is scored (a prompt's samples are never split
    /// between slices). Each slice's answers are dropped as it is scored. `onResults`
    /// gets the results in prompt order, then sample order, on the calling thread.
    public consuming func score(onResults: ([ScoredPrompt]) -> Void) throws(ScoringError) -> MatchingReport {
        var report = report
        let path = path
        let rereads = plan.sources.contains { if case .located = $0 { return true } else { return false } }
        let fetcher = rereads ? LineFetcher(path: path) : nil
        if rereads && fetcher == nil {
            throw .input(InputErrors(errors: [LineFetcher.changed(path, "can no longer be opened")]))
        }
        if let fetcher, let firstPass, fetcher.identity != firstPass {
            throw .input(InputErrors(errors: [LineFetcher.changed(path, "was replaced or written to between its two reading passes")]))
        }
        let run = run
        let prompts = prompts
        let starts = plan.starts
        let promptCount = plan.promptCount
        let exhaustions = run.budgetExhaustionLimit.map(BudgetExhaustionTally.init)
        // Each slice is scored on other threads while this one hands the previous slice's
        // results on (assembling them, `onResults`): no core waits for that serial part.
        var previous: (range: Range<Int>, scoring: BackgroundWork<[Result<ScoringRun.ScoredAnswer, InputError>?]>)?
        for range in plan.slices() {
            let units = plan.units(of: range.lowerBound).lowerBound..<plan.units(of: range.upperBound - 1).upperBound
            var inputs = [SliceInput?](repeating: nil, count: units.count)
            var located: [(position: Int, location: LineLocation)] = []
            var promptOfUnit = [Int](repeating: 0, count: units.count)
            for prompt in range {
                for unit in plan.units(of: prompt) { promptOfUnit[unit - units.lowerBound] = prompt }
            }
            for (position, unit) in units.enumerated() {
                switch plan.sources[unit] {
                case nil: break
                case let .record(record)?: inputs[position] = .record(record)
                case let .located(location)?: located.append((position, location))
                }
                plan.sources[unit] = nil
            }
            if let fetcher, !located.isEmpty {
                do throws(InputError) {
                    let lines = try fetcher.read(located.map(\.location))
                    for (entry, line) in zip(located, lines) { inputs[entry.position] = .line(line, entry.location) }
                } catch {
                    throw .input(InputErrors(errors: [error]))
                }
            }
            let scoring = BackgroundWork { [run, inputs, promptOfUnit] in
                ParallelMap.map(Array(inputs.indices), parallelism: run.parallelism, chunkSize: 16) { position -> Result<ScoringRun.ScoredAnswer, InputError>? in
                    let prompt = prompts[promptOfUnit[position]]
                    // Once the run is to stop, the rest is not scored (never written).
                    if let exhaustions, exhaustions.limitReached { return nil }
                    let scored: Result<ScoringRun.ScoredAnswer, InputError>?
                    switch inputs[position] {
                    case nil: return nil
                    case let .record(record)?: scored = .success(run.score(record, prompt: prompt))
                    case let .line(bytes, location)?:
                        scored = Result { () throws(InputError) -> ScoringRun.ScoredAnswer in
                            try run.score(ScoringRun.reread(bytes, location: location, file: path), prompt: prompt)
                        }
                    }
                    if let exhaustions, case let .success(answer)? = scored {
                        exhaustions.add(answer.evaluation.strict.filter(\.budgetExhausted).count, prompt: promptOfUnit[position])
                    }
                    return scored
                }
            }
            if let previous {
                let scored = previous.scoring.value()
                try exhaustions?.stopIfReached(prompts)
                try deliver(scored, prompts: previous.range, starts: starts, of: promptCount, report: &report, onResults: onResults)
            }
            previous = (range, scoring)
        }
        if let previous {
            let scored = previous.scoring.value()
            try exhaustions?.stopIfReached(prompts)
            try deliver(scored, prompts: previous.range, starts: starts, of: promptCount, report: &report, onResults: onResults)
        }
        // Written to while it was read again: what was scored may mix two versions.
        if let fetcher, let firstPass, fetcher.currentIdentity() != firstPass || LineFetcher.FileIdentity(path: path) != firstPass {
            throw .input(InputErrors(errors: [LineFetcher.changed(path, "was replaced or written to while it was read the second time")]))
        }
        return report
    }

    /// Hands on one scored slice: the first failed line is thrown, else the results go to
    /// `onResults` in prompt order, then sample order; prompts without an answer follow
    /// the missing-response policy. Counts them in the matching report.
    private func deliver(_ scored: [Result<ScoringRun.ScoredAnswer, InputError>?], prompts range: Range<Int>, starts: [Int]?, of total: Int,
                         report: inout MatchingReport, onResults: ([ScoredPrompt]) -> Void) throws(ScoringError) {
        var results: [ScoredPrompt] = []
        results.reserveCapacity(scored.count)
        var position = 0
        for index in range {
            let prompt = prompts[index]
            let count = starts.map { $0[index + 1] - $0[index] } ?? 1
            for sample in 0..<count {
                defer { position += 1 }
                let number = starts == nil ? nil : sample
                let answer: ScoringRun.ScoredAnswer
                switch scored[position] {
                case let .success(scoredAnswer)?: answer = scoredAnswer
                case let .failure(error)?: throw .input(InputErrors(errors: [error]))
                case nil:
                    if run.missingPolicy == .skip {
                        report.skipped.append(prompt.key)
                    } else {
                        report.missing.append(prompt.key)
                        results.append(ScoredPrompt(prompt: prompt, response: "", rawResponse: nil, status: .missing,
                                                    evaluation: run.evaluator.evaluate(prompt, response: ""), sample: number))
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
                                            status: answer.isNull ? .null : .present, evaluation: answer.evaluation, sample: number))
            }
        }
        onResults(results)
        run.progress?(.scored(range.upperBound, of: total))
    }
}

/// Counts the strict searches of a run that exhausted the backtracking budget, for
/// `ScoringRun.budgetExhaustionLimit`. Whether the limit is reached does not depend on
/// the order in which threads score: counts only grow, and answers are skipped only once
/// it is reached, so it is reached exactly when the whole run would reach it.
final class BudgetExhaustionTally: Sendable {
    let limit: Int
    /// The count, and the prompts (indexes in the prompt set) where searches exhausted it.
    private let state = Mutex<(count: Int, prompts: Set<Int>)>((0, []))

    init(limit: Int) { self.limit = max(1, limit) }

    var limitReached: Bool { state.withLock { $0.count >= limit } }

    func add(_ exhausted: Int, prompt: Int) {
        guard exhausted > 0 else { return }
        state.withLock {
            $0.count += exhausted
            $0.prompts.insert(prompt)
        }
    }

    func stopIfReached(_ prompts: [PreparedPrompt]) throws(ScoringError) {
        let (count, concerned) = state.withLock { ($0.count, $0.prompts) }
        guard count >= limit else { return }
        throw .budgetExhaustedTooOften(limit: limit, keys: concerned.sorted().map { prompts[$0].key })
    }
}
