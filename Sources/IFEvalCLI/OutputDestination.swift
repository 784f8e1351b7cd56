import ArgumentParser
import Foundation
import IFEvalEngine
import IFEvalReporter

/// Where a report goes: stdout (no `--output`, or `-`), or a file written by `AtomicFile`
/// (replaced atomically; a device or FIFO written through). Exit 3 if it cannot be written.
/// The option shared by the reporting commands.
struct OutputDestination: ParsableArguments {
    @Option(help: ArgumentHelp("Write here (atomically; a device or FIFO is written through; - is stdout) instead of stdout.", valueName: "file"))
    var output: String?

    func emit(_ text: String) throws {
        try Self.emit(text, to: output)
    }

    static func emit(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            try StandardOutput.write(text)
            return
        }
        try write(text, to: path)
        Terminal.note("wrote \(path)")
    }

    /// A file option (`--junit`, `--export`): the same, without the note.
    static func write(_ text: String, to path: String) throws {
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw CommandFailure(error.description, exitCode: .outputFailed)
        }
    }
}

/// `--allow-different-prompts`, shared by the commands that pair two runs (compare, gate).
struct PromptSetPairing: ParsableArguments {
    @Flag(name: .customLong("allow-different-prompts"), help: "Pair runs whose shared keys carry other prompt texts (an error otherwise).")
    var allowDifferentPrompts = false

    /// Runs on different prompt sets: an error unless allowed, then a warning.
    func requireSamePromptSet(_ a: RunDirectory, _ b: RunDirectory) throws {
        try RunLoader.requireSamePromptSet(a, b, allowed: allowDifferentPrompts)
    }
}

/// Reads run directories for the reporting commands, turning problems into exit 2.
enum RunLoader {
    static func read(_ path: String, detail: RunDirectory.Detail = .full, onlyKey: String? = nil) throws -> RunDirectory {
        do throws(RunDirectory.ReadError) {
            return try RunDirectory.read(path, detail: detail, onlyKey: onlyKey)
        } catch {
            throw CommandFailure(Messages.text(error))
        }
    }

    /// Runs on different prompt sets: an error unless allowed, then a warning.
    static func requireSamePromptSet(_ a: RunDirectory, _ b: RunDirectory, allowed: Bool) throws {
        guard let difference = PromptSetCheck.difference(a, b) else { return }
        guard allowed else {
            throw CommandFailure(difference + "\n  hint: score both runs on the same --input-data, or pass --allow-different-prompts")
        }
        Terminal.warning(difference)
    }
}

extension Metric: ExpressibleByArgument {}
extension RunReport.Format: ExpressibleByArgument {}
extension Leaderboard.Format: ExpressibleByArgument {}
extension ComparisonReport.Format: ExpressibleByArgument {}
extension OfficialReport.Mode: ExpressibleByArgument, CaseIterable {
    public static let allCases: [OfficialReport.Mode] = [.strict, .loose]
}
