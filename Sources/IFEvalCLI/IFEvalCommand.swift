import ArgumentParser
import Foundation
import IFEvalEngine

@main
struct IFEvalCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "ifeval",
        abstract: "Score language-model outputs on IFEval's verifiable instructions, with the official results.",
        discussion: """
        Results equal those of the official implementation (Google's IFEval checkers, as \
        shipped in lm-eval), per prompt and per instruction, strict and loose.

        Exit codes: 0 success; 1 a gate found a regression; 2 bad usage or bad input \
        (the message names the file, the line and what to do); 3 an output could not be written \
        (a file, standard output, or standard error); 130 and 143 stopped by SIGINT or SIGTERM \
        (temporary files and folders the command made are removed; earlier results are kept).
        """,
        version: version,
        subcommands: [
            ScoreCommand.self,
            ReportCommand.self,
            LeaderboardCommand.self,
            CompareCommand.self,
            ExplainCommand.self,
            GateCommand.self,
            PromptsCommand.self,
            InstructionsCommand.self,
            ServeCommand.self,
        ]
    )

    static func main() {
        // Scoring needs the analyzers' tables (~12 ms of work on another core): started
        // before the arguments are parsed (~4 ms on this one) when the command is `score`
        // (langdetect's, two thirds of it, not for `--suite ifbench`: only classic ids use them, built on first use).
        if CommandLine.arguments.dropFirst().first == "score" {
            AnalyzerTables.warmUp(languageDetection: AnalyzerTables.languageDetectionLikely(arguments: CommandLine.arguments))
        }
        Interruption.install()
        var status = ExitStatus.success.rawValue
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            Terminal.error(failure.message)
            status = failure.exitCode.rawValue
        } catch let code as ExitCode {
            // A command that has said everything (a gate that failed) and sets the status.
            status = code.rawValue
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help, --version.
                do {
                    try StandardOutput.write(fullMessage(for: error) + "\n")
                } catch let failure as CommandFailure {
                    Terminal.error(failure.message)
                    status = failure.exitCode.rawValue
                } catch {}
            } else {
                // ArgumentParser's message already starts with "Error:" and ends with usage.
                Terminal.write(fullMessage(for: error) + "\n")
                status = code == .validationFailure || code == .failure ? ExitStatus.badInput.rawValue : code.rawValue
            }
        }
        // Warnings or notes that could not be written to stderr make a successful command
        // exit 3: something the user should have seen was lost.
        if status == ExitStatus.success.rawValue && Terminal.writeFailed { status = ExitStatus.outputFailed.rawValue }
        Foundation.exit(status)
    }
}
