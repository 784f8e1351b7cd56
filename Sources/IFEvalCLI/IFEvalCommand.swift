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
        (the message names the file, the line and what to do); 3 an output file could not be written.
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
        // before the arguments are parsed (~4 ms on this one) when the command is `score`.
        if CommandLine.arguments.dropFirst().first == "score" { AnalyzerTables.warmUp() }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            Terminal.error(failure.message)
            Foundation.exit(failure.exitCode.rawValue)
        } catch let code as ExitCode {
            // A command that has said everything (a gate that failed) and sets the status.
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            // ArgumentParser's message already starts with "Error:" and ends with usage.
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(code == .validationFailure || code == .failure ? ExitStatus.badInput.rawValue : code.rawValue)
        }
    }
}
