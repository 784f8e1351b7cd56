/// How many answers of a prompt are scored.
public enum SampleMode: String, Sendable, CaseIterable {
    /// The last answer of each prompt, as the official code does; earlier ones are
    /// counted as duplicates (and warned about).
    case last
    /// Every answer of a prompt, each as a sample of its own: in file order, or in the
    /// order of the lines' `sample` / `sample_index` numbers when they carry one.
    case all
}

/// A prompt's answer: the record (input read once), or where its line is (a large
/// regular file, read again to score).
enum AnswerSource: Sendable {
    case record(ResponseRecord)
    case located(LineLocation)

    var line: Int {
        switch self {
        case let .record(record): return record.line
        case let .located(location): return location.line
        }
    }
}

/// Each prompt's answers as matching finds them: the last one (`SampleMode.last`), or all
/// of them in order (`.all`).
struct AnswerTable: Sendable {
    struct Sample: Sendable {
        var source: AnswerSource
        /// The line's explicit sample number, if any.
        var number: Int?
    }

    let mode: SampleMode
    /// `.last`: each prompt's last answer.
    private var last: [AnswerSource?]
    /// `.all`: each prompt's answers, in file order.
    private var samples: [[Sample]]

    init(mode: SampleMode, count: Int) {
        self.mode = mode
        last = mode == .last ? [AnswerSource?](repeating: nil, count: count) : []
        samples = mode == .all ? [[Sample]](repeating: [], count: count) : []
    }

    /// A prompt added after the table was made (a samples file brings its prompts).
    mutating func appendPrompt() {
        if mode == .last { last.append(nil) } else { samples.append([]) }
    }

    func hasAnswer(_ index: Int) -> Bool { mode == .last ? last[index] != nil : !samples[index].isEmpty }

    /// Adds an answer of prompt `index`; true if the prompt had one already.
    @discardableResult
    mutating func add(_ source: AnswerSource, number: Int?, to index: Int) -> Bool {
        let had = hasAnswer(index)
        if mode == .last { last[index] = source } else { samples[index].append(Sample(source: source, number: number)) }
        return had
    }

    /// The official code looks responses up by prompt text, so prompts with the same text
    /// get the same answers: an answer matched by text to such a prompt also answers the
    /// earlier prompts with that text that have no answer of their own.
    mutating func shareTextAnswers(_ index: PromptIndex, matchedByText: Set<Int>) {
        for position in matchedByText {
            guard hasAnswer(position), let earlier = index.sameText[position] else { continue }
            for other in earlier where !hasAnswer(other) {
                if mode == .last { last[other] = last[position] } else { samples[other] = samples[position] }
            }
        }
    }

    /// The answers to score, one unit per (prompt, sample): a prompt's samples in order of
    /// their explicit numbers where given (file order otherwise; a number given twice for
    /// one prompt is an error), and one empty unit for a prompt without answers.
    consuming func plan(prompts: [PreparedPrompt], file: String) throws(ScoringError) -> ScoringPlan {
        guard mode == .all else { return ScoringPlan(sources: last, starts: nil) }
        var sources: [AnswerSource?] = []
        var starts: [Int] = [0]
        sources.reserveCapacity(samples.reduce(0) { $0 + max(1, $1.count) })
        starts.reserveCapacity(samples.count + 1)
        var errors: [InputError] = []
        for index in samples.indices {
            // Taken out of the table (not copied): its memory goes as the plan grows.
            var answers = samples[index]
            samples[index] = []
            if answers.contains(where: { $0.number != nil }) {
                // Stable: unnumbered samples keep their file order after the numbered ones.
                answers = answers.enumerated().sorted { a, b in
                    (a.element.number ?? Int.max, a.offset) < (b.element.number ?? Int.max, b.offset)
                }.map(\.element)
                for (a, b) in zip(answers, answers.dropFirst()) where a.number != nil && a.number == b.number {
                    errors.append(InputError(file: file, line: max(a.source.line, b.source.line),
                                             message: "prompt \(prompts[index].key): sample \(a.number!) is given twice (also on line \(min(a.source.line, b.source.line)))",
                                             hint: "each sample of a prompt needs its own number"))
                }
            }
            if answers.isEmpty { sources.append(nil) } else { sources.append(contentsOf: answers.map(\.source)) }
            starts.append(sources.count)
        }
        guard errors.isEmpty else { throw .input(InputErrors(errors: errors)) }
        return ScoringPlan(sources: sources, starts: starts)
    }
}

