/// Parses pattern text into `RegexNode`s following CPython 3.11's `re._parser`: the same
/// accepted syntax, the same error messages and positions for malformed patterns.
struct RegexParser {
    struct Result {
        let root: RegexNode
        let globalFlags: RegexFlags
        let groupCount: Int
    }

    private let pattern: [UInt32]
    private let patternText: String
    /// Index just past the lookahead token.
    private var index = 0
    /// The lookahead token: one scalar, or a backslash and the scalar after it.
    private var next: [UInt32]? = nil
    private var groupCount = 0
    private var openGroups = Set<Int>()
    private var globalFlags: RegexFlags = []

    static func parse(_ pattern: String) throws -> Result {
        var parser = try RegexParser(pattern)
        let root = try parser.parseAlternation(nested: 0)
        if parser.next != nil {
            throw parser.error("unbalanced parenthesis")
        }
        return Result(root: root, globalFlags: parser.globalFlags, groupCount: parser.groupCount)
    }

    private init(_ pattern: String) throws {
        self.patternText = pattern
        self.pattern = pattern.unicodeScalars.map(\.value)
        try advance()
    }

    // MARK: Tokenizer (one token of lookahead, as CPython's)

    private mutating func advance() throws {
        guard index < pattern.count else { next = nil; return }
        var token = [pattern[index]]
        if pattern[index] == Self.backslash {
            guard index + 1 < pattern.count else {
                throw PythonRegexError(.syntax, "bad escape (end of pattern)", position: pattern.count - 1, pattern: patternText)
            }
            token.append(pattern[index + 1])
            index += 1
        }
        index += 1
        next = token
    }

    private mutating func get() throws -> [UInt32]? {
        let token = next
        try advance()
        return token
    }

    private mutating func match(_ c: Character) throws -> Bool {
        if let next, next.count == 1, next[0] == c.unicodeScalars.first!.value {
            try advance()
            return true
        }
        return false
    }

    private func nextIs(_ c: Character) -> Bool {
        guard let next, next.count == 1 else { return false }
        return next[0] == c.unicodeScalars.first!.value
    }

    private var nextIsDigit: Bool {
        guard let next, next.count == 1 else { return false }
        return next[0] >= 0x30 && next[0] <= 0x39
    }

    private var tell: Int { index - (next?.count ?? 0) }

    private func error(_ message: String, offset: Int = 0) -> PythonRegexError {
        PythonRegexError(.syntax, message, position: tell - offset, pattern: patternText)
    }

    private func unsupported(_ what: String, at position: Int) -> PythonRegexError {
        PythonRegexError(.unsupported, "unsupported: \(what)", position: position, pattern: patternText)
    }

    private static let backslash: UInt32 = 0x5C

    private static func text(_ token: [UInt32]) -> String {
        String(String.UnicodeScalarView(token.compactMap(Unicode.Scalar.init)))
    }

    // MARK: Grammar

