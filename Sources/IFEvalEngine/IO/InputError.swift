/// A problem with an input file, located as precisely as possible, with what to do.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line number, when the problem is on one line.
    public var line: Int?
    public var message: String
    public var hint: String?
    /// What kind of problem, where a front end has advice of its own for it (in terms of
    /// its options); nil for most.
    public var kind: Kind?

    public enum Kind: Sendable, Equatable {
        /// A line read as an lm-eval samples line has no `doc`: the file may be a plain
        /// response file.
        case notASamplesLine
    }

    public init(file: String, line: Int? = nil, message: String, hint: String? = nil, kind: Kind? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.hint = hint
        self.kind = kind
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
