/// Parses pattern text into `RegexNode`s following CPython 3.11's `re._parser`: the same
/// accepted syntax, the same error messages and positions for malformed patterns.
struct RegexParser {
    struct Result {
        let root: RegexNode
        /// Inline global flags (`(?i)` at the start) together with the options.
        let flags: RegexFlags
        let groupCount: Int
        /// Group names and their numbers.
        let groupNames: [(String, Int)]
        /// Each group's width (least and most scalars), index 0 unused.
        let groupWidths: [(Int, Int)]
    }

    private let pattern: [UInt32]
    private let patternText: String
    /// Index just past the lookahead token.
    private var index = 0
    /// The lookahead token: one scalar, or a backslash and the scalar after it.
    private var next: [UInt32]? = nil
    /// `state.flags`.
    private var flags: RegexFlags
    /// `state.groupwidths` (index 0 is group 0); nil while a group is open.
    private var groupWidths: [(Int, Int)?] = [nil]
    private var groupNames: [(String, Int)] = []
    private var lookbehindGroups: Int? = nil
    /// `state.grouprefpos`: where a conditional first named each group number.
    private var groupReferencePositions: [(group: Int, position: Int)] = []

    private var groups: Int { groupWidths.count }

    static func parse(_ pattern: String, flags: RegexFlags) throws -> Result {
        var parser = try RegexParser(pattern, flags: flags)
        let root = try parser.parseAlternation(verbose: flags.contains(.verbose), nested: 0)
        // `fix_flags`: str patterns are Unicode unless ASCII (a ValueError otherwise).
        if parser.flags.contains(.ascii) {
            if parser.flags.contains(.unicode) {
                throw PythonRegexError(.syntax, "ASCII and UNICODE flags are incompatible", position: nil, pattern: pattern)
            }
        } else {
            parser.flags.insert(.unicode)
        }
        if parser.next != nil {
            throw parser.error("unbalanced parenthesis")
        }
        for reference in parser.groupReferencePositions where reference.group >= parser.groups {
            throw PythonRegexError(.syntax, "invalid group reference \(reference.group)", position: reference.position, pattern: pattern)
        }
        return Result(root: root, flags: parser.flags, groupCount: parser.groups - 1, groupNames: parser.groupNames,
                      groupWidths: parser.groupWidths.map { $0 ?? (0, 0) })
    }

