/// A JSON parser over UTF-8 bytes with the acceptance rules of CPython 3.11's
/// `json.loads`: `NaN`, `Infinity` and `-Infinity` are values, duplicate names are kept,
/// any value may stand at the top level, only `" \t\n\r"` is white space, control
/// characters inside strings are rejected, and an integer literal of more than 4,300
/// digits is an error (CPython's integer string conversion limit).
///
/// One difference, by default: an escaped surrogate that is not half of a pair (`"\ud800"`)
/// is an error. Python keeps it in the string as a lone code point; a Swift string cannot
/// hold one, and replacing it (by U+FFFD, say) would make another text, which could then
/// match another prompt or be scored as something it is not. `validate`, which builds no
/// value, accepts it as Python does (see `LoneSurrogates`).
public struct JSONParser {
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong, in the words of Python's `JSONDecodeError` where it has them.
        public let message: String
        /// Byte offset of the problem within the parsed text.
        public let offset: Int
        /// What to do, where the usual advice (one complete JSON value) does not fit.
        public var hint: String? = nil
        public var description: String { "\(message) (at byte \(offset + 1))" }
        /// The text nests arrays and objects deeper than the parser's limit.
        public var isNestingTooDeep: Bool { message.hasPrefix(Failure.tooDeepPrefix) }
        static let tooDeepPrefix = "Nesting deeper than "
    }

    /// What to do with an escaped surrogate that is not half of a pair (`"\ud800"`,
    /// `"\udc00"`, `"\ud800\u0041"`); a high and a low one in a row are one code point
    /// (`"\ud83d\ude00"` is U+1F600), as in Python.
    public enum LoneSurrogates: Sendable {
        /// A `Failure` naming the escape (the default).
        case reject
        /// U+FFFD in its place: Python's acceptance, not its text (for test vectors).
        case replace
    }

    /// Input files (prompt sets, responses, run folders): deeper nesting than this is
    /// refused rather than risking the stack.
    public static let maximumDepth = 900
    /// `detectable_format:json_format`: the deepest nesting that the official checker's
    /// `json.loads` parses. CPython's C scanner counts each array or object level against
    /// the interpreter's recursion limit (1,000), on top of the Python frames below it, so
    /// the depth depends on how deep the caller is: 992 levels when the checkers are called
    /// from a `main()` function (as the reference oracle does), 993 from a module-level
    /// loop, 990 under absl's `app.run`. One level more raises `RecursionError`, which is
    /// not the `ValueError` the checker catches: the official run stops. Measured with
    /// `Scripts/oracle/json_depth.py`.
    public static let pythonMaximumDepth = 992
    static let maximumIntegerDigits = 4300

    /// Parses one complete JSON text.
    public static func parse(_ text: String, maximumDepth: Int = JSONParser.maximumDepth,
                             loneSurrogates: LoneSurrogates = .reject) throws(Failure) -> JSONValue {
        var copy = text
        let result: Result<JSONValue, Failure> = copy.withUTF8 { buffer in
            do throws(Failure) {
                return .success(try parse(buffer, maximumDepth: maximumDepth, loneSurrogates: loneSurrogates))
            } catch { return .failure(error) }
        }
        return try result.get()
    }

    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int = JSONParser.maximumDepth,
                             loneSurrogates: LoneSurrogates = .reject) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes: bytes, buildValues: true)
        parser.depthLimit = maximumDepth
        parser.rejectsLoneSurrogates = loneSurrogates == .reject
        return try parser.parseDocument()
    }

    /// Checks `text` as Python's `json.loads` does, without building values (errors as
    /// `parse` gives them; lone escaped surrogates are accepted, as Python accepts them).
    public static func validate(_ text: String, maximumDepth: Int = JSONParser.maximumDepth) throws(Failure) {
        var copy = text
        let failure: Failure? = copy.withUTF8 { buffer in
            var parser = JSONParser(bytes: buffer, buildValues: false)
            parser.depthLimit = maximumDepth
            parser.rejectsLoneSurrogates = false
            do throws(Failure) { _ = try parser.parseDocument(); return nil } catch { return error }
        }
        if let failure { throw failure }
    }

    /// Parses one complete JSON text, checking but not building the values of the
    /// top-level object's members named `skipped`: each stands as an empty value of its
    /// type (`""`, `[]`, `{}`; numbers keep their text). For a first pass that needs only
    /// some members of long lines.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, skippingValuesOf skipped: String) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes: bytes, buildValues: true)
        parser.skippedMember = skipped
        return try parser.parseDocument()
    }

    /// Whether `text` is accepted by Python's `json.loads` (no value is built; lone
    /// escaped surrogates are accepted).
    public static func isValid(_ text: String) -> Bool {
        do { try validate(text); return true } catch { return false }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var buildValues: Bool
    private var skippedMember: String?
    private var position = 0
    private var depth = 0
    private var depthLimit = JSONParser.maximumDepth
    /// Set for every parse that builds values (also over skipped members, so that a first
    /// pass finds what a second would); `validate` accepts them as Python does.
    private var rejectsLoneSurrogates = true

    private init(bytes: UnsafeBufferPointer<UInt8>, buildValues: Bool) {
        self.bytes = bytes
        self.buildValues = buildValues
    }

    private mutating func parseDocument() throws(Failure) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw Failure(message: "Unexpected UTF-8 BOM", offset: 0)
        }
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if position != bytes.count { throw Failure(message: "Extra data", offset: position) }
        return value
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private func failure(_ message: String, at offset: Int? = nil) -> Failure {
        Failure(message: message, offset: offset ?? position)
    }

    private mutating func parseValue() throws(Failure) -> JSONValue {
        guard position < bytes.count else { throw failure("Expecting value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "N"): try expectLiteral("NaN"); return .number(JSONNumber(text: "NaN"))
        case UInt8(ascii: "I"): try expectLiteral("Infinity"); return .number(JSONNumber(text: "Infinity"))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw failure("Expecting value")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(Failure) {
        let start = position
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw failure("Expecting value", at: start) }
        let pointer = literal.utf8Start
        for i in 0..<count where bytes[position + i] != pointer[i] {
            throw failure("Expecting value", at: start)
        }
        position += count
    }

    private mutating func parseNumber() throws(Failure) -> JSONNumber {
        let start = position
        if bytes[position] == UInt8(ascii: "-") {
            position += 1
            if position + 8 <= bytes.count, bytes[position] == UInt8(ascii: "I") {
                try expectLiteral("Infinity")
                return JSONNumber(text: "-Infinity")
            }
        }
        let integerStart = position
        guard position < bytes.count, isDigit(bytes[position]) else { throw failure("Expecting value", at: start) }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        let integerDigits = position - integerStart
        var isInteger = true
        if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "."), isDigit(bytes[position + 1]) {
            isInteger = false
            position += 2
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            var look = position + 1
            if look < bytes.count, bytes[look] == UInt8(ascii: "+") || bytes[look] == UInt8(ascii: "-") { look += 1 }
            if look < bytes.count, isDigit(bytes[look]) {
                isInteger = false
                position = look
                while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            }
        }
        if isInteger && integerDigits > JSONParser.maximumIntegerDigits {
            throw failure("Exceeds the limit (4300 digits) for integer string conversion", at: start)
        }
        // Only `validate` (which builds nothing) drops a number's text. A number in a member
        // skipped by `parse(_:skippingValuesOf:)` keeps it, so that the error for a
        // "response" that is a number still says "an integer" or "a number" (`typeName`).
        if !buildValues && skippedMember == nil { return JSONNumber(text: "") }
        return JSONNumber(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self))
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func parseString() throws(Failure) -> String {
        let quote = position
        position += 1
        let contentStart = position
        // Fast path: no escapes.
        while position < bytes.count {
            position = JSONByteScan.nextSpecial(in: bytes, from: position)
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = buildValues
                    ? String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<position]), as: UTF8.self) : ""
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw failure("Invalid control character at") }
            position += 1
        }
        guard position < bytes.count else {
            throw failure("Unterminated string starting at", at: quote)
        }
        // Slow path: unescape into a byte buffer, decoded once at the end. Every escape
        // is at least as long as what it stands for, so the rest of the line bounds the
        // output: one allocation, runs copied with memcpy.
        let output = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: buildValues ? bytes.count - contentStart : 0)
        defer { output.deallocate() }
        var written = 0
        func copyRun(_ range: Range<Int>) {
            guard buildValues, !range.isEmpty else { return }
            (output.baseAddress! + written).update(from: bytes.baseAddress! + range.lowerBound, count: range.count)
            written += range.count
        }
        copyRun(contentStart..<position)
        var runStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                copyRun(runStart..<position)
                position += 1
                return buildValues ? String(decoding: UnsafeBufferPointer(rebasing: output[..<written]), as: UTF8.self) : ""
            }
            if byte < 0x20 { throw failure("Invalid control character at") }
            if byte != UInt8(ascii: "\\") {
                position = JSONByteScan.nextSpecial(in: bytes, from: position + 1)
                continue
            }
            copyRun(runStart..<position)
            let escapeStart = position
            position += 1
            guard position < bytes.count else { throw failure("Unterminated string starting at", at: quote) }
            let escaped = bytes[position]
            position += 1
            var decoded: Unicode.Scalar
            switch escaped {
            case UInt8(ascii: "\""): decoded = "\""
            case UInt8(ascii: "\\"): decoded = "\\"
            case UInt8(ascii: "/"): decoded = "/"
            case UInt8(ascii: "b"): decoded = "\u{08}"
            case UInt8(ascii: "f"): decoded = "\u{0C}"
            case UInt8(ascii: "n"): decoded = "\n"
            case UInt8(ascii: "r"): decoded = "\r"
            case UInt8(ascii: "t"): decoded = "\t"
            case UInt8(ascii: "u"):
                let unit = try parseHex4(escapeStart: escapeStart)
                if (0xD800...0xDBFF).contains(unit), position + 6 <= bytes.count,
                   bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                    let save = position
                    position += 2
                    let low = try parseHex4(escapeStart: save)
                    if (0xDC00...0xDFFF).contains(low) {
                        decoded = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
                    } else {
                        // A high surrogate not followed by a low one: lone; the next
                        // escape is read on its own.
                        position = save
                        decoded = try loneSurrogate(at: escapeStart)
                    }
                } else if let scalar = Unicode.Scalar(unit) {
                    decoded = scalar
                } else {
                    decoded = try loneSurrogate(at: escapeStart)
                }
            default:
                throw failure("Invalid \\escape", at: escapeStart)
            }
            if buildValues { written += ScalarText.writeUTF8(decoded.value, to: output.baseAddress! + written) }
            runStart = position
        }
        throw failure("Unterminated string starting at", at: quote)
    }

    /// A lone surrogate escape: an error, or U+FFFD where replacing was asked for.
    private func loneSurrogate(at escapeStart: Int) throws(Failure) -> Unicode.Scalar {
        guard rejectsLoneSurrogates else { return "\u{FFFD}" }
        let escape = String(decoding: UnsafeBufferPointer(rebasing: bytes[escapeStart..<escapeStart + 6]), as: UTF8.self)
        var problem = failure("Lone surrogate \(escape) in a string (Python keeps it as an unpaired code point, "
                              + "which no Swift string can hold; replacing it would change the text)", at: escapeStart)
        problem.hint = "a surrogate escape must be half of a pair (\\ud83d\\ude00 is one emoji); "
            + "write the character itself, or remove the escape"
        throw problem
    }

    private mutating func parseHex4(escapeStart: Int) throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("Invalid \\uXXXX escape", at: escapeStart) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 0x30)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 0x61 + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 0x41 + 10)
            default: throw failure("Invalid \\uXXXX escape", at: escapeStart)
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private mutating func enterContainer() throws(Failure) {
        depth += 1
        if depth > depthLimit { throw failure(Failure.tooDeepPrefix + "\(depthLimit) levels") }
    }

    private mutating func parseArray() throws(Failure) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            let element = try parseValue()
            if buildValues { elements.append(element) }
            skipWhitespace()
            guard position < bytes.count else { throw failure("Expecting ',' delimiter") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(elements) }
            throw failure("Expecting ',' delimiter")
        }
    }

    private mutating func parseObject() throws(Failure) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        position += 1
        var members: [(String, JSONValue)] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw failure("Expecting property name enclosed in double quotes")
            }
            let name = try parseString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw failure("Expecting ':' delimiter")
            }
            position += 1
            skipWhitespace()
            let value: JSONValue
            if depth == 1, let skippedMember, name == skippedMember {
                buildValues = false
                defer { buildValues = true }
                value = try parseValue()
            } else {
                value = try parseValue()
            }
            if buildValues { members.append((name, value)) }
            skipWhitespace()
            guard position < bytes.count else { throw failure("Expecting ',' delimiter") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
            throw failure("Expecting ',' delimiter")
        }
    }
}
