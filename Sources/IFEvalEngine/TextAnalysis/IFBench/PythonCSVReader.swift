/// `list(csv.reader(io.StringIO(text), dialect))` as CPython 3.11 runs it, with its
/// errors. `io.StringIO` hands the reader lines split after each "\n" only (a "\r" stays
/// inside its line), and `_csv`'s state machine reads them code point by code point:
/// a blank line is the record `[]`; an unquoted field ends at the delimiter or a line
/// break; after a "\r" or "\n" that ends a record only more line breaks may follow on
/// the same line, else `csv.Error` "new-line character seen in unquoted field - do you
/// need to open the file in universal-newline mode?" (so a bare "\r" inside a line
/// raises); quoted fields span lines; NUL is an ordinary character (3.11); a field longer
/// than the field size limit (131,072) raises; at the end of input an open quoted field
/// is saved as it is (non-strict dialects).
public struct PythonCSVReader: Sendable {
    /// A `csv` dialect: `excel` by default; IFBench also passes `delimiter='\t'`.
    public struct Dialect: Sendable {
        public var delimiter: Unicode.Scalar = ","
        public var quoteCharacter: Unicode.Scalar? = "\""
        public var escapeCharacter: Unicode.Scalar? = nil
        public var doubleQuote = true
        public var skipInitialSpace = false
        public var strict = false

        public init(delimiter: Unicode.Scalar = ",") { self.delimiter = delimiter }

        /// `csv.excel`.
        public static let excel = Dialect()
        /// `csv.reader(..., delimiter='\t')`.
        public static let excelTab = Dialect(delimiter: "\t")
    }

    /// `csv.Error`, with CPython's message.
    public struct Error: Swift.Error, Equatable, CustomStringConvertible, Sendable {
        public let message: String
        public var description: String { "_csv.Error: \(message)" }

        static let newlineInUnquotedField = Error(message: "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")
        static func fieldTooLarge(_ limit: Int) -> Error { Error(message: "field larger than field limit (\(limit))") }
        static let unexpectedEnd = Error(message: "unexpected end of data")
        static func expectedAfterQuote(_ delimiter: Unicode.Scalar, _ quote: Unicode.Scalar) -> Error {
            Error(message: "'\(Character(delimiter))' expected after '\(Character(quote))'")
        }
    }

    public let dialect: Dialect
    /// `csv.field_size_limit()`.
    public let fieldSizeLimit: Int

    public init(dialect: Dialect = .excel, fieldSizeLimit: Int = 131_072) {
        self.dialect = dialect
        self.fieldSizeLimit = fieldSizeLimit
    }

    private enum State {
        case startRecord, startField, escapedCharacter, inField, inQuotedField
        case escapeInQuotedField, quoteInQuotedField, eatLineBreak, afterEscapedLineBreak
    }

    /// The records of `text`, or the `csv.Error` that `list(reader)` raises (the records
    /// read before it are then lost, as in Python).
    public func records(_ text: String) throws(Error) -> [[String]] {
        try read(text, keepingText: true)
    }

    /// How many fields each record has, or the same `csv.Error`: the same reading without
    /// building the fields' strings.
    public func recordFieldCounts(_ text: String) throws(Error) -> [Int] {
        try read(text, keepingText: false).map(\.count)
    }

    /// The records (each field empty unless `keepingText`).
    private func read(_ text: String, keepingText: Bool) throws(Error) -> [[String]] {
        var parser = Parser(dialect: dialect, limit: fieldSizeLimit, keepingText: keepingText)
        var records: [[String]] = []
        // io.StringIO lines: up to and including each "\n".
        var lines: [ArraySlice<Unicode.Scalar>] = []
        let scalars = Array(text.unicodeScalars)
        var start = 0
        for (k, c) in scalars.enumerated() where c == "\n" {
            lines.append(scalars[start...k])
            start = k + 1
        }
        if start < scalars.count { lines.append(scalars[start...]) }
        var next = 0
        while true {
            parser.reset()
            repeat {
                guard next < lines.count else {
                    if parser.fieldLength != 0 || parser.state == .inQuotedField {
                        if dialect.strict { throw .unexpectedEnd }
                        try parser.saveField()
                        records.append(parser.fields)
                    }
                    return records
                }
                for c in lines[next] { try parser.process(c) }
                try parser.process(nil)
                next += 1
            } while parser.state != .startRecord
            records.append(parser.fields)
        }
    }

