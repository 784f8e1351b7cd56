import Foundation
import IFEvalEngine

/// Describes the inputs and settings of a scored run, stored in `summary.json`.
public struct RunMetadata: Sendable {
    public var model: String
    public var inputData: String
    public var responses: String
    public var missingPolicy: MissingResponsePolicy
    public var toolVersion: String
    public var languageSeed: Int
    public var stripThinking: Bool
    /// The run's warnings, worded by the tool that ran it (`MatchingReport.warnings` are
    /// values).
    public var warnings: [String]
    /// The suite that scored the run; `summary.json` records it when it is not `ifeval`
    /// (IFEval summaries stay as they were).
    public var suite: String?

    public init(model: String, inputData: String, responses: String, missingPolicy: MissingResponsePolicy, toolVersion: String,
                languageSeed: Int = 0, stripThinking: Bool = false, warnings: [String] = [], suite: String? = nil) {
        self.warnings = warnings
        self.suite = suite
        self.languageSeed = languageSeed
        self.stripThinking = stripThinking
        self.model = model
        self.inputData = inputData
        self.responses = responses
        self.missingPolicy = missingPolicy
        self.toolVersion = toolVersion
    }
}

/// The files of a run directory: `eval_results_strict.jsonl`, `eval_results_loose.jsonl`
/// (one object per prompt, in prompt-set order), `summary.json` and `manifest.json`, and
/// with several samples per prompt `prompt_solve_rates.jsonl`.
public enum RunFiles {
    public static let strictResults = "eval_results_strict.jsonl"
    public static let looseResults = "eval_results_loose.jsonl"
    public static let summary = "summary.json"
    /// The size and digest of the other files (the result files and `summary.json`),
    /// written with them: see `RunManifest`.
    public static let manifest = "manifest.json"
    /// Runs with several samples per prompt (`--samples all`): one line per scored prompt
    /// with its number of samples and how many followed every instruction.
    public static let solveRates = "prompt_solve_rates.jsonl"

    /// One line of `eval_results_*.jsonl`: the official fields (`prompt`, `response`,
    /// `instruction_id_list`, `follow_instruction_list`, `follow_all_instructions`), plus
    /// `key`, the verifiers' `reasons`, and in loose mode the variant that passed.
    public static func resultLine(_ result: ScoredPrompt, mode: OfficialReport.Mode) -> String {
        let lines = resultLinesBytes(result)
        return String(decoding: (mode == .strict ? lines.strict : lines.loose).dropLast(), as: UTF8.self)
    }

    /// The strict and loose lines of one result as UTF-8 bytes, each with its line feed.
    public static func resultLinesBytes(_ result: ScoredPrompt) -> (strict: [UInt8], loose: [UInt8]) {
        var strict: [UInt8] = []
        var loose: [UInt8] = []
        appendResultLines(result, strict: &strict, loose: &loose)
        return (strict, loose)
    }

    /// Appends the strict line of one result to `strict` and its loose line to `loose`.
    /// Both start with the same key, prompt, response and instruction ids; the prompt and
    /// the response (most of the bytes) are escaped once for both.
    public static func appendResultLines(_ result: ScoredPrompt, strict: inout [UInt8], loose: inout [UInt8]) {
        JSONWriter.withEscaped(result.prompt.prompt) { prompt in
            JSONWriter.withEscaped(result.response) { response in
                appendLine(result, mode: .strict, prompt: prompt, response: response, to: &strict)
                appendLine(result, mode: .loose, prompt: prompt, response: response, to: &loose)
            }
        }
    }

