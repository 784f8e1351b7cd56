import ArgumentParser
import IFEvalReporter

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why a prompt passed or failed: each instruction's verdict and reason, and the response.",
        discussion: """
        With --key, one prompt: per instruction, followed or not and the verifier's reason \
        (in loose mode also the variant of the response that passed, such as "without its \
        first line"), the prompt, and the response (its start and end when long; --full \
        for all of it). With --failed, every prompt not followed, with the instructions it \
        failed and why. In a run scored with `--samples all`, --key shows every sample of \
        the prompt (how many followed, then each sample's verdicts, reasons and \
        response), and --failed lists each failed sample.

        Examples:
          ifeval explain runs/my-model --key 1000
          ifeval explain runs/my-model --key 1000 --mode loose --full
          ifeval explain runs/my-model --failed
        """
    )

    @Argument(help: ArgumentHelp("A run directory written by `ifeval score --output-dir`.", valueName: "run-dir"))
    var runDirectory: String

    @Option(help: ArgumentHelp("The key of the prompt to explain.", valueName: "key"))
    var key: String?

    @Flag(help: "List every prompt not followed, with the failed instructions and reasons.")
    var failed = false

    @Option(help: ArgumentHelp("strict or loose verdicts.", valueName: "mode"))
    var mode: OfficialReport.Mode = .strict

    @Flag(help: "Show the whole response, however long.")
    var full = false

    func validate() throws {
        if (key == nil) == !failed {
            throw ValidationError("give either --key K (one prompt) or --failed (every failed prompt)")
        }
    }

    func run() throws {
        // --key keeps only that key's lines (every line is still read and checked).
        let run = try RunLoader.read(runDirectory, detail: failed ? .failures : .full, onlyKey: failed ? nil : key)
        guard run.hasPromptResults else {
            throw CommandFailure("\(runDirectory): no per-prompt results (\(RunFilesNames.results)); pass the run directory of `ifeval score --output-dir`, not summary.json alone")
        }
        if failed {
            try StandardOutput.write(RunExplanation.failures(run, mode: mode,
                                                                     footer: "`ifeval explain RUN_DIR --key K` shows one prompt with its response."))
            return
        }
        guard let key, let prompt = RunExplanation.findPrompt(key, in: run) else {
            let sample = run.exampleKeys.prefix(5).map(\.description).joined(separator: ", ")
            throw CommandFailure("\(runDirectory): no prompt with key \(key ?? "") (the run has \(run.resultLineCount) prompts; keys such as \(sample))")
        }
        if run.isMultiSample {
            let samples = RunExplanation.findSamples(key, in: run)
            try StandardOutput.write(RunExplanation.explainSamples(samples, run: run, mode: mode, truncation: full ? .full : .standard))
            return
        }
        try StandardOutput.write(RunExplanation.explain(prompt, run: run, mode: mode, truncation: full ? .full : Self.standardTruncation))
    }

    /// The standard cut, with the option that shows everything.
    static let standardTruncation = RunExplanation.Truncation(head: RunExplanation.Truncation.standard.head,
                                                              tail: RunExplanation.Truncation.standard.tail,
                                                              howToShowAll: "--full shows all")
}