    private struct Parser {
        let dialect: Dialect
        let limit: Int
        let keepingText: Bool
        var state: State = .startRecord
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var fieldLength = 0

        init(dialect: Dialect, limit: Int, keepingText: Bool) {
            self.dialect = dialect
            self.limit = limit
            self.keepingText = keepingText
        }

        mutating func reset() {
            fields = []
            field = String.UnicodeScalarView()
            fieldLength = 0
            state = .startRecord
        }

        mutating func saveField() throws(Error) {
            if keepingText {
                fields.append(String(field))
                field = String.UnicodeScalarView()
            } else {
                fields.append("")
            }
            fieldLength = 0
        }

        mutating func add(_ c: Unicode.Scalar) throws(Error) {
            if fieldLength >= limit { throw .fieldTooLarge(limit) }
            if keepingText { field.append(c) }
            fieldLength += 1
        }

        /// `parse_process_char`; nil is the end of a line (EOL).
        mutating func process(_ c: Unicode.Scalar?) throws(Error) {
            let isLineBreak = c == "\n" || c == "\r"
            let isQuote = c != nil && c == dialect.quoteCharacter
            let isEscape = c != nil && c == dialect.escapeCharacter
            switch state {
            case .startRecord:
                if c == nil { return }
                if isLineBreak {
                    state = .eatLineBreak
                    return
                }
                state = .startField
                try startField(c)
            case .startField:
                try startField(c)
            case .escapedCharacter:
                if isLineBreak {
                    try add(c!)
                    state = .afterEscapedLineBreak
                    return
                }
                try add(c ?? "\n")
                state = .inField
            case .afterEscapedLineBreak:
                if c == nil { return }
                try inField(c)
            case .inField:
                try inField(c)
            case .inQuotedField:
                if c == nil {
                } else if isEscape {
                    state = .escapeInQuotedField
                } else if isQuote {
                    state = dialect.doubleQuote ? .quoteInQuotedField : .inField
                } else {
                    try add(c!)
                }
            case .escapeInQuotedField:
                try add(c ?? "\n")
                state = .inQuotedField
            case .quoteInQuotedField:
                if isQuote {
                    try add(c!)
                    state = .inQuotedField
                } else if c == dialect.delimiter {
                    try saveField()
                    state = .startField
                } else if isLineBreak || c == nil {
                    try saveField()
                    state = c == nil ? .startRecord : .eatLineBreak
                } else if !dialect.strict {
                    try add(c!)
                    state = .inField
                } else {
                    throw .expectedAfterQuote(dialect.delimiter, dialect.quoteCharacter!)
                }
            case .eatLineBreak:
                if isLineBreak {
                } else if c == nil {
                    state = .startRecord
                } else {
                    throw .newlineInUnquotedField
                }
            }
        }

        private mutating func startField(_ c: Unicode.Scalar?) throws(Error) {
            if c == nil || c == "\n" || c == "\r" {
                try saveField()
                state = c == nil ? .startRecord : .eatLineBreak
            } else if c == dialect.quoteCharacter {
                state = .inQuotedField
            } else if c == dialect.escapeCharacter {
                state = .escapedCharacter
            } else if c == " " && dialect.skipInitialSpace {
            } else if c == dialect.delimiter {
                try saveField()
            } else {
                try add(c!)
                state = .inField
            }
        }

        private mutating func inField(_ c: Unicode.Scalar?) throws(Error) {
            if c == nil || c == "\n" || c == "\r" {
                try saveField()
                state = c == nil ? .startRecord : .eatLineBreak
            } else if c == dialect.escapeCharacter {
                state = .escapedCharacter
            } else if c == dialect.delimiter {
                try saveField()
                state = .startField
            } else {
                try add(c!)
            }
        }
    }
}
