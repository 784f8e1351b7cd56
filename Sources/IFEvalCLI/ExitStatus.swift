import Foundation

/// The documented exit codes of every command.
enum ExitStatus: Int32 {
    case success = 0
    /// A gate found a regression.
    case regression = 1
    /// Bad usage or bad input.
    case badInput = 2
    /// An output file could not be written.
    case outputFailed = 3
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

enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(2) != 0 }

    /// A progress line that rewrites itself on a terminal; `nil` clears it.
    static func progress(_ message: String?) {
        let text = message.map { "\r\u{1B}[K" + $0 } ?? "\r\u{1B}[K"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
