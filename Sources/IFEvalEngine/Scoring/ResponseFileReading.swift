import Foundation

/// A response file read before its prompt set is ready, so that both can be parsed at
/// the same time (`ScoringRun.readResponses`, then `ScoringRun.stream(prompts:responses:)`).
public struct ResponseFileReading: Sendable {
    public let path: String
    /// The layout, `auto` resolved.
    public let format: ResponseFileFormat
    /// Every non-blank line decoded, in file order, until scoring takes them (so that each
    /// response can be freed once scored); empty when the file is read later, together
    /// with its prompts (a large regular file, a pipe, a samples file), or again.
    let lines: TakenOnce<[Result<ReadLine, InputError>]>

    /// A decoded line, with its prompt text as a look-up key (hashed by the thread that
    /// parsed the line).
    struct ReadLine: Sendable {
        var record: ResponseRecord
        let promptKey: CodePointKey?
    }
}

/// A value that the first `take()` gets, and later ones find gone.
final class TakenOnce<Value: Sendable>: Sendable {
    private let value: Mutex<Value?>

    init(_ value: Value?) { self.value = Mutex(value) }

    func take() -> Value? {
        value.withLock { value in
            defer { value = nil }
            return value
        }
    }
}

/// Finds the prompt a response line answers: by key, else by prompt text compared code
/// point by code point (as Python's dict lookup does). Built once per prompt set; can be
/// built while the response file is read (see `ScoringRun.stream(prompts:index:responses:onResults:)`).
public struct PromptIndex: Sendable {
    private var indexByKey: [PromptKey: Int] = [:]
    private var indexByPrompt: [CodePointKey: Int] = [:]
    /// Prompts whose text an earlier prompt also has: the index a text matches (the last
    /// prompt with it) -> the earlier ones. Empty in a set of distinct texts.
    private(set) var sameText: [Int: [Int]] = [:]

    public init(_ prompts: [PreparedPrompt]) {
        indexByKey.reserveCapacity(prompts.count)
        indexByPrompt.reserveCapacity(prompts.count)
        for (index, prompt) in prompts.enumerated() {
            indexByKey[prompt.key] = index
            if let earlier = indexByPrompt.updateValue(index, forKey: CodePointKey(prompt.prompt)) {
                sameText[index] = (sameText.removeValue(forKey: earlier) ?? []) + [earlier]
            }
        }
    }

    /// Whether prompt `index` shares its text with earlier prompts.
    func hasSameTextPrompts(_ index: Int) -> Bool { !sameText.isEmpty && sameText[index] != nil }

    /// The official code looks responses up by prompt text, so prompts with the same text
    /// get the same (last) response: a response matched by text to such a prompt also
    /// answers the earlier prompts with that text that have no answer of their own.
    func shareTextAnswers<Answer>(_ answers: inout [Answer?], matchedByText: Set<Int>) {
        for index in matchedByText {
            guard let answer = answers[index], let earlier = sameText[index] else { continue }
            for other in earlier where answers[other] == nil { answers[other] = answer }
        }
    }

    func index(of record: ResponseRecord) -> Int? {
        index(key: record.key, promptKey: record.prompt.map(CodePointKey.init))
    }

    func index(key: PromptKey?, promptKey: CodePointKey?) -> Int? {
        key.map { indexByKey[$0] } ?? promptKey.flatMap { indexByPrompt[$0] }
    }
}

extension ScoringRun {
    /// Reads a response file before its prompt set is known. A regular file of at most
    /// `readOnceLimit` bytes in the `responses` layout is parsed now, on all cores (its
    /// lines are matched to prompts by `stream(prompts:responses:)`); other input is only
    /// looked at, and read when the prompts are there: a larger file is read twice
    /// (see `stream`), a pipe keeps only the answers it matches, a samples file carries
    /// its own prompts. Bad lines are kept as failures, reported with the others. The lines
    /// are scored once: a second `stream` of the same reading reads the file again.
    public func readResponses(path: String, format: ResponseFileFormat = .auto) throws(ScoringError) -> ResponseFileReading {
        let resolved = format == .auto ? ResponseFileFormat.detect(path: path) : format
        guard resolved != .samples, LineFetcher.isRegularFile(path), LineFetcher.size(of: path) <= readOnceLimit else {
            return ResponseFileReading(path: path, format: resolved, lines: TakenOnce(nil))
        }
        var lines: [Result<ResponseFileReading.ReadLine, InputError>] = []
        do throws(InputError) {
            try JSONLinesReader.decodeInParallel(path: path, parallelism: parallelism, decode: { line in
                Result { () throws(InputError) -> ResponseFileReading.ReadLine in
                    var record = try ResponseRecord.decode(line.value, file: path, line: line.number)
                    // A key takes precedence: the text is not needed then.
                    let promptKey = record.key == nil ? record.prompt.map(CodePointKey.init) : nil
                    record.prompt = nil
                    return ResponseFileReading.ReadLine(record: record, promptKey: promptKey)
                }
            }, consume: { result in
                lines.append(result)
                if lines.count % 16384 == 0 { progress?(.read(lines: lines.count)) }
            })
        } catch {
            throw .input(InputErrors(errors: [error]))
        }
        return ResponseFileReading(path: path, format: resolved, lines: TakenOnce(lines))
    }

    /// Matches lines read by `readResponses` to prompts: the last answer of each prompt
    /// is kept (as official), and later ones are counted as duplicates.
    func match(_ lines: [Result<ResponseFileReading.ReadLine, InputError>], path: String, prompts: [PreparedPrompt],
               index: PromptIndex, report: inout MatchingReport) throws(ScoringError) -> [AnswerSource?] {
        var answers = [AnswerSource?](repeating: nil, count: prompts.count)
        var errors: [InputError] = []
        var duplicated = Set<PromptKey>()
        var matchedByText = Set<Int>()
        for line in lines {
            report.responseLines += 1
            switch line {
            case let .failure(error): errors.append(error)
            case let .success(read):
                guard let position = index.index(key: read.record.key, promptKey: read.promptKey) else {
                    report.unmatchedLines.append(read.record.line)
                    continue
                }
                if answers[position] != nil { duplicated.insert(prompts[position].key) }
                answers[position] = .record(read.record)
                if read.record.key == nil && index.hasSameTextPrompts(position) { matchedByText.insert(position) }
            }
        }
        index.shareTextAnswers(&answers, matchedByText: matchedByText)
        return try ScoringRun.checkedAnswers(answers, errors: errors, duplicated: duplicated, path: path, prompts: prompts, report: &report)
    }

    /// The answers once every line is read: the read errors if any (an empty file is
    /// one), else the answers, with the prompts answered more than once in `report`.
    static func checkedAnswers(_ answers: [AnswerSource?], errors: [InputError], duplicated: Set<PromptKey>, path: String,
                               prompts: [PreparedPrompt], report: inout MatchingReport) throws(ScoringError) -> [AnswerSource?] {
        var errors = errors
        if report.responseLines == 0 && errors.isEmpty {
            errors.append(InputError(file: path, message: "the response file is empty", hint: "expected one JSON object per line"))
        }
        guard errors.isEmpty else { throw .input(InputErrors(errors: errors)) }
        report.duplicated = prompts.map(\.key).filter { duplicated.contains($0) }
        return answers
    }
}
