import Foundation
import IFEvalReporter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The documented exit codes of every command.
enum ExitStatus: Int32 {
    case success = 0
    /// A gate found a regression.
    case regression = 1
    /// Bad usage or bad input.
    case badInput = 2
    /// An output could not be written: a file, standard output or standard error.
    case outputFailed = 3
    /// Stopped by SIGINT (128 + 2) or SIGTERM (128 + 15).
    case interrupted = 130
    case terminated = 143
}

/// An error that ends a command with a message and an exit code.
struct CommandFailure: Error {
    let message: String
    let exitCode: ExitStatus

    init(_ message: String, exitCode: ExitStatus = .badInput) {
        self.message = message
        self.exitCode = exitCode
    }
}

/// Standard error. A write that fails (`2>/dev/full`, a closed descriptor) is not a crash:
/// it is remembered, and a command that would have succeeded exits 3 instead.
enum Terminal {
    nonisolated(unsafe) private(set) static var writeFailed = false

    static func error(_ message: String) { write("error: " + visible(message) + "\n") }

    static func warning(_ message: String) { write("warning: " + visible(message) + "\n") }

    static func note(_ message: String) { write(visible(message) + "\n") }

    /// Text as is (ArgumentParser's messages).
    static func write(_ text: String) {
        if AtomicFile.writeAll(2, Array(text.utf8)) != nil { writeFailed = true }
    }

    static var stderrIsTerminal: Bool { isatty(2) != 0 }

    /// A progress line that rewrites itself on a terminal; `nil` clears it.
    static func progress(_ message: String?) {
        write(message.map { "\r\u{1B}[K" + visible($0) } ?? "\r\u{1B}[K")
    }

    /// Messages quote file names, model names and input text: control characters in them
    /// are shown escaped (`\u{1B}`), never sent to the terminal raw. Line feeds and tabs stay.
    static func visible(_ text: String) -> String { TerminalText.visible(text) }
}

/// Standard output, written with write(2): a failure (`>/dev/full`, a closed descriptor)
/// ends the command with exit code 3 and a message, instead of a silent exit 0.
enum StandardOutput {
    static func write(_ text: String) throws {
        if let failure = AtomicFile.writeAll(1, Array(text.utf8)) {
            throw CommandFailure("cannot write to standard output: \(String(cString: strerror(failure)))", exitCode: .outputFailed)
        }
    }
}

/// SIGINT and SIGTERM: the temporary files and new folders of unfinished writes are
/// removed and the process exits 130 or 143. The signals are taken by Dispatch sources
/// (the work runs on an ordinary thread, not in a signal handler); files being renamed
/// into place finish first, so a run folder is left either as it was or complete.
enum Interruption {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for (number, status) in [(SIGINT, ExitStatus.interrupted), (SIGTERM, ExitStatus.terminated)] {
            // A signal ignored when the process started (`nohup`, a background job of a
            // non-interactive shell) stays ignored.
            var previous = sigaction()
            sigaction(number, nil, &previous)
            #if canImport(Glibc)
            let handler = previous.__sigaction_handler.sa_handler
            #else
            let handler = previous.__sigaction_u.__sa_handler
            #endif
            if let handler, unsafeBitCast(handler, to: Int.self) == 1 { continue }  // SIG_IGN
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global(qos: .userInitiated))
            source.setEventHandler {
                AtomicFile.Cleanup.removeAllAndHold()
                _exit(status.rawValue)
            }
            source.resume()
            sources.append(source)
        }
    }
}