    private mutating func parseAlternation(nested: Int) throws -> RegexNode {
        var branches: [RegexNode] = []
        while true {
            branches.append(try parseSequence(nested: nested + 1, first: nested == 0 && branches.isEmpty))
            if !(try match("|")) { break }
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseSequence(nested: Int, first: Bool) throws -> RegexNode {
        var items: [RegexNode] = []
        while let this = next {
            if this.count == 1, this[0] == 0x7C || this[0] == 0x29 { break }  // | )
            try advance()
            if this.count == 2 {
                items.append(try parseEscape(this))
                continue
            }
            switch this[0] {
            case 0x5B: items.append(try parseSet())  // [
            case 0x2A, 0x2B, 0x3F, 0x7B:  // * + ? {
                try parseRepeat(this[0], items: &items)
            case 0x2E: items.append(.any)
            case 0x5E: items.append(.anchor(.beginning))
            case 0x24: items.append(.anchor(.end))
            case 0x28:  // (
                if let group = try parseGroup(nested: nested, first: first, precededByItems: !items.isEmpty) {
                    items.append(group)
                }
            default: items.append(.literal(this[0]))
            }
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func parseRepeat(_ quantifier: UInt32, items: inout [RegexNode]) throws {
        let here = tell
        var minCount = 0
        var maxCount: Int? = nil
        switch quantifier {
        case 0x3F: maxCount = 1
        case 0x2A: break
        case 0x2B: minCount = 1
        default:  // {
            if nextIs("}") { items.append(.literal(quantifier)); return }
            var low: [UInt32] = []
            var high: [UInt32] = []
            while nextIsDigit { low.append(try get()![0]) }
            if try match(",") {
                while nextIsDigit { high.append(try get()![0]) }
            } else {
                high = low
            }
            if !(try match("}")) {
                items.append(.literal(quantifier))
                index = here
                try advance()
                return
            }
            if !low.isEmpty { minCount = try repeatNumber(low) }
            if !high.isEmpty {
                let value = try repeatNumber(high)
                if value < minCount { throw error("min repeat greater than max repeat", offset: tell - here) }
                maxCount = value
            }
        }
        guard let item = items.last, !item.isAnchor else {
            throw error("nothing to repeat", offset: tell - here + 1)
        }
        if item.isRepetition { throw error("multiple repeat", offset: tell - here + 1) }
        if try match("?") {
            items[items.count - 1] = .repetition(item, min: minCount, max: maxCount, greedy: false)
        } else if try match("+") {
            items[items.count - 1] = .atomic(.repetition(item, min: minCount, max: maxCount, greedy: true), possessive: true)
        } else {
            items[items.count - 1] = .repetition(item, min: minCount, max: maxCount, greedy: true)
        }
    }

    /// CPython's MAXREPEAT is 2**32 - 1; counts at or above it are an OverflowError.
    private func repeatNumber(_ digits: [UInt32]) throws -> Int {
        var value = 0
        for d in digits {
            value = value * 10 + Int(d - 0x30)
            if value >= 4_294_967_295 {
                throw PythonRegexError(.syntax, "the repetition number is too large", position: nil, pattern: patternText)
            }
        }
        return value
    }

    /// After `(`. Returns nil for constructs that add no item (comments, global flags).
    private mutating func parseGroup(nested: Int, first: Bool, precededByItems: Bool) throws -> RegexNode? {
        let start = tell - 1
        var capture = true
        var atomic = false
        var add: RegexFlags = []
        var remove: RegexFlags = []
        if try match("?") {
            guard let char = try get() else { throw error("unexpected end of pattern") }
            let c = char.count == 1 ? char[0] : 0
            switch char.count == 1 ? Character(Unicode.Scalar(c)!) : "\\" {
            case ":": capture = false
            case "#":
                while true {
                    guard next != nil else { throw error("missing ), unterminated comment", offset: tell - start) }
                    if let t = try get(), t.count == 1, t[0] == 0x29 { break }
                }
                return nil
            case "P":
                if nextIs("<") { throw unsupported("named group", at: start) }
                if nextIs("=") { throw unsupported("named backreference", at: start) }
                guard let after = try get() else { throw error("unexpected end of pattern") }
                throw error("unknown extension ?P" + Self.text(after), offset: after.count + 2)
            case "=", "!": throw unsupported("lookahead assertion", at: start)
            case "<":
                guard let after = try get() else { throw error("unexpected end of pattern") }
                if after.count == 1, after[0] == 0x3D || after[0] == 0x21 { throw unsupported("lookbehind assertion", at: start) }
                throw error("unknown extension ?<" + Self.text(after), offset: after.count + 2)
            case "(": throw unsupported("conditional group", at: start)
            case ">":
                capture = false
                atomic = true
            case "a", "i", "L", "m", "s", "t", "u", "x", "-":
                guard let flags = try parseFlags(Character(Unicode.Scalar(c)!)) else {
                    if !first || precededByItems {
                        throw error("global flags not at the start of the expression", offset: tell - start)
                    }
                    return nil
                }
                (add, remove) = flags
                capture = false
            default:
                throw error("unknown extension ?" + Self.text(char), offset: char.count + 1)
            }
        }
        var groupIndex: Int? = nil
        if capture {
            groupCount += 1
            groupIndex = groupCount
            openGroups.insert(groupCount)
        }
        let body = try parseAlternation(nested: nested + 1)
        if !(try match(")")) {
            throw error("missing ), unterminated subpattern", offset: tell - start)
        }
        if let groupIndex {
            openGroups.remove(groupIndex)
            return .group(index: groupIndex, add: [], remove: [], body)
        }
        if atomic { return .atomic(body, possessive: false) }
        if add.isEmpty && remove.isEmpty {
            // A plain (?:...) is just its contents, but stays one item for quantifiers.
            if case .sequence = body { return body }
            return .sequence([body])
        }
        return .group(index: nil, add: add, remove: remove, body)
    }

    private static func flag(_ c: Character) -> RegexFlags? {
        switch c {
        case "i": return .ignoreCase
        case "m": return .multiline
        case "s": return .dotAll
        case "u": return []
        default: return nil
        }
    }

    private static let flagLetters: Set<Character> = ["a", "i", "L", "m", "s", "t", "u", "x"]

    private mutating func nextFlagChar() throws -> Character? {
        guard let t = try get() else { return nil }
        return t.count == 1 ? Character(Unicode.Scalar(t[0])!) : "\\"
    }

    /// Inline flags after `(?`. Returns nil for global flags `(?i)`, else the scoped
    /// flags of `(?i-s:...)`.
    private mutating func parseFlags(_ firstChar: Character) throws -> (RegexFlags, RegexFlags)? {
        var add: RegexFlags = []
        var remove: RegexFlags = []
        var char: Character? = firstChar
        if firstChar != "-" {
            while true {
                let c = char!
                if c == "L" { throw error("bad inline flags: cannot use 'L' flag with a str pattern") }
                if c == "a" { throw unsupported("ASCII flag", at: tell - 1) }
                if c == "x" { throw unsupported("VERBOSE flag", at: tell - 1) }
                if c == "t" { throw unsupported("TEMPLATE flag", at: tell - 1) }
                add.formUnion(Self.flag(c)!)
                char = try nextFlagChar()
                guard let c2 = char else { throw error("missing -, : or )") }
                if c2 == ")" || c2 == "-" || c2 == ":" { break }
                if !Self.flagLetters.contains(c2) {
                    throw error(c2.isLetter ? "unknown flag" : "missing -, : or )", offset: c2 == "\\" ? 2 : 1)
                }
            }
        }
        if char == ")" {
            globalFlags.formUnion(add)
            return nil
        }
        if char == "-" {
            char = try nextFlagChar()
            guard let c = char else { throw error("missing flag") }
            if !Self.flagLetters.contains(c) {
                throw error(c.isLetter ? "unknown flag" : "missing flag", offset: c == "\\" ? 2 : 1)
            }
            while true {
                let c = char!
                if c == "a" || c == "u" || c == "L" {
                    throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                }
                if c == "x" || c == "t" { throw unsupported("VERBOSE or TEMPLATE flag", at: tell - 1) }
                remove.formUnion(Self.flag(c)!)
                char = try nextFlagChar()
                guard let c2 = char else { throw error("missing :") }
                if c2 == ":" { break }
                if !Self.flagLetters.contains(c2) {
                    throw error(c2.isLetter ? "unknown flag" : "missing :", offset: c2 == "\\" ? 2 : 1)
                }
            }
        }
        if !add.intersection(remove).isEmpty {
            throw error("bad inline flags: flag turned on and off", offset: 1)
        }
        return (add, remove)
    }

    // MARK: Sets

    private mutating func parseSet() throws -> RegexNode {
        let here = tell - 1
        var items: [RegexSetItem] = []
        let negated = try match("^")
        while true {
            guard let this = try get() else {
                throw error("unterminated character set", offset: tell - here)
            }
            if this == [0x5D], !items.isEmpty { break }  // ]
            let first: RegexNode = this.count == 2 ? try classEscape(this) : .literal(this[0])
            if try match("-") {
                guard let that = try get() else {
                    throw error("unterminated character set", offset: tell - here)
                }
                if that == [0x5D] {
                    items.append(Self.setItem(first))
                    items.append(.literal(0x2D))
                    break
                }
                let second: RegexNode = that.count == 2 ? try classEscape(that) : .literal(that[0])
                guard case .literal(let lo) = first, case .literal(let hi) = second, hi >= lo else {
                    throw error("bad character range \(Self.text(this))-\(Self.text(that))",
                                offset: this.count + 1 + that.count)
                }
                items.append(.range(lo, hi))
            } else {
                items.append(Self.setItem(first))
            }
        }
        var unique: [RegexSetItem] = []
        for item in items where !unique.contains(item) { unique.append(item) }
        if unique.count == 1, case .literal(let c) = unique[0] {
            return negated ? .notLiteral(c) : .literal(c)
        }
        return .set(negated: negated, items: unique)
    }

    private static func setItem(_ node: RegexNode) -> RegexSetItem {
        switch node {
        case .literal(let c): return .literal(c)
        case .category(let category): return .category(category)
        default: preconditionFailure("class escapes give literals or categories")
        }
    }

    private static func category(_ c: UInt32) -> RegexCategory? {
        switch c {
        case 0x64: return .digit
        case 0x44: return .notDigit
        case 0x73: return .space
        case 0x53: return .notSpace
        case 0x77: return .word
        case 0x57: return .notWord
        default: return nil
        }
    }

    /// `\a \f \n \r \t \v \\` (and `\b` = backspace inside sets).
    private static func simpleEscape(_ c: UInt32, inSet: Bool) -> UInt32? {
        switch c {
        case 0x61: return 7
        case 0x62: return inSet ? 8 : nil
        case 0x66: return 0x0C
        case 0x6E: return 0x0A
        case 0x72: return 0x0D
        case 0x74: return 0x09
        case 0x76: return 0x0B
        case 0x5C: return 0x5C
        default: return nil
        }
    }

    private static func isHex(_ c: UInt32) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }

    private static func isOctal(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x37 }

    private static func isASCIILetter(_ c: UInt32) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    /// Reads up to `n` single-scalar tokens satisfying `accept`.
    private mutating func getWhile(_ n: Int, _ accept: (UInt32) -> Bool) throws -> [UInt32] {
        var out: [UInt32] = []
        for _ in 0..<n {
            guard let t = next, t.count == 1, accept(t[0]) else { break }
            out.append(t[0])
            try advance()
        }
        return out
    }

    private static func number(_ digits: [UInt32], radix: UInt32) -> UInt32 {
        digits.reduce(0) { $0 * radix + UInt32(String(Unicode.Scalar($1)!), radix: Int(radix))! }
    }

    /// `\x..`, `\u....`, `\U........`: shared by both escape kinds. Nil if not one.
    private mutating func hexEscape(_ escape: [UInt32]) throws -> RegexNode? {
        let width: Int
        switch escape[1] {
        case 0x78: width = 2
        case 0x75: width = 4
        case 0x55: width = 8
        default: return nil
        }
        let digits = try getWhile(width, Self.isHex)
        let full = escape + digits
        if digits.count != width {
            throw error("incomplete escape \(Self.text(full))", offset: full.count)
        }
        let value = Self.number(digits, radix: 16)
        if value > 0x10FFFF { throw error("bad escape \(Self.text(full))", offset: full.count) }
        return .literal(value)
    }

    private mutating func classEscape(_ escape: [UInt32]) throws -> RegexNode {
        let c = escape[1]
        if let v = Self.simpleEscape(c, inSet: true) { return .literal(v) }
        if let category = Self.category(c) { return .category(category) }
        if let node = try hexEscape(escape) { return node }
        if c == 0x4E {
            if !nextIs("{") { throw error("missing {") }
            throw unsupported("\\N{...} escape", at: tell - 2)
        }
        if Self.isOctal(c) {
            let more = try getWhile(2, Self.isOctal)
            let value = Self.number([c] + more, radix: 8)
            if value > 0o377 {
                throw error("octal escape value \(Self.text(escape + more)) outside of range 0-0o377", offset: 2 + more.count)
            }
            return .literal(value)
        }
        if (c >= 0x30 && c <= 0x39) || Self.isASCIILetter(c) {
            throw error("bad escape \(Self.text(escape))", offset: 2)
        }
        return .literal(c)
    }

    private mutating func parseEscape(_ escape: [UInt32]) throws -> RegexNode {
        let c = escape[1]
        switch c {
        case 0x41: return .anchor(.beginningOfString)
        case 0x5A: return .anchor(.endOfString)
        case 0x62: return .anchor(.boundary)
        case 0x42: return .anchor(.nonBoundary)
        default: break
        }
        if let category = Self.category(c) { return .category(category) }
        if let v = Self.simpleEscape(c, inSet: false) { return .literal(v) }
        if let node = try hexEscape(escape) { return node }
        if c == 0x4E {
            if !nextIs("{") { throw error("missing {") }
            throw unsupported("\\N{...} escape", at: tell - 2)
        }
        if c == 0x30 {
            let more = try getWhile(2, Self.isOctal)
            return .literal(Self.number(more, radix: 8))
        }
        if c >= 0x31 && c <= 0x39 {
            var digits = [c]
            if nextIsDigit {
                digits.append(try get()![0])
                if Self.isOctal(digits[0]), Self.isOctal(digits[1]), let t = next, t.count == 1, Self.isOctal(t[0]) {
                    digits.append(try get()![0])
                    let value = Self.number(digits, radix: 8)
                    if value > 0o377 {
                        throw error("octal escape value \(Self.text([0x5C] + digits)) outside of range 0-0o377", offset: 1 + digits.count)
                    }
                    return .literal(value)
                }
            }
            let group = Int(Self.number(digits, radix: 10))
            if group <= groupCount {
                if openGroups.contains(group) {
                    throw error("cannot refer to an open group", offset: 1 + digits.count)
                }
                throw unsupported("backreference", at: tell - 1 - digits.count)
            }
            throw error("invalid group reference \(group)", offset: digits.count)
        }
        if Self.isASCIILetter(c) {
            throw error("bad escape \(Self.text(escape))", offset: 2)
        }
        return .literal(c)
    }
}