    private static func appendLine(_ result: ScoredPrompt, mode: OfficialReport.Mode, prompt: UnsafeBufferPointer<UInt8>,
                                   response: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        func append(_ text: StaticString) {
            out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        func appendList<T>(_ items: [T], _ element: (T, inout [UInt8]) -> Void) {
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { append(", ") }
                element(item, &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        let verdicts = mode == .strict ? result.evaluation.strict : result.evaluation.loose
        append("{\"key\": ")
        JSONWriter.write(result.prompt.key.jsonValue, into: &out)
        if let sample = result.sample {
            append(", \"sample\": ")
            out.append(contentsOf: String(sample).utf8)
        }
        append(", \"prompt\": ")
        out.append(contentsOf: prompt)
        append(", \"response\": ")
        out.append(contentsOf: response)
        append(", \"instruction_id_list\": ")
        appendList(result.prompt.instructionIDs) { JSONWriter.writeString($0, into: &$1) }
        append(", \"follow_instruction_list\": ")
        appendList(verdicts) { verdict, out in out.append(contentsOf: verdict.followed ? "true".utf8 : "false".utf8) }
        append(", \"follow_all_instructions\": ")
        verdicts.allSatisfy(\.followed) ? append("true") : append("false")
        append(", \"reasons\": ")
        appendList(verdicts) { JSONWriter.writeString($0.reason, into: &$1) }
        if mode == .loose {
            append(", \"loose_variants\": ")
            appendList(verdicts) { verdict, out in
                if let variant = verdict.looseVariant {
                    JSONWriter.writeString(LooseVariantName.name(variant), into: &out)
                } else {
                    out.append(contentsOf: "null".utf8)
                }
            }
        }
        if let raw = result.rawResponse {
            append(", \"raw_response\": ")
            JSONWriter.writeString(raw, into: &out)
        }
        if result.status != .present {
            append(", \"response_status\": ")
            JSONWriter.writeString(result.status.rawValue, into: &out)
        }
        append("}\n")
    }

    public static func summaryJSON(_ summary: ScoreSummary, report: MatchingReport, metadata: RunMetadata) -> String {
        func number(_ value: Double) -> JSONValue { .number(JSONNumber(text: PythonFloat.repr(value))) }
        func int(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }
        func counts(_ c: StrictLooseCounts) -> JSONValue {
            .object([
                ("total", int(c.strict.total)),
                ("strict_followed", int(c.strict.followed)),
                ("loose_followed", int(c.loose.followed)),
                ("strict_acc", number(c.strict.accuracy)),
                ("loose_acc", number(c.loose.accuracy)),
            ])
        }
        // Runs of another suite than IFEval record it, and the cells the official code
        // raises on (also an IFEval run, should it ever have any).
        let otherSuite = metadata.suite.flatMap { $0 == "ifeval" ? nil : $0 }
        let suiteMembers: [(String, JSONValue)] = otherSuite.map { [("suite", .string($0))] } ?? []
        let errorMembers: [(String, JSONValue)] = otherSuite != nil || !summary.officialErrors.isZero
            ? [("official_errors", .object([("strict", int(summary.officialErrors.strict)), ("loose", int(summary.officialErrors.loose))]))]
            : []
        // Several samples per prompt: counts over samples, prompts counted once, and the
        // metrics of samples.
        let sampling = summary.sampling
        let sampleCount: [(String, JSONValue)] = sampling.map { [("samples", int($0.samples))] } ?? []
        let sampleMembers: [(String, JSONValue)] = sampling.map(sampleSummaryMembers) ?? []
        let budgetMembers: [(String, JSONValue)] = summary.budgetExhausted.isZero ? [] : [
            ("budget_exhausted", .object([("strict", int(summary.budgetExhausted.strict)), ("loose", int(summary.budgetExhausted.loose))]))
        ]
        let object: JSONValue = .object([
            ("format", .string("ifeval-swift summary v1")),
            ("model", .string(metadata.model)),
        ] + suiteMembers + [
            ("prompt_level_strict_acc", number(summary.promptLevelStrictAccuracy)),
            ("inst_level_strict_acc", number(summary.instructionLevelStrictAccuracy)),
            ("prompt_level_loose_acc", number(summary.promptLevelLooseAccuracy)),
            ("inst_level_loose_acc", number(summary.instructionLevelLooseAccuracy)),
            ("counts", .object([
                ("prompts", int(sampling?.prompts ?? summary.promptLevel.strict.total)),
                ("prompts_strict_followed", int(summary.promptLevel.strict.followed)),
                ("prompts_loose_followed", int(summary.promptLevel.loose.followed)),
                ("instructions", int(summary.instructionLevel.strict.total)),
                ("instructions_strict_followed", int(summary.instructionLevel.strict.followed)),
                ("instructions_loose_followed", int(summary.instructionLevel.loose.followed)),
            ] + sampleCount)),
        ] + sampleMembers + errorMembers + budgetMembers + [
            ("per_category", .object(summary.perCategory.keys.sorted(by: codePointOrder).map { ($0, counts(summary.perCategory[$0]!)) })),
            ("per_instruction", .object(summary.perInstruction.keys.sorted(by: codePointOrder).map { ($0, counts(summary.perInstruction[$0]!)) })),
            ("responses", .object([
                ("lines", int(report.responseLines)),
                ("matched", int(report.matched)),
                ("null", int(report.nullResponses)),
                ("missing", int(report.missing.count)),
                ("skipped", int(report.skipped.count)),
                ("unmatched_lines", int(report.unmatchedLines.count)),
                ("duplicated_prompts", int(report.duplicated.count)),
                ("format", .string(report.format.rawValue)),
                ("thinking_stripped", int(report.thinkingStripped)),
                ("thinking_unclosed", int(report.thinkingUnclosed)),
            ])),
            ("warnings", .array(metadata.warnings.map { .string($0) })),
            ("inputs", .object([
                ("input_data", .string(metadata.inputData)),
                ("responses", .string(metadata.responses)),
                ("missing_policy", .string(metadata.missingPolicy.rawValue)),
                ("language_seed", int(metadata.languageSeed)),
                ("strip_thinking", .bool(metadata.stripThinking)),
            ])),
            ("tool", .object([
                ("name", .string("ifeval-swift")),
                ("version", .string(metadata.toolVersion)),
            ])),
        ])
        return JSONWriter.string(object) + "\n"
    }

    /// The members `summary.json` gains in a run with several samples per prompt.
    static func sampleSummaryMembers(_ sampling: SampleMetrics) -> [(String, JSONValue)] {
        func number(_ value: Double) -> JSONValue { .number(JSONNumber(text: PythonFloat.repr(value))) }
        func int(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }
        func byK(_ values: [(k: Int, metrics: SampleMetrics.FourMetrics)]) -> JSONValue {
            .object(values.map { k, metrics in
                (String(k), .object([
                    ("prompt_level_strict_acc", number(metrics.promptLevelStrict)),
                    ("inst_level_strict_acc", number(metrics.instructionLevelStrict)),
                    ("prompt_level_loose_acc", number(metrics.promptLevelLoose)),
                    ("inst_level_loose_acc", number(metrics.instructionLevelLoose)),
                ]))
            })
        }
        func profile(_ p: SampleMetrics.RewardProfile) -> JSONValue {
            .object([("none", int(p.none)), ("some", int(p.some)), ("all", int(p.all))])
        }
        let below = sampling.samplesBelowK
        let profiles = sampling.rewardProfile
        return [
            ("samples", .object([
                ("mode", .string("all")),
                ("total", int(sampling.samples)),
                ("per_prompt_min", int(sampling.minPerPrompt)),
                ("per_prompt_max", int(sampling.maxPerPrompt)),
            ])),
            ("pass_at_k", byK(sampling.passAtK)),
            ("pass_hat_k", byK(sampling.passHatK)),
        ] + (below.isEmpty ? [] : [("samples_below_k", .object(below.map { (String($0.k), int($0.prompts)) }))]) + [
            ("reward_profile", .object([("strict", profile(profiles.strict)), ("loose", profile(profiles.loose))])),
        ]
    }

    /// Appends the `prompt_solve_rates.jsonl` lines of results (a prompt's samples are
    /// consecutive, its first with `sample` 0).
    public static func appendSolveRates(_ results: [ScoredPrompt], to out: inout [UInt8]) {
        for range in ScoredPrompt.promptRanges(in: results) {
            let group = results[range]
            let line: JSONValue = .object([
                ("key", group.first!.prompt.key.jsonValue),
                ("samples", .number(JSONNumber(group.count))),
                ("strict_followed", .number(JSONNumber(group.filter(\.evaluation.followsAllStrict).count))),
                ("loose_followed", .number(JSONNumber(group.filter(\.evaluation.followsAllLoose).count))),
            ])
            JSONWriter.write(line, into: &out)
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// Writes the files of a run into `directory`, put in place together (see `Writer`).
    public static func write(results: [ScoredPrompt], summary: ScoreSummary, report: MatchingReport,
                             metadata: RunMetadata, to directory: String) throws(AtomicFile.WriteError) {
        let writer = try Writer(directory: directory, solveRates: summary.sampling != nil)
        // Slices of about 1,024, never splitting a prompt's samples.
        var start = 0
        for range in ScoredPrompt.promptRanges(in: results) where range.upperBound - start >= 1024 || range.upperBound == results.count {
            writer.append(Array(results[start..<range.upperBound]))
            start = range.upperBound
        }
        try writer.finish(summary: summary, report: report, metadata: metadata)
    }

    /// Writes a run directory while its results are still being scored: `append` takes
    /// results in order and returns at once (up to 8 slices wait); one serial queue
    /// encodes their lines and writes them, a buffer at a time, into temporary files.
    /// `finish` writes `summary.json` and `manifest.json` (the size and digest of the
    /// other files) to temporary files too, then renames the manifest, the result files
    /// and the summary into place together (an interruption waits for the last rename):
    /// a folder whose files do not match its manifest holds files of different runs, and
    /// readers say so. Dropped unfinished, the writer leaves nothing, not even the folder
    /// if it made it.
    public final class Writer: @unchecked Sendable {
        private let directory: String
        /// The folders `init` made (the output folder and missing parents, innermost
        /// first): an unfinished writer removes them too.
        private let createdDirectories: [String]
        private var finished = false
        private let strict: ResultFile
        private let loose: ResultFile
        /// `prompt_solve_rates.jsonl`, in runs with several samples per prompt.
        private let solveRates: ResultFile?
        private let encoder = DispatchQueue(label: "ifeval.result-encoder")
        static let flushSize = 256 << 10
        /// Slices queued and not yet written: bounds the memory the writer holds.
        private let backlog = DispatchSemaphore(value: 8)

        /// Creates the folder and the temporary result files (so that an unwritable
        /// folder is reported before any scoring).
        public init(directory: String, solveRates writesSolveRates: Bool = false) throws(AtomicFile.WriteError) {
            createdDirectories = try AtomicFile.ensureDirectory(directory)
            self.directory = directory
            do throws(AtomicFile.WriteError) {
                strict = try ResultFile(path: directory + "/" + strictResults)
                loose = try ResultFile(path: directory + "/" + looseResults)
                solveRates = writesSolveRates ? try ResultFile(path: directory + "/" + RunFiles.solveRates) : nil
            } catch {
                for folder in createdDirectories { rmdir(folder) }
                AtomicFile.Cleanup.forget(directories: createdDirectories)
                throw error
            }
        }

        public func append(_ results: [ScoredPrompt]) {
            backlog.wait()
            encoder.async { [strict, loose, solveRates, backlog] in
                // Each file's lines go to a small reused buffer, written whenever it holds
                // `flushSize` bytes: every page of memory the run touches costs a fault,
                // and again when the process exits.
                for result in results {
                    appendResultLines(result, strict: &strict.lines, loose: &loose.lines)
                    if strict.lines.count >= Self.flushSize { strict.writeLines() }
                    if loose.lines.count >= Self.flushSize { loose.writeLines() }
                }
                strict.writeLines()
                loose.writeLines()
                if let solveRates {
                    appendSolveRates(results, to: &solveRates.lines)
                    solveRates.writeLines()
                }
                backlog.signal()
            }
        }

        /// Waits for the queued results, writes `summary.json` and the manifest, and puts
        /// all the files in place together.
        public func finish(summary: ScoreSummary, report: MatchingReport, metadata: RunMetadata) throws(AtomicFile.WriteError) {
            encoder.sync {}
            finished = true
            do throws(AtomicFile.WriteError) {
                try strict.finishWriting()
                try loose.finishWriting()
                try solveRates?.finishWriting()
                let summaryWriter = try AtomicFile.Writer(path: directory + "/" + RunFiles.summary)
                try summaryWriter.append(Array(summaryJSON(summary, report: report, metadata: metadata).utf8))
                try summaryWriter.finishWriting()
                let manifestWriter = try AtomicFile.Writer(path: directory + "/" + RunFiles.manifest)
                try manifestWriter.append(Array(RunManifest.json([
                    (strictResults, strict.digest), (looseResults, loose.digest), (RunFiles.summary, summaryWriter.digest),
                ] + (solveRates.map { [(RunFiles.solveRates, $0.digest)] } ?? [])).utf8))
                try manifestWriter.finishWriting()
                try AtomicFile.Cleanup.installing { () throws(AtomicFile.WriteError) in
                    try manifestWriter.install()
                    try strict.install()
                    try loose.install()
                    try solveRates?.install()
                    try summaryWriter.install()
                }
            } catch {
                strict.discard()
                loose.discard()
                solveRates?.discard()
                removeCreatedDirectories()
                throw error
            }
            AtomicFile.Cleanup.forget(directories: createdDirectories)
        }

        private func removeCreatedDirectories() {
            for folder in createdDirectories { rmdir(folder) }
            AtomicFile.Cleanup.forget(directories: createdDirectories)
        }

        /// Dropped without `finish` (the run failed): nothing is left behind, not even the
        /// folder if this writer made it.
        deinit {
            guard !finished else { return }
            encoder.sync {}
            strict.discard()
            loose.discard()
            solveRates?.discard()
            removeCreatedDirectories()
        }
    }
}

/// A result file being written, touched only on the writer's encoding queue (and after
/// it has drained). The first write error is kept and thrown by `finishWriting`.
private final class ResultFile: @unchecked Sendable {
    private let writer: AtomicFile.Writer
    private var failure: AtomicFile.WriteError?
    /// The lines of the slice being encoded; emptied, with its capacity kept, once written.
    var lines: [UInt8] = []

    init(path: String) throws(AtomicFile.WriteError) {
        writer = try AtomicFile.Writer(path: path)
    }

    var digest: ContentDigest { writer.digest }

    func writeLines() {
        defer { lines.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        do throws(AtomicFile.WriteError) {
            try writer.append(lines)
        } catch {
            failure = error
        }
    }

    /// Removes the temporary file.
    func discard() {
        writer.discard()
    }

    /// Writes the rest and closes the file, or throws the first write error.
    func finishWriting() throws(AtomicFile.WriteError) {
        if let failure { throw failure }
        try writer.finishWriting()
    }

    func install() throws(AtomicFile.WriteError) {
        try writer.install()
    }
}

/// Stable names of the loose variants in result files.
public enum LooseVariantName {
    public static func name(_ variant: LooseVariant) -> String {
        switch variant {
        case .response: return "response"
        case .withoutAsterisks: return "without_asterisks"
        case .withoutFirstLine: return "without_first_line"
        case .withoutLastLine: return "without_last_line"
        case .withoutFirstAndLastLines: return "without_first_and_last_lines"
        case .withoutFirstLineAndAsterisks: return "without_first_line_and_asterisks"
        case .withoutLastLineAndAsterisks: return "without_last_line_and_asterisks"
        case .withoutFirstAndLastLinesAndAsterisks: return "without_first_and_last_lines_and_asterisks"
        }
    }
}
