import ArgumentParser
import Foundation
import IFEvalEngine
import IFEvalReporter

/// Where a report goes: stdout, or with `--output FILE` a file replaced atomically (exit 3
/// if it cannot be). The option shared by the reporting commands.
struct OutputDestination: ParsableArguments {
    @Option(help: ArgumentHelp("Write here (atomically) instead of stdout.", valueName: "file"))
    var output: String?

    func emit(_ text: String) throws {
        guard let path = output else {
            print(text, terminator: "")
            return
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw CommandFailure(error.description, exitCode: .outputFailed)
        }
        Terminal.note("wrote \(path)")
    }
}

/// Reads run directories for the reporting commands, turning problems into exit 2.
enum RunLoader {
    static func read(_ path: String) throws -> RunDirectory {
        do throws(RunDirectory.ReadError) {
            return try RunDirectory.read(path)
        } catch {
            throw CommandFailure(Messages.text(error))
        }
    }
}

extension Metric: ExpressibleByArgument {}
extension RunReport.Format: ExpressibleByArgument {}
extension Leaderboard.Format: ExpressibleByArgument {}
extension ComparisonReport.Format: ExpressibleByArgument {}
extension OfficialReport.Mode: ExpressibleByArgument, CaseIterable {
    public static let allCases: [OfficialReport.Mode] = [.strict, .loose]
}
