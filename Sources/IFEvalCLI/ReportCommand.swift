import ArgumentParser
import IFEvalReporter

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print a scored run's accuracies: overall, per category and per instruction id, strict and loose.",
        discussion: """
        RUN_DIR is the --output-dir of `ifeval score` (its summary.json is enough).

        Formats: text (the official report, as evaluation_main.py prints it), markdown \
        (tables, accuracies in %), json (the four accuracies under summary.json's names, \
        with counts per category and per instruction id), csv (one row per slice: \
        model, level, name, total, strict_followed, loose_followed, strict_acc, loose_acc; \
        level is prompt, instruction, category or instruction_id).

        A run of another suite than IFEval (IFBench) also names the suite's headline \
        metric (IFBench: prompt_level_loose_acc). A run scored with `--samples all` \
        reports avg@k (each prompt's share of followed samples, averaged), pass@k and \
        pass^k for each k, the samples per prompt and the reward profile (prompts that \
        no, some, every sample followed).

        Examples:
          ifeval report runs/my-model
          ifeval report runs/my-model --format markdown --output my-model.md
          ifeval report runs/my-model/summary.json --format csv
        """
    )

    @Argument(help: ArgumentHelp("A run directory written by `ifeval score --output-dir`, or its summary.json.", valueName: "run-dir"))
    var runDirectory: String

    @Option(help: ArgumentHelp("text, markdown, json or csv.", valueName: "format"))
    var format: RunReport.Format = .text

    @OptionGroup var destination: OutputDestination

    func run() throws {
        let run = try RunLoader.read(runDirectory, detail: .checkOnly)
        try destination.emit(RunReport.render(run, format: format))
    }
}