    private init(_ pattern: String, flags: RegexFlags) throws {
        self.patternText = pattern
        self.pattern = pattern.unicodeScalars.map(\.value)
        self.flags = flags
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

    private mutating func match(_ c: Unicode.Scalar) throws -> Bool {
        if let next, next.count == 1, next[0] == c.value {
            try advance()
            return true
        }
        return false
    }

    private func nextIs(_ c: Unicode.Scalar) -> Bool {
        guard let next, next.count == 1 else { return false }
        return next[0] == c.value
    }

    private var nextIsDigit: Bool {
        guard let next, next.count == 1 else { return false }
        return next[0] >= 0x30 && next[0] <= 0x39
    }

    private var tell: Int { index - (next?.count ?? 0) }

    private mutating func seek(_ position: Int) throws {
        index = position
        try advance()
    }

    private func error(_ message: String, offset: Int = 0) -> PythonRegexError {
        PythonRegexError(.syntax, message, position: tell - offset, pattern: patternText)
    }

    /// `Tokenizer.getuntil`: the scalars up to `terminator` (consumed).
    private mutating func getUntil(_ terminator: Unicode.Scalar, _ name: String) throws -> [UInt32] {
        var result: [UInt32] = []
        while true {
            let c = next
            try advance()
            guard let c else {
                if result.isEmpty { throw error("missing " + name) }
                throw error("missing \(Character(terminator)), unterminated name", offset: result.count)
            }
            if c == [terminator.value] {
                if result.isEmpty { throw error("missing " + name, offset: 1) }
                break
            }
            result += c
        }
        return result
    }

    /// `Tokenizer.checkgroupname`.
    private func checkGroupName(_ name: [UInt32], offset: Int) throws {
        if !RegexNames.isIdentifier(name) {
            throw error("bad character in group name \(RegexNames.repr(name))", offset: name.count + offset)
        }
    }

    /// `State.checklookbehindgroup`.
    private func checkLookbehindGroup(_ group: Int) throws {
        guard let lookbehindGroups else { return }
        if !checkGroup(group) { throw error("cannot refer to an open group") }
        if group >= lookbehindGroups { throw error("cannot refer to group defined in the same lookbehind subpattern") }
    }

    private func checkGroup(_ group: Int) -> Bool { group < groups && groupWidths[group] != nil }

    private static let backslash: UInt32 = 0x5C

    private static func text(_ token: [UInt32]) -> String {
        String(String.UnicodeScalarView(token.compactMap(Unicode.Scalar.init)))
    }

    private static func isWhitespace(_ token: [UInt32]) -> Bool {
        token.count == 1 && (token[0] == 0x20 || (token[0] >= 0x09 && token[0] <= 0x0D))
    }

    // MARK: Grammar

    /// `_parse_sub`.
    private mutating func parseAlternation(verbose: Bool, nested: Int) throws -> RegexNode {
        var branches: [RegexNode] = []
        var verbose = verbose
        while true {
            branches.append(try parseSequence(verbose: verbose, nested: nested + 1, first: nested == 0 && branches.isEmpty))
            if !(try match("|")) { break }
            if nested == 0 { verbose = flags.contains(.verbose) }
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    /// `_parse`.
    private mutating func parseSequence(verbose: Bool, nested: Int, first: Bool = false) throws -> RegexNode {
        var items: [RegexNode] = []
        var verbose = verbose
        while let this = next {
            if this.count == 1, this[0] == 0x7C || this[0] == 0x29 { break }  // | )
            try advance()
            if verbose {
                if Self.isWhitespace(this) { continue }
                if this == [0x23] {  // #
                    while let t = try get(), t != [0x0A] {}
                    continue
                }
            }
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
                if let group = try parseGroup(verbose: &verbose, nested: nested, first: first, precededByItems: !items.isEmpty) {
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
                try seek(here)
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
            if value >= RegexNode.maxRepeat {
                throw PythonRegexError(.syntax, "the repetition number is too large", position: nil, pattern: patternText)
            }
        }
        return value
    }

    /// After `(`. Returns nil for constructs that add no item (comments, global flags).
    private mutating func parseGroup(verbose: inout Bool, nested: Int, first: Bool, precededByItems: Bool) throws -> RegexNode? {
        let start = tell - 1
        var capture = true
        var atomic = false
        var name: [UInt32]? = nil
        var add: RegexFlags = []
        var remove: RegexFlags = []
        if try match("?") {
            guard let char = try get() else { throw error("unexpected end of pattern") }
            let c = char.count == 1 ? char[0] : 0x5C
            switch Unicode.Scalar(c)! {
            case "P":
                if try match("<") {
                    name = try getUntil(">", "group name")
                    try checkGroupName(name!, offset: 1)
                } else if try match("=") {
                    let refName = try getUntil(")", "group name")
                    try checkGroupName(refName, offset: 1)
                    guard let group = groupNames.first(where: { $0.0.unicodeScalars.map(\.value) == refName })?.1 else {
                        throw error("unknown group name \(RegexNames.repr(refName))", offset: refName.count + 1)
                    }
                    if !checkGroup(group) { throw error("cannot refer to an open group", offset: refName.count + 1) }
                    try checkLookbehindGroup(group)
                    return .backreference(group)
                } else {
                    guard let after = try get() else { throw error("unexpected end of pattern") }
                    throw error("unknown extension ?P" + Self.text(after), offset: after.count + 2)
                }
            case ":": capture = false
            case "#":
                while true {
                    guard next != nil else { throw error("missing ), unterminated comment", offset: tell - start) }
                    if let t = try get(), t == [0x29] { break }
                }
                return nil
            case "=", "!", "<":
                var kind = c
                var behind = false
                var outerLookbehind: Int?? = .none
                if c == 0x3C {
                    guard let after = try get() else { throw error("unexpected end of pattern") }
                    guard after.count == 1, after[0] == 0x3D || after[0] == 0x21 else {
                        throw error("unknown extension ?<" + Self.text(after), offset: after.count + 2)
                    }
                    kind = after[0]
                    behind = true
                    outerLookbehind = .some(lookbehindGroups)
                    if lookbehindGroups == nil { lookbehindGroups = groups }
                }
                let body = try parseAlternation(verbose: verbose, nested: nested + 1)
                if behind, case .some(nil) = outerLookbehind { lookbehindGroups = nil }
                if !(try match(")")) { throw error("missing ), unterminated subpattern", offset: tell - start) }
                return .lookaround(behind: behind, negated: kind == 0x21, body)
            case "(":
                return try parseConditional(verbose: verbose, nested: nested, start: start)
            case ">":
                capture = false
                atomic = true
            case "a", "i", "L", "m", "s", "t", "u", "x", "-":
                guard let scoped = try parseFlags(c) else {
                    if !first || precededByItems {
                        throw error("global flags not at the start of the expression", offset: tell - start)
                    }
                    verbose = flags.contains(.verbose)
                    return nil
                }
                (add, remove) = scoped
                capture = false
            default:
                throw error("unknown extension ?" + Self.text(char), offset: char.count + 1)
            }
        }
        var groupIndex: Int? = nil
        if capture {
            groupIndex = groups
            groupWidths.append(nil)
            if let name {
                let key = Self.text(name)
                if let old = groupNames.first(where: { $0.0.unicodeScalars.elementsEqual(key.unicodeScalars) }) {
                    throw error("redefinition of group name \(RegexNames.repr(name)) as group \(groupIndex!); was group \(old.1)",
                                offset: name.count + 1)
                }
                groupNames.append((key, groupIndex!))
            }
        }
        let subVerbose = (verbose || add.contains(.verbose)) && !remove.contains(.verbose)
        let body = try parseAlternation(verbose: subVerbose, nested: nested + 1)
        if !(try match(")")) {
            throw error("missing ), unterminated subpattern", offset: tell - start)
        }
        if let groupIndex {
            groupWidths[groupIndex] = body.width(groupWidths.map { $0 ?? (0, 0) })
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

    /// After `(?(`.
    private mutating func parseConditional(verbose: Bool, nested: Int, start: Int) throws -> RegexNode {
        let name = try getUntil(")", "group name")
        let group: Int
        if RegexNames.isIdentifier(name) {
            guard let g = groupNames.first(where: { $0.0.unicodeScalars.map(\.value) == name })?.1 else {
                throw error("unknown group name \(RegexNames.repr(name))", offset: name.count + 1)
            }
            group = g
        } else {
            guard let g = RegexNames.pythonInt(name), g >= 0 else {
                throw error("bad character in group name \(RegexNames.repr(name))", offset: name.count + 1)
            }
            if g == 0 { throw error("bad group number", offset: name.count + 1) }
            if g >= 1_073_741_823 { throw error("invalid group reference \(g)", offset: name.count + 1) }
            if !groupReferencePositions.contains(where: { $0.group == g }) {
                groupReferencePositions.append((g, tell - name.count - 1))
            }
            group = g
        }
        try checkLookbehindGroup(group)
        let yes = try parseSequence(verbose: verbose, nested: nested + 1)
        var no: RegexNode? = nil
        if try match("|") {
            no = try parseSequence(verbose: verbose, nested: nested + 1)
            if nextIs("|") { throw error("conditional backref with more than two branches") }
        }
        if !(try match(")")) { throw error("missing ), unterminated subpattern", offset: tell - start) }
        return .conditional(group: group, yes: yes, no: no)
    }

    private static func flag(_ c: UInt32) -> RegexFlags? {
        switch Unicode.Scalar(c) {
        case "i": return .ignoreCase
        case "L": return .locale
        case "m": return .multiline
        case "s": return .dotAll
        case "x": return .verbose
        case "a": return .ascii
        case "t": return .template
        case "u": return .unicode
        default: return nil
        }
    }

    /// The scalar of a token (a backslash for an escape), or nil at the end.
    private mutating func nextFlagChar() throws -> [UInt32]? { try get() }

    private static func isAlpha(_ token: [UInt32]) -> Bool {
        token.count == 1 && Unicode.Scalar(token[0]).map(PythonCharacterClass.isAlpha) == true
    }

    /// `_parse_flags`: nil for global flags `(?i)`, else the scoped flags of `(?i-s:...)`.
    private mutating func parseFlags(_ firstChar: UInt32) throws -> (RegexFlags, RegexFlags)? {
        var add: RegexFlags = []
        var remove: RegexFlags = []
        var char: [UInt32]? = [firstChar]
        if firstChar != 0x2D {
            while true {
                let f = Self.flag(char![0])!
                if f == .locale { throw error("bad inline flags: cannot use 'L' flag with a str pattern") }
                add.formUnion(f)
                if !f.intersection(RegexFlags.typeFlags).isEmpty && add.intersection(RegexFlags.typeFlags) != f {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                }
                char = try nextFlagChar()
                guard let c = char else { throw error("missing -, : or )") }
                if c == [0x29] || c == [0x2D] || c == [0x3A] { break }
                if c.count != 1 || Self.flag(c[0]) == nil {
                    throw error(Self.isAlpha(c) ? "unknown flag" : "missing -, : or )", offset: c.count)
                }
            }
        }
        if char == [0x29] {
            flags.formUnion(add)
            return nil
        }
        if add.contains(.template) { throw error("bad inline flags: cannot turn on global flag", offset: 1) }
        if char == [0x2D] {
            char = try nextFlagChar()
            guard let c = char else { throw error("missing flag") }
            if c.count != 1 || Self.flag(c[0]) == nil {
                throw error(Self.isAlpha(c) ? "unknown flag" : "missing flag", offset: c.count)
            }
            while true {
                let f = Self.flag(char![0])!
                if !f.intersection(RegexFlags.typeFlags).isEmpty {
                    throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                }
                remove.formUnion(f)
                char = try nextFlagChar()
                guard let c = char else { throw error("missing :") }
                if c == [0x3A] { break }
                if c.count != 1 || Self.flag(c[0]) == nil {
                    throw error(Self.isAlpha(c) ? "unknown flag" : "missing :", offset: c.count)
                }
            }
        }
        if remove.contains(.template) { throw error("bad inline flags: cannot turn off global flag", offset: 1) }
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

    /// `\x..`, `\u....`, `\U........`, `\N{...}`: shared by both escape kinds. Nil if not one.
    private mutating func codeEscape(_ escape: [UInt32]) throws -> RegexNode? {
        let width: Int
        switch escape[1] {
        case 0x78: width = 2
        case 0x75: width = 4
        case 0x55: width = 8
        case 0x4E:
            if !(try match("{")) { throw error("missing {") }
            let name = try getUntil("}", "character name")
            guard let code = RegexNames.lookup(name) else {
                throw error("undefined character name \(RegexNames.repr(name))", offset: name.count + 4)
            }
            return .literal(code)
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
        if let node = try codeEscape(escape) { return node }
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
        if let node = try codeEscape(escape) { return node }
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
            if group < groups {
                if !checkGroup(group) {
                    throw error("cannot refer to an open group", offset: 1 + digits.count)
                }
                try checkLookbehindGroup(group)
                return .backreference(group)
            }
            throw error("invalid group reference \(group)", offset: digits.count)
        }
        if Self.isASCIILetter(c) {
            throw error("bad escape \(Self.text(escape))", offset: 2)
        }
        return .literal(c)
    }
}
