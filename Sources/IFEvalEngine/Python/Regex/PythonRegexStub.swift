// TEMPORARY stand-in until the real engine lands: literal patterns only.
public struct PythonRegexError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

public struct PythonRegex: Sendable {
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let ignoreCase = Options(rawValue: 1)
        public static let multiline = Options(rawValue: 2)
        public static let dotAll = Options(rawValue: 4)
    }
    public struct Match: Sendable { public let range: Range<Int> }
    let literal: [Unicode.Scalar]
    let options: Options
    var boundaries = false
    public init(_ pattern: String, options: Options = []) throws {
        var pattern = pattern
        if pattern.hasPrefix("\\b") && pattern.hasSuffix("\\b") && pattern.count > 4 {
            pattern = String(pattern.dropFirst(2).dropLast(2)); boundaries = true
        }
        if pattern.unicodeScalars.contains(where: { "\\.^$*+?{}[]()|".unicodeScalars.contains($0) }) {
            throw PythonRegexError(message: "stub: unsupported")
        }
        literal = options.contains(.ignoreCase) ? Array(PythonString.lower(pattern).unicodeScalars) : Array(pattern.unicodeScalars)
        self.options = options
    }
    public func firstMatch(in text: [Unicode.Scalar], from: Int = 0) -> Match? {
        let t = options.contains(.ignoreCase) ? text.map { Unicode.Scalar(PythonString.lower(String($0)).unicodeScalars.first!.value)! } : text
        var i = from
        while i + literal.count <= t.count {
            let okB = !boundaries || ((i == 0 || !PythonCharacterClass.isWord(t[i-1])) && (i + literal.count == t.count || !PythonCharacterClass.isWord(t[i + literal.count])))
            if okB && t[i..<(i + literal.count)].elementsEqual(literal) { return Match(range: i..<(i + literal.count)) }
            i += 1
        }
        return nil
    }
    public func matches(in text: [Unicode.Scalar]) -> [Match] {
        var out: [Match] = []
        var from = 0
        while let m = firstMatch(in: text, from: from) { out.append(m); from = m.range.upperBound }
        return out
    }
    public func count(in text: [Unicode.Scalar]) -> Int { matches(in: text).count }
    public func matchesAnywhere(in text: [Unicode.Scalar]) -> Bool { firstMatch(in: text) != nil }
    public func split(_ text: [Unicode.Scalar]) -> [String?] { [] }
    public static func escape(_ s: String) -> String { s }
}
