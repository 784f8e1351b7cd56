import ArgumentParser
import Foundation
import IFEvalEngine
import IFEvalReporter

/// Where a report goes: stdout, or a file replaced atomically (exit 3 if it cannot be).
enum OutputDestination {
    static func emit(_ text: String, to path: String?) throws {
        guard let path else {
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
        do {
            return try RunDirectory.read(path)
        } catch {
            throw CommandFailure(error.description)
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
