import ArgumentParser
import IFEvalReporter

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two scored runs prompt by prompt: B − A, with intervals and McNemar tests.",
        discussion: """
        Prompts are matched by key; only the prompts both runs scored (with the same \
        instructions) are compared, and the output says how many are shared and how many \
        are in one run only. For each of the four accuracies: A, B, the difference B − A \
        in percentage points with a 95% paired percentile bootstrap interval over the \
        shared prompts (1000 resamples, fixed seed 0), the discordant counts (units only A \
        followed, only B followed: prompts at prompt level, instructions at instruction \
        level) and the exact two-sided McNemar p-value on them. Then the instruction ids \
        that improved and regressed most, strict and loose, as +improved / -regressed \
        (net of total).

        Runs scored with `--samples all` (several samples per prompt): A and B are avg@k \
        on the shared prompts, and the intervals and p-values come from a paired \
        bootstrap that resamples prompts with all their samples together (same 1000 \
        resamples and seed); McNemar's test, which assumes one verdict per unit, is not \
        used then.

        Examples:
          ifeval compare runs/base runs/finetuned
          ifeval compare runs/base runs/finetuned --format json > diff.json
        """
    )

    @Argument(help: ArgumentHelp("The baseline run directory.", valueName: "run-a"))
    var runA: String

    @Argument(help: ArgumentHelp("The run compared with it.", valueName: "run-b"))
    var runB: String

    @Option(help: ArgumentHelp("text, markdown or json.", valueName: "format"))
    var format: ComparisonReport.Format = .text

    @Option(help: ArgumentHelp("How many instruction ids to list in each direction (text and markdown).", valueName: "n"))
    var top = 10

    @OptionGroup var destination: OutputDestination

    @OptionGroup var pairing: PromptSetPairing

    func validate() throws {
        if top < 0 { throw ValidationError("--top takes a number of 0 or more") }
    }

    func run() throws {
        let a = try RunLoader.read(runA, detail: .verdicts)
        let b = try RunLoader.read(runB, detail: .verdicts)
        try pairing.requireSamePromptSet(a, b)
        let comparison: RunComparison
        do {
            comparison = try RunComparison(a: a, b: b)
        } catch let RunComparison.Failure.invalidRun(error) {
            throw CommandFailure(Messages.text(error))
        } catch {
            throw CommandFailure(error.description)
        }
        try destination.emit(ComparisonReport.render(comparison, format: format, top: top))
    }
}
