import ArgumentParser
import Foundation
import IFEvalEngine
import IFEvalReporter

struct GateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Fail CI when a candidate run regresses against a baseline run.",
        discussion: """
        BASE and CAND are run directories written by `ifeval score --output-dir` (or \
        their summary.json). Prompts are matched by key; every rule is computed on the \
        prompts both runs share, and prompts in one run only are counted and reported.

        Rules, on each --metric (default prompt_level_strict_acc):
          --min-score Y    the candidate must score at least Y
          --max-drop X     baseline - candidate must be at most X
          --alpha A        a drop fails only if it is more than --max-drop
                           (default 0 then) AND the paired exact McNemar test
                           gives p < A (over shared prompts; over instruction
                           cells of shared prompts for inst_level metrics)
          --max-instruction-drop Z
                           no instruction id's strict accuracy may drop by
                           more than Z (ids with at least
                           --min-instruction-count shared instructions)
        With no rule given, any drop fails (--max-drop 0). Thresholds are \
        fractions in [0, 1] (0.02) or percentages (2%).

        Runs scored with `--samples all`: the metrics are avg@k on the shared \
        prompts, and --alpha uses a paired bootstrap over prompts (each resampled with \
        all its samples; 1000 resamples, seed 0) instead of McNemar's test.

        Prints one line on stdout (PASS ... or FAIL ..., naming the rule, metric and \
        numbers), details on stderr; --junit and --markdown write reports, and the \
        Markdown is appended to $GITHUB_STEP_SUMMARY when that is set.

        Exit codes: 0 pass; 1 regression; 2 bad usage or input (missing run, unknown \
        metric, threshold out of range, no shared prompts, a rule that needs \
        per-prompt results given only summary.json); 3 a report could not be written.

        Examples:
          ifeval gate --baseline baseline-run --candidate out --max-drop 0.02
          ifeval gate --baseline baseline-run --candidate out \\
              --alpha 0.05 --max-drop 1% --junit gate.xml \\
              --metric prompt_level_strict_acc --metric inst_level_strict_acc
          ifeval gate --baseline baseline-run --candidate out \\
              --min-score 75% --max-instruction-drop 0.10
        """
    )

    @Option(help: ArgumentHelp("The baseline run: a directory written by `ifeval score --output-dir`, or its summary.json.", valueName: "dir"))
    var baseline: String

    @Option(help: ArgumentHelp("The candidate run, in the same form.", valueName: "dir"))
    var candidate: String

    @Option(help: ArgumentHelp("A metric to gate (repeatable; default prompt_level_strict_acc).", valueName: "name"))
    var metric: [Metric] = []

    @Option(name: .customLong("max-drop"), help: ArgumentHelp("Largest allowed drop, baseline - candidate (0.02 or 2%).", valueName: "x"))
    var maxDrop: String?

    @Option(name: .customLong("min-score"), help: ArgumentHelp("Lowest allowed candidate accuracy (0.75 or 75%).", valueName: "y"))
    var minScore: String?

    @Option(help: ArgumentHelp("Significance level: a drop must also be significant by the paired exact McNemar test (0.05).", valueName: "a"))
    var alpha: String?

    @Option(name: .customLong("max-instruction-drop"), help: ArgumentHelp("Largest allowed drop of any instruction id's strict accuracy on shared prompts.", valueName: "z"))
    var maxInstructionDrop: String?

    @Option(name: .customLong("min-instruction-count"), help: ArgumentHelp("Instruction ids with fewer shared instructions are listed but not gated by --max-instruction-drop.", valueName: "n"))
    var minInstructionCount: Int = GateRules.defaultMinInstructionCount

    @Option(help: ArgumentHelp("Write a JUnit XML report here (replaced atomically).", valueName: "file"))
    var junit: String?

    @Option(help: ArgumentHelp("Write a Markdown report here (replaced atomically).", valueName: "file"))
    var markdown: String?

    @OptionGroup var pairing: PromptSetPairing

    func validate() throws {
        _ = try rules()
    }

    func rules() throws -> GateRules {
        guard minInstructionCount >= 1 else {
            throw ValidationError("--min-instruction-count must be at least 1; got \(minInstructionCount)")
        }
        var metrics: [Metric] = []
        for m in metric where !metrics.contains(m) { metrics.append(m) }
        let alphaValue = try GateThreshold.parse(alpha, option: "--alpha")
        if let alphaValue, alphaValue == 0 {
            throw ValidationError("--alpha must be greater than 0 (at 0 no drop is ever significant); the usual level is 0.05")
        }
        return GateRules(
            metrics: metrics.isEmpty ? [.promptLevelStrict] : metrics,
            maxDrop: try GateThreshold.parse(maxDrop, option: "--max-drop"),
            minScore: try GateThreshold.parse(minScore, option: "--min-score"),
            alpha: alphaValue,
            maxInstructionDrop: try GateThreshold.parse(maxInstructionDrop, option: "--max-instruction-drop"),
            minInstructionCount: minInstructionCount,
            vocabulary: .commandLine
        )
    }

    func run() throws {
        let rules = try rules()
        let result: GateResult
        do {
            let baselineRun = try RunDirectory.read(baseline, detail: .verdicts)
            let candidateRun = try RunDirectory.read(candidate, detail: .verdicts)
            try pairing.requireSamePromptSet(baselineRun, candidateRun)
            result = try GateResult.evaluate(baseline: baselineRun, candidate: candidateRun, rules: rules)
        } catch let error as RunDirectory.ReadError {
            throw CommandFailure(Messages.text(error))
        } catch let error as GateInputError {
            throw CommandFailure(Messages.text(error))
        }
        Terminal.note(GateReport.details(result))
        let markdownText = GateReport.markdown(result)
        do {
            if let junit { try AtomicFile.write(GateJUnit.render(result), to: junit) }
            if let markdown { try AtomicFile.write(markdownText, to: markdown) }
        } catch {
            throw CommandFailure(error.description, exitCode: .outputFailed)
        }
        if let summaryPath = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summaryPath.isEmpty {
            try StepSummary.append(markdownText, to: summaryPath)
        }
        try StandardOutput.write(GateReport.verdictLine(result) + "\n")
        if !result.passed {
            throw ExitCode(ExitStatus.regression.rawValue)
        }
    }
}