/// What is scored, in order: one unit per prompt (`starts` nil), or per (prompt, sample):
/// prompt `p`'s units are `starts[p]..<starts[p + 1]`, at least one (empty when the prompt
/// has no answer).
struct ScoringPlan: Sendable {
    var sources: [AnswerSource?]
    var starts: [Int]?

    var promptCount: Int { starts.map { $0.count - 1 } ?? sources.count }

    func units(of prompt: Int) -> Range<Int> {
        guard let starts else { return prompt..<prompt + 1 }
        return starts[prompt]..<starts[prompt + 1]
    }

    /// Prompts without an answer.
    func unanswered() -> [Int] {
        (0..<promptCount).filter { sources[units(of: $0).lowerBound] == nil }
    }

    /// The most samples a prompt has (1 with one answer per prompt).
    var maxSamples: Int {
        guard let starts else { return 1 }
        return zip(starts, starts.dropFirst()).map { $1 - $0 }.max() ?? 1
    }

    /// Slices of prompts to score together: about 1,024 units each, the last 1,024 in four
    /// of 256 (see `ScoringRun.slices(of:)`), cut only between prompts.
    func slices() -> [Range<Int>] {
        let unitSlices = ScoringRun.slices(of: sources.count)
        guard let starts else { return unitSlices }
        var slices: [Range<Int>] = []
        var prompt = 0
        for range in unitSlices {
            // The first prompt starting at or after the end of the unit slice.
            var end = prompt
            while end < promptCount && starts[end] < range.upperBound { end += 1 }
            if end > prompt { slices.append(prompt..<end) }
            prompt = end
        }
        if prompt < promptCount { slices.append(prompt..<promptCount) }
        return slices
    }
}

/// The one matching loop: response lines in file order, each matched to a prompt (or to
/// none), gathered into an answer table. Counts the lines, the unmatched ones and the
/// prompts answered more than once, and keeps bad lines as errors (all are reported).
struct ResponseMatcher {
    /// A line as its decoder matched it.
    enum Line: Sendable {
        case unmatched(line: Int)
        /// An answer of prompt `index`, found by text (not key) when `byText`.
        case matched(index: Int, byText: Bool, AnswerSource, sample: Int?)
        /// Several outputs of one line (an lm-eval samples line with `--repeats`).
        case several(index: Int, [AnswerSource])
    }

    var answers: AnswerTable
    var errors: [InputError] = []
    var responseLines = 0
    var unmatchedLines: [Int] = []
    private var duplicated = Set<Int>()
    private var matchedByText = Set<Int>()
    /// Prompts sharing a text, for answers found by text (nil: matched by key only).
    let index: PromptIndex?

    init(mode: SampleMode, promptCount: Int, index: PromptIndex?) {
        answers = AnswerTable(mode: mode, count: promptCount)
        self.index = index
    }

    mutating func add(_ line: Result<Line, InputError>) {
        responseLines += 1
        switch line {
        case let .failure(error): errors.append(error)
        case let .success(.unmatched(number)): unmatchedLines.append(number)
        case let .success(.matched(position, byText, source, sample)):
            if answers.add(source, number: sample, to: position) { duplicated.insert(position) }
            if byText, let index, index.hasSameTextPrompts(position) { matchedByText.insert(position) }
        case let .success(.several(position, sources)):
            for source in sources where answers.add(source, number: nil, to: position) { duplicated.insert(position) }
        }
    }

    /// The answers once every line is read: the read errors if any (an empty file is
    /// one), else the plan to score, with what was counted in `report`.
    consuming func finish(prompts: [PreparedPrompt], file: String, empty: String, report: inout MatchingReport) throws(ScoringError) -> ScoringPlan {
        if responseLines == 0 && errors.isEmpty {
            errors.append(InputError(file: file, message: empty, hint: "expected one JSON object per line"))
        }
        guard errors.isEmpty else { throw .input(InputErrors(errors: errors)) }
        if let index { answers.shareTextAnswers(index, matchedByText: matchedByText) }
        report.responseLines = responseLines
        report.unmatchedLines = unmatchedLines
        // With every answer kept, a prompt answered again has one more sample.
        if answers.mode == .last { report.duplicated = duplicated.sorted().map { prompts[$0].key } }
        return try answers.plan(prompts: prompts, file: file)
    }
}
