/// A pattern that CPython's `re` rejects (`re.error`, or the `ValueError` /
/// `OverflowError` that `re.compile` raises for some flags and repeat counts), or a match
/// that ran out of its backtracking budget.
public struct PythonRegexError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: Sendable, Equatable {
        /// CPython raises `re.error` (or `OverflowError` for huge repeat counts,
        /// `ValueError` for incompatible flags).
        case syntax
        /// The match needed more backtracking steps than the budget allows.
        case backtrackingLimit
    }

    public let kind: Kind
    /// The message without position, as `re.error.msg`.
    public let message: String
    /// Scalar offset in the pattern, as `re.error.pos` (nil when Python gives none).
    public let position: Int?
    /// The pattern text.
    public let pattern: String

    public init(_ kind: Kind, _ message: String, position: Int?, pattern: String) {
        self.kind = kind
        self.message = message
        self.position = position
        self.pattern = pattern
    }

    /// Formatted like `str(re.error)`: "msg at position N", with line and column when
    /// the pattern has several lines.
    public var description: String {
        guard let position else { return message }
        var text = "\(message) at position \(position)"
        let scalars = Array(pattern.unicodeScalars)
        if scalars.contains("\n") {
            let before = scalars[..<min(position, scalars.count)]
            let line = before.filter { $0 == "\n" }.count + 1
            let lastNewline = before.lastIndex(of: "\n")
            let column = position - (lastNewline.map { $0 + 1 } ?? 0) + 1
            text += " (line \(line), column \(column))"
        }
        return text
    }
}