/// Thresholds typed as fractions (`0.02`) or percentages (`2%`).
enum GateThreshold {
    static func parse(_ text: String?, option: String) throws -> Double? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let isPercent = trimmed.hasSuffix("%")
        let number = isPercent ? String(trimmed.dropLast()) : trimmed
        guard let value = Double(number), value.isFinite else {
            throw ValidationError("\(option) takes a fraction in [0, 1] such as 0.02, or a percentage such as 2%; got \"\(text)\"")
        }
        let fraction = isPercent ? value / 100 : value
        guard (0...1).contains(fraction) else {
            let hint = !isPercent && value > 1 && value <= 100 ? " (did you mean \(number)%?)" : ""
            throw ValidationError("\(option) \(text) is out of range: give a fraction in [0, 1] such as 0.02, or a percentage in [0%, 100%]\(hint)")
        }
        return fraction
    }
}

/// GitHub Actions shows the Markdown appended to the file named by $GITHUB_STEP_SUMMARY.
enum StepSummary {
    static func append(_ text: String, to path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CommandFailure("cannot create GITHUB_STEP_SUMMARY file \(path)", exitCode: .outputFailed)
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CommandFailure("cannot open GITHUB_STEP_SUMMARY file \(path) for appending", exitCode: .outputFailed)
        }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(("\n" + text).utf8))
        } catch {
            throw CommandFailure("cannot append to GITHUB_STEP_SUMMARY file \(path): \(error.localizedDescription)", exitCode: .outputFailed)
        }
    }
}

