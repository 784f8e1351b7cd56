import ArgumentParser
import IFEvalEngine
import IFEvalReporter

struct LeaderboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leaderboard",
        abstract: "Rank scored runs, with 95% bootstrap intervals on every accuracy.",
        discussion: """
        One row per run: the model name (summary.json's "model", set by `ifeval score \
        --model NAME`; else the responses file name), the four accuracies and their 95% \
        percentile bootstrap intervals over prompts (1000 resamples, fixed seed 0, so the \
        same runs give the same table), and the rank (equal values share a rank). The \
        intervals need the run directory's per-prompt results; a run given as summary.json \
        alone gets none, and the table says so.

        Formats: markdown; csv and json (columns model, rank, prompt_level_strict_acc, \
        inst_level_strict_acc, prompt_level_loose_acc, inst_level_loose_acc, each with \
        _ci_low and _ci_high; accuracies as fractions); html (one self-contained page: a \
        table sorted by clicking its headers, and charts of per-category accuracy per model).

        The default ranking is the suite's headline metric: IFEval's \
        prompt_level_strict_acc, IFBench's prompt_level_loose_acc (the metric its paper \
        reports). Runs of several suites give one row per model (summary.json's "model") \
        with a column group per suite, ranked by the first suite's headline metric (or \
        --sort on it); give one run per model and suite.

        Runs scored with `--samples all`: the accuracies are avg@k, columns add the \
        samples per prompt and pass@k / pass^k of the sort metric (csv and json: of all \
        four), the intervals resample prompts with all their samples together, and the \
        html page adds a histogram of per-prompt solve rates.

        Examples:
          ifeval leaderboard runs/*/
          ifeval leaderboard runs/a runs/b --sort inst_level_loose_acc --categories
          ifeval leaderboard runs/* --format html --output leaderboard.html
        """
    )

    @Argument(help: ArgumentHelp("Run directories written by `ifeval score --output-dir` (or their summary.json).", valueName: "run-dir"))
    var runDirectories: [String]

    @Option(help: ArgumentHelp("markdown, csv, json or html.", valueName: "format"))
    var format: Leaderboard.Format = .markdown

    @Option(help: ArgumentHelp("The metric to rank by (descending): \(Metric.names). Default: the suite's headline metric (IFEval: prompt_level_strict_acc; IFBench: prompt_level_loose_acc).", valueName: "metric"))
    var sort: Metric?

    @Flag(help: "Add instruction-level accuracy per category (strict and loose) as columns.")
    var categories = false

    @OptionGroup var destination: OutputDestination

    func validate() throws {
        if runDirectories.isEmpty { throw ValidationError("give at least one run directory") }
    }

    func run() throws {
        let runs = try runDirectories.map { try RunLoader.read($0, detail: .verdicts) }
        for run in runs where !run.hasPromptResults {
            Terminal.warning("\(run.path): summary.json only, so no intervals for \(run.model) (the bootstrap needs \(RunFilesNames.results))")
        }
        // Runs of one suite should share a prompt set; runs of different suites never do.
        var firstOfSuite: [String: RunDirectory] = [:]
        for run in runs {
            guard let first = firstOfSuite[run.suite] else { firstOfSuite[run.suite] = run; continue }
            if let difference = PromptSetCheck.difference(first, run) { Terminal.warning(difference) }
        }
        let board: Leaderboard
        do {
            board = try Leaderboard.make(runs: runs, sortBy: sort)
        } catch {
            throw CommandFailure(error.description)
        }
        if board.suiteGroups != nil && categories {
            Terminal.warning("--categories is not shown for runs of several suites (\(board.suites.joined(separator: ", "))): their categories differ; make one leaderboard per suite for them")
        }
        try destination.emit(board.render(format, categories: categories))
    }
}

enum RunFilesNames {
    static let results = "\(RunFiles.strictResults) and \(RunFiles.looseResults)"
}
