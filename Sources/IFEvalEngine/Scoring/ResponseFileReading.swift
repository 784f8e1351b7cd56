import Foundation

/// A response file read before its prompt set is ready, so that both can be parsed at
/// the same time (`ScoringRun.readResponses`, then `ScoringRun.match`). How it is read is
/// decided once, here: see `Strategy`.
public struct ResponseFileReading: Sendable {
    public let path: String
    /// The layout, `auto` resolved.
    public let format: ResponseFileFormat
    let strategy: Strategy
    /// Every answer kept as a sample, or the last per prompt.
    let samples: SampleMode

    enum Strategy: Sendable {
        /// A regular file of at most `readOnceLimit` bytes: every non-blank line decoded, in
        /// file order, until matching takes them (so that each response can be freed once
        /// scored); a second use of the reading reads the file again, once.
        case inMemory(TakenOnce<[Result<ReadLine, InputError>]>)
        /// A larger regular file: matched in a first pass that keeps where each answer is,
        /// read again a slice at a time to score (memory follows the prompt set).
        case twice
        /// A pipe (or a file read again): read once when the prompts are there, keeping
        /// only the answers that match.
        case once
        /// An lm-eval samples file, which carries its own prompts.
        case samples
    }

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

    func index(of record: ResponseRecord) -> Int? {
        index(key: record.key, promptKey: record.prompt.map(CodePointKey.init))
    }

    func index(key: PromptKey?, promptKey: CodePointKey?) -> Int? {
        key.map { indexByKey[$0] } ?? promptKey.flatMap { indexByPrompt[$0] }
    }
}

extension ScoringRun {
    /// Reads a response file before its prompt set is known, deciding how it is read (see
    /// `ResponseFileReading.Strategy`). A regular file of at most `readOnceLimit` bytes in
    /// the `responses` layout is parsed now, on all cores; bad lines are kept as failures,
    /// reported with the others.
    public func readResponses(path: String, format: ResponseFileFormat = .auto) throws(ScoringError) -> ResponseFileReading {
        let resolved = format == .auto ? ResponseFileFormat.detect(path: path) : format
        func reading(_ strategy: ResponseFileReading.Strategy) -> ResponseFileReading {
            ResponseFileReading(path: path, format: resolved, strategy: strategy, samples: samples)
        }
        if resolved == .samples { return reading(.samples) }
        guard LineFetcher.isRegularFile(path) else { return reading(.once) }
        guard LineFetcher.size(of: path) <= readOnceLimit else { return reading(.twice) }
        var lines: [Result<ResponseFileReading.ReadLine, InputError>] = []
        let readsSampleIndex = samples == .all
        do throws(InputError) {
            try JSONLinesReader.decodeInParallel(path: path, parallelism: parallelism, decode: { line in
                Result { () throws(InputError) -> ResponseFileReading.ReadLine in
                    var record = try ResponseRecord.decode(line.value, file: path, line: line.number, readsSampleIndex: readsSampleIndex)
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
        return reading(.inMemory(TakenOnce(lines)))
    }
}
