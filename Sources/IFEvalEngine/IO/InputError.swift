/// A problem with an input file, located as precisely as possible, with what to do.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line number, when the problem is on one line.
    public var line: Int?
    public var message: String
    public var hint: String?

    public init(file: String, line: Int? = nil, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
