import ArgumentParser
import Foundation
import IFEvalEngine
import IFEvalReporter

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a response file against a prompt set.",
        discussion: """
        Responses are matched to prompts by "key" when the response lines carry one, else \
        by the exact prompt text (as the official tool does). Each instruction is checked \
        strictly (the response as written) and loosely (the official eight variants: \
        without "*", without the first and/or last line).

        With --output-dir, writes eval_results_strict.jsonl and eval_results_loose.jsonl \
        (one object per prompt, in prompt-set order: key, prompt, response, \
        instruction_id_list, follow_instruction_list, follow_all_instructions, reasons) \
        and summary.json (the four lm-eval accuracies, their counts, and accuracy per \
        category and per instruction id). Files are replaced atomically.

        Examples:
          ifeval score --input-data Examples/prompts.jsonl --responses Examples/responses.jsonl --output-dir out
          ifeval score --input-data input_data.jsonl --responses model.jsonl --missing fail --model my-model
          ifeval score --responses Examples/builtin_responses.jsonl --missing skip   (the built-in prompt set)
        """
    )

    @Option(name: .customLong("input-data"), help: ArgumentHelp("The prompt set: JSONL with key, prompt, instruction_id_list, kwargs (default: the built-in set; lm-eval samples files carry their own prompts).", valueName: "file"))
    var inputData: String?

    @Option(help: ArgumentHelp("The suite whose instruction types and rules score the prompt set (\(SuiteRegistry.standard.names.joined(separator: ", "))); default: the one its instruction ids imply.", valueName: "name"))
    var suite: String?

    @Option(help: ArgumentHelp("The model outputs: JSONL with \"response\" and \"prompt\" or \"key\", or an lm-eval samples_ifeval_*.jsonl file.", valueName: "file"))
    var responses: String

    @Option(help: ArgumentHelp("The layout of the responses file: auto (decide from its first line; a pipe is read as responses), responses, or samples (lm-eval --log_samples).", valueName: "format"))
    var format: ResponseFileFormat = .auto

    @Flag(name: .customLong("strip-thinking"), help: "Remove reasoning traces: everything up to and including the last closing think tag; the rest is kept byte for byte.")
    var stripThinking = false

    @Option(name: .customLong("think-tags"), help: ArgumentHelp("A tag pair for --strip-thinking, as OPEN,CLOSE (repeatable; default <think>,</think>).", valueName: "open,close"))
    var thinkTags: [String] = []

    @Option(name: .customLong("unclosed-thinking"), help: ArgumentHelp("A trace with an opening tag and no closing tag (cut off): empty (score as no answer) or keep (score as written).", valueName: "policy"))
    var unclosedThinking: ThinkingTraceStripper.UnclosedPolicy = .empty

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("Write the result files and summary.json here (created if needed).", valueName: "dir"))
    var outputDirectory: String?

    @Option(help: ArgumentHelp("A prompt without a response: error (stop, naming the keys), fail (score as not followed) or skip (leave it out).", valueName: "policy"))
    var missing: MissingResponsePolicy = .error

    @Option(help: ArgumentHelp("The model name stored in summary.json (default: the responses file name).", valueName: "name"))
    var model: String?

    @Option(name: .customLong("language-seed"), help: ArgumentHelp("The seed of langdetect's sampling. The official code leaves it unseeded (results can change between runs); the reference results use 0.", valueName: "n"))
    var languageSeed: Int = 0

    @Option(help: ArgumentHelp("Threads that evaluate responses (default: all cores). Results are identical and in input order whatever the number.", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("What to print on stdout: text (the official report), json (summary.json) or none.", valueName: "format"))
    var report: ReportFormat = .text

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, none
    }

    @Option(help: ArgumentHelp("Answers of a prompt given more than once: last (score the last one, as the official code does) or all (score each as a sample: avg@k, pass@k, pass^k, prompt_solve_rates.jsonl).", valueName: "mode"))
    var samples: SampleMode = .last

    @Option(name: .customLong("k"), help: ArgumentHelp("With --samples all: the k of pass@k and pass^k, as a list such as 1,4,8 (default: 1 and the most samples a prompt has).", valueName: "list"), transform: ScoreCommand.kList)
    var k: [Int] = []

    static func kList(_ text: String) throws -> [Int] {
        let values = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ ($0 ?? 0) >= 1 }) else {
            throw ValidationError("--k takes positive integers separated by commas, such as 1,4,8; got \"\(text)\"")
        }
        return values.map { $0! }
    }

    @Flag(name: .customLong("allow-empty"), help: "Accept a run in which no prompt is scored (every prompt skipped); without it, that is an input error.")
    var allowEmpty = false

    @Option(name: .customLong("max-budget-exhaustions"), help: ArgumentHelp("Stop (exit 2, nothing written) once this many searches of kwargs regex patterns have exceeded the backtracking budget (each costs seconds; Python's re would run for hours); 0: never stop, score them all as not followed.", valueName: "n"))
    var maxBudgetExhaustions = 16

    func validate() throws {
        if outputDirectory?.isEmpty == true { throw ValidationError("--output-dir needs a folder name; got \"\"") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxBudgetExhaustions < 0 { throw ValidationError("--max-budget-exhaustions must be 0 (never stop) or more") }
        if !k.isEmpty && samples != .all { throw ValidationError("--k goes with --samples all") }
        _ = try suiteSelection()
        if !thinkTags.isEmpty && !stripThinking {
            throw ValidationError("--think-tags goes with --strip-thinking")
        }
        _ = try tagPairs()
    }

    func suiteSelection() throws -> SuiteSelection {
        guard let selection = SuiteSelection.named(suite, in: .standard) else {
            throw ValidationError("unknown suite \"\(suite ?? "")\"; known suites are \(SuiteRegistry.standard.names.joined(separator: ", "))")
        }
        return selection
    }

    func tagPairs() throws -> [ThinkingTraceStripper.TagPair] {
        if thinkTags.isEmpty { return [.think] }
        return try thinkTags.map { text in
            let parts = text.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError("--think-tags takes OPEN,CLOSE, such as <think>,</think>; got \"\(text)\"")
            }
            return ThinkingTraceStripper.TagPair(open: String(parts[0]), close: String(parts[1]))
        }
    }

    func run() throws {
        AnalyzerTables.warmUp(languageDetection: suite != "ifbench")
        let responsesFormat = format == .auto ? ResponseFileFormat.detect(path: responses) : format
        let promptSource = ScoringInputs.prompts(inputData: inputData, responsesFormat: responsesFormat)
        let builtIn: Bool
        if case .builtIn = promptSource { builtIn = true } else { builtIn = false }
        let run = try scoringRun()
        // Read side by side; the prompt set's problems come first, then an unwritable
        // output folder (before the responses are read: a pipe may be long), then the
        // responses'. Results are written a slice at a time while the rest is scored.
        let reading = ScoringInputs.read(prompts: promptSource, responses: responses, format: responsesFormat, run: run)
        _ = try Self.scoring(builtIn) { () throws(ScoringError) in try reading.promptCount() }
        if builtIn { Terminal.note("scoring against the built-in prompt set (\(BuiltInPromptSet.count) prompts); pass --input-data to use another") }
        let writer = try outputDirectory.map { directory in
            try Self.writing { () throws(AtomicFile.WriteError) in try RunFiles.Writer(directory: directory, solveRates: samples == .all) }
        }
        let matched = try Self.scoring(builtIn) { () throws(ScoringError) in try reading.match() }
        var fixedSuite: Suite?
        if case let .fixed(suite) = run.suites { fixedSuite = suite }
        var summary = ScoreSummary(categories: (matched.suite ?? fixedSuite)?.categories ?? .idPrefix,
                                   sampling: samples == .all ? SampleMetrics(k: k.isEmpty ? nil : k) : nil)
        let matching = try Self.scoring(builtIn) { () throws(ScoringError) in
            try matched.responses.score { results in
                summary.add(results)
                writer?.append(results)
            }
        }
        if Terminal.stderrIsTerminal { Terminal.progress(nil) }
        let warnings = matching.warnings.map(Messages.text)
        for warning in warnings { Terminal.warning(warning) }
        if summary.promptLevel.strict.total == 0 && !allowEmpty {
            throw CommandFailure("no prompt was scored (\(matching.skipped.count) skipped, \(matching.unmatchedLines.count) response lines matched no prompt); nothing was written\n  hint: check that the responses answer this prompt set, or pass --allow-empty to accept an empty run")
        }
        let metadata = RunMetadata(
            model: model ?? URL(fileURLWithPath: responses).deletingPathExtension().lastPathComponent,
            inputData: inputData ?? (builtIn ? BuiltInPromptSet.name : responses),
            responses: responses, missingPolicy: missing, toolVersion: IFEvalCommand.version, languageSeed: languageSeed,
            stripThinking: stripThinking, warnings: warnings, suite: matched.suite?.name ?? matching.samplesSuite
        )
        if let writer, let outputDirectory {
            try Self.writing { () throws(AtomicFile.WriteError) in try writer.finish(summary: summary, report: matching, metadata: metadata) }
            let files = [RunFiles.strictResults, RunFiles.looseResults] + (samples == .all ? [RunFiles.solveRates] : [])
            Terminal.note("wrote \(files.joined(separator: ", ")), \(RunFiles.summary) and \(RunFiles.manifest) to \(outputDirectory)")
        }
        try printReport(summary, matching, metadata)
        KeptUntilExit.keep(matched as Any)
    }

    /// The engine's settings, from the flags.
    private func scoringRun() throws -> ScoringRun {
        let thinking = stripThinking ? ThinkingTraceStripper(tags: try tagPairs(), unclosed: unclosedThinking) : nil
        var run = ScoringRun(evaluator: Evaluator(languageSeed: languageSeed), missingPolicy: missing,
                             thinking: thinking, parallelism: jobs)
        run.suites = try suiteSelection()
        run.samples = samples
        run.budgetExhaustionLimit = maxBudgetExhaustions == 0 ? nil : maxBudgetExhaustions
        if Terminal.stderrIsTerminal { run.progress = Self.showProgress }
        return run
    }

    /// Runs engine work, wording its errors for the command line.
    private static func scoring<T>(_ builtIn: Bool, _ body: () throws(ScoringError) -> T) throws(CommandFailure) -> T {
        do throws(ScoringError) { return try body() } catch { throw CommandFailure(Messages.text(error, builtInSet: builtIn)) }
    }

    /// Runs output work: its errors exit with the output-failure status.
    private static func writing<T>(_ body: () throws(AtomicFile.WriteError) -> T) throws(CommandFailure) -> T {
        do throws(AtomicFile.WriteError) { return try body() } catch { throw CommandFailure(error.description, exitCode: .outputFailed) }
    }

    private func printReport(_ summary: ScoreSummary, _ matching: MatchingReport, _ metadata: RunMetadata) throws {
        switch report {
        case .text:
            try StandardOutput.write(OfficialReport.render(summary) + SampleReportText.render(summary))
            if stripThinking {
                try StandardOutput.write("thinking traces: \(matching.thinkingStripped) stripped, \(matching.thinkingUnclosed) unclosed (\(unclosedThinking == .empty ? "scored as empty" : "scored as written"))" + "\n")
            }
        case .json: try StandardOutput.write(RunFiles.summaryJSON(summary, report: matching, metadata: metadata))
        case .none: break
        }
    }

    private static let showProgress: @Sendable (ScoringRun.Progress) -> Void = { progress in
        switch progress {
        case let .read(lines): Terminal.progress("read \(lines) response lines")
        case let .scored(done, total): Terminal.progress("scored \(done) of \(total) responses")
        }
    }
}

/// Values left for the process exit to reclaim: the command ends right after, and
/// releasing a large prompt set object by object is serial work (compilers skip freeing
/// at exit for the same reason).
private final class KeptUntilExit {
    let values: [Any]
    private init(_ values: [Any]) { self.values = values }

    static func keep(_ values: Any...) { _ = Unmanaged.passRetained(KeptUntilExit(values)) }
}

extension MissingResponsePolicy: ExpressibleByArgument {}
extension ResponseFileFormat: ExpressibleByArgument {}
extension ThinkingTraceStripper.UnclosedPolicy: ExpressibleByArgument {}
extension SampleMode: ExpressibleByArgument {}
