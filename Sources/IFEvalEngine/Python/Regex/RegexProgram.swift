/// A compiled pattern: instructions for the backtracking matcher, in the spirit of
/// CPython's `sre` code (same search order, same repeat rules).
enum RegexInstruction: Sendable {
    case char(RegexCharMatcher)
    case assert(RegexAssertion)
    /// Try `primary` first; on failure resume at `alternative`.
    case split(primary: Int, alternative: Int)
    case jump(Int)
    /// Record the current position in a capture slot (2 per group).
    case save(slot: Int)
    /// A repeat of one single-scalar item (CPython's REPEAT_ONE / MIN_REPEAT_ONE).
    /// Possessive repeats (greedy, never give back) have `possessive` set.
    case repeatOne(RegexCharMatcher, min: Int, max: Int, greedy: Bool, possessive: Bool)
    /// `(?>`: a barrier below which the body's alternatives are dropped at `atomicEnd`.
    case atomicStart
    case atomicEnd
    /// A general repeat: opens a repeat context, then jumps to its `until`.
    case repeatStart(min: Int, max: Int, greedy: Bool, until: Int)
    /// End of a general repeat body (MAX_UNTIL / MIN_UNTIL); `start` is its repeatStart.
    case repeatUntil(start: Int)
    /// `\1`: the text of a group again (compared through `fold`).
    case backreference(group: Int, fold: RegexFold)
    /// A lookaround: its body starts at the next instruction, `behind` scalars back, and
    /// ends with `lookEnd`; the pattern goes on at `end + 1`.
    case lookStart(negated: Bool, behind: Int, end: Int)
    case lookEnd
    /// `(?(group)`: go on if the group matched, else jump to `no`.
    case condition(group: Int, no: Int)
    case match
}

/// How a comparison folds case: not at all, `re.ASCII | re.IGNORECASE`, or Unicode.
enum RegexFold: Sendable {
    case none, ascii, unicode

    @inline(__always)
    func apply(_ c: UInt32) -> UInt32 {
        switch self {
        case .none: return c
        case .ascii: return c >= 0x41 && c <= 0x5A ? c + 32 : c
        case .unicode: return RegexCaseFolding.lower(c)
        }
    }
}

/// Zero-width tests with flags resolved.
enum RegexAssertion: Sendable {
    case beginning, beginningOfLine, end, endOfLine, beginningOfString, endOfString, boundary, nonBoundary
    case asciiBoundary, asciiNonBoundary
}

struct RegexProgram: Sendable {
    var instructions: [RegexInstruction] = []
    var groupCount = 0
    /// True if some repeat is a general one, a group is atomic, or the pattern has
    /// lookarounds, backreferences or conditionals (then failure memoisation is not known
    /// to be sound and stays off).
    var hasGeneralRepeat = false
    /// The repeatStart instructions of possessive general repeats (sre's
    /// POSSESSIVE_REPEAT, which opens no repeat context).
    var possessiveRepeats: Set<Int> = []
    /// Instructions reachable from several paths, where memoisation pays off.
    var joinPoints: [Int] = []
    /// Literal pattern (no metacharacters after flags): matched by direct comparison.
    var literalMatchers: [RegexCharMatcher]? = nil
    /// A scalar test every match must start with, to skip hopeless start positions.
    var firstChar: RegexScalarFilter? = nil
    /// Scalar tests that some scalar of every match passes (sre's required literals):
    /// a start position after the last scalar passing one of them cannot match.
    var required: [RegexScalarFilter] = []
    /// sre's INFO charset when it differs from the pattern's own first item: CPython
    /// compiles a leading set's categories with the pattern's global flags even inside
    /// `(?a:...)` / `(?u:...)`, and tries only start positions passing it.
    var infoCharset: RegexScalarFilter? = nil
    /// sre's INFO minimum: the least width of the pattern (`getwidth()`, where a
    /// backreference counts as its group's width). No match is tried with fewer scalars
    /// left after the search's start.
    var minimumLength = 0
    /// Whether sre also skips later start positions with fewer than `minimumLength - 1`
    /// scalars left (its general search loop ends at `end - (min - 1)`); not when the
    /// pattern has a literal prefix or a leading character set (those loops try every
    /// position). It shows only when a backreference matches less than its group's width.
    var minimumAtEachStart = false

    static func compile(_ parsed: RegexParser.Result, flags: RegexFlags, pattern: String) throws -> RegexProgram {
        var compiler = RegexCompiler(groupWidths: parsed.groupWidths, pattern: pattern)
        try compiler.emit(parsed.root, flags: flags)
        compiler.program.instructions.append(.match)
        var program = compiler.program
        program.groupCount = parsed.groupCount
        if program.hasGeneralRepeat {
            // Programs without general repeats are made linear by the failure memo.
            var required: [UInt32] = []
            requiredLiterals(parsed.root, flags: flags, into: &required)
            program.required = required.map { RegexScalarFilter(.literal($0, negated: false, fold: RegexCompiler.fold(flags))) }
        }
        let minimum = parsed.root.width(parsed.groupWidths).0
        program.minimumLength = minimum
        program.minimumAtEachStart = minimum > 0 && !sreHasPrefixOrCharset(parsed.root, flags: flags)
        if minimum > 0 {
            program.infoCharset = infoCharset(parsed.root, outer: flags, flags: flags).map(RegexScalarFilter.init)
        }
        program.literalMatchers = literalRun(parsed.root, flags: flags)
        program.firstChar = (program.literalMatchers?.first ?? leadingChar(parsed.root, flags: flags)).map(RegexScalarFilter.init)
        var joins = Set<Int>()
        for (pc, instruction) in program.instructions.enumerated() {
            switch instruction {
            case .split(_, let alternative): joins.insert(alternative)
            case .jump(let target): joins.insert(target)
            case .repeatOne: joins.insert(pc + 1)
            default: break
            }
        }
        program.joinPoints = joins.sorted()
        return program
    }

    /// The matchers of a pattern made only of literals (no groups, anchors or repeats).
    private static func literalRun(_ node: RegexNode, flags: RegexFlags) -> [RegexCharMatcher]? {
        switch node {
        case .literal(let c):
            return [RegexCharMatcher.literal(c, negated: false, fold: RegexCompiler.fold(flags))]
        case .sequence(let items):
            var out: [RegexCharMatcher] = []
            for item in items {
                guard let part = literalRun(item, flags: flags) else { return nil }
                out += part
            }
            return out.isEmpty ? nil : out
        default:
            return nil
        }
    }

    /// Whether `_compile_info` finds a literal prefix (`_get_literal_prefix`) or a
    /// leading character set (`_get_charset_prefix`) for a pattern of positive width,
    /// on the tree sre's parser builds (a first item common to all branches of an
    /// alternation moved out of it; branches of single literals and sets made one set).
    private static func sreHasPrefixOrCharset(_ node: RegexNode, flags: RegexFlags) -> Bool {
        literalPrefix(node, flags: flags).count > 0 || charsetPrefix(node, flags: flags)
    }

    private static func sreCased(_ c: UInt32, _ flags: RegexFlags) -> Bool {
        guard flags.contains(.ignoreCase) else { return false }
        return flags.contains(.unicode) ? RegexCaseFolding.isCased(c) : RegexCaseFolding.isCasedASCII(c)
    }

    /// The literal every branch of an alternation starts with, if there is one.
    private static func commonFirstLiteral(_ branches: [RegexNode]) -> UInt32? {
        var common: UInt32? = nil
        for branch in branches {
            var first = branch
            if case .sequence(let items) = branch {
                guard let head = items.first else { return nil }
                first = head
            }
            guard case .literal(let c) = first, common == nil || common == c else { return nil }
            common = c
        }
        return common
    }

    /// `_get_literal_prefix`: how many literals lead (only whether any do matters), and
    /// whether the whole node was literal.
    private static func literalPrefix(_ node: RegexNode, flags: RegexFlags) -> (count: Int, all: Bool) {
        let items: [RegexNode]
        if case .sequence(let nodes) = node { items = nodes } else { items = [node] }
        var count = 0
        for item in items {
            switch item {
            case .literal(let c):
                if sreCased(c, flags) { return (count, false) }
                count += 1
            case .group(_, let add, let remove, let body):
                let inner = literalPrefix(body, flags: flags.combined(add: add, remove: remove))
                count += inner.count
                if !inner.all { return (count, false) }
            case .alternation(let branches):
                if let c = commonFirstLiteral(branches), !sreCased(c, flags) { count += 1 }
                return (count, false)
            default:
                return (count, false)
            }
        }
        return (count, true)
    }

    /// `_get_charset_prefix`.
    private static func charsetPrefix(_ node: RegexNode, flags: RegexFlags) -> Bool {
        switch node {
        case .sequence(let items):
            guard let first = items.first else { return false }
            return charsetPrefix(first, flags: flags)
        case .group(_, let add, let remove, let body):
            return charsetPrefix(body, flags: flags.combined(add: add, remove: remove))
        case .literal(let c):
            return !sreCased(c, flags)
        case .category:
            return true
        case .set(_, let items):
            return setIsUncased(items, flags)
        case .alternation(let branches):
            if let c = commonFirstLiteral(branches) { return !sreCased(c, flags) }
            var union: [RegexSetItem] = []
            var isSet = true
            for branch in branches {
                switch branch {
                case .literal(let c): union.append(.literal(c))
                case .set(false, let members): union += members
                case .category(let category): union.append(.category(category))
                default: isSet = false
                }
            }
            if isSet { return setIsUncased(union, flags) }
            // A BRANCH: each alternative must start with an uncased literal.
            return branches.allSatisfy { branch in
                var first = branch
                if case .sequence(let items) = branch {
                    guard let head = items.first else { return false }
                    first = head
                }
                if case .literal(let c) = first { return !sreCased(c, flags) }
                return false
            }
        default:
            return false
        }
    }

    private static func setIsUncased(_ items: [RegexSetItem], _ flags: RegexFlags) -> Bool {
        guard flags.contains(.ignoreCase) else { return true }
        for item in items {
            switch item {
            case .literal(let c): if sreCased(c, flags) { return false }
            case .range(let a, let b): if b > 0xFFFF || (a...b).contains(where: { sreCased($0, flags) }) { return false }
            case .category: break
            }
        }
        return true
    }

    /// `_get_charset_prefix` where a scoped type flag changes a category's meaning.
    private static func infoCharset(_ node: RegexNode, outer: RegexFlags, flags: RegexFlags) -> RegexCharMatcher? {
        let negated: Bool
        let items: [RegexSetItem]
        switch node {
        case .sequence(let nodes):
            guard let first = nodes.first else { return nil }
            return infoCharset(first, outer: outer, flags: flags)
        case .group(_, let add, let remove, let body):
            return infoCharset(body, outer: outer, flags: flags.combined(add: add, remove: remove))
        case .category(let category):
            (negated, items) = (false, [.category(category)])
        case .set(let n, let members):
            (negated, items) = (n, members)
        default:
            return nil
        }
        guard flags.contains(.unicode) != outer.contains(.unicode),
              items.contains(where: { if case .category = $0 { return true } else { return false } }) else { return nil }
        if flags.contains(.ignoreCase) {
            let unicode = flags.contains(.unicode)
            func cased(_ c: UInt32) -> Bool { unicode ? RegexCaseFolding.isCased(c) : RegexCaseFolding.isCasedASCII(c) }
            for item in items {
                switch item {
                case .literal(let c): if cased(c) { return nil }
                case .range(let a, let b): if b > 0xFFFF || (a...b).contains(where: cased) { return nil }
                case .category: break
                }
            }
        }
        return .set(items, negated: negated, fold: .none, ascii: !outer.contains(.unicode))
    }

    /// Up to three literals that every match consumes (sre's required literals), each
    /// with the flags in force where it stands (only IGNORECASE matters: the literal is
    /// kept as written and compiled with the pattern's folding, which is then the
    /// same for all of them, or none is taken).
    private static func requiredLiterals(_ node: RegexNode, flags: RegexFlags, into out: inout [UInt32], outer: RegexFlags? = nil) {
        guard out.count < 3 else { return }
        let outer = outer ?? flags
        switch node {
        case .literal(let c):
            if RegexCompiler.fold(flags) == RegexCompiler.fold(outer) && !out.contains(c) { out.append(c) }
        case .sequence(let items):
            for item in items { requiredLiterals(item, flags: flags, into: &out, outer: outer) }
        case .group(_, let add, let remove, let body):
            requiredLiterals(body, flags: flags.combined(add: add, remove: remove), into: &out, outer: outer)
        case .repetition(let body, let min, _, _):
            if min >= 1 { requiredLiterals(body, flags: flags, into: &out, outer: outer) }
        case .atomic(let body, _):
            requiredLiterals(body, flags: flags, into: &out, outer: outer)
        default:
            break
        }
    }

    /// A single-scalar item every match begins with, if there is an obvious one.
    private static func leadingChar(_ node: RegexNode, flags: RegexFlags) -> RegexCharMatcher? {
        switch node {
        case .literal, .notLiteral, .any, .set, .category:
            return RegexCompiler.charMatcher(node, flags: flags)
        case .sequence(let items):
            // Anchors consume nothing: the first consuming item decides.
            guard let first = items.first(where: { !$0.isAnchor }) else { return nil }
            return leadingChar(first, flags: flags)
        case .group(_, let add, let remove, let body):
            return leadingChar(body, flags: flags.combined(add: add, remove: remove))
        case .repetition(let body, let min, _, _):
            return min >= 1 ? leadingChar(body, flags: flags) : nil
        case .atomic(let body, _):
            return leadingChar(body, flags: flags)
        default:
            return nil
        }
    }
}

private struct RegexCompiler {
    var program = RegexProgram()
    let groupWidths: [(Int, Int)]
    let pattern: String

    init(groupWidths: [(Int, Int)], pattern: String) {
        self.groupWidths = groupWidths
        self.pattern = pattern
    }

    private var pc: Int { program.instructions.count }

    /// How IGNORECASE compares under these flags.
    static func fold(_ flags: RegexFlags) -> RegexFold {
        guard flags.contains(.ignoreCase) else { return .none }
        return flags.contains(.unicode) ? .unicode : .ascii
    }

    static func charMatcher(_ node: RegexNode, flags: RegexFlags) -> RegexCharMatcher? {
        let fold = fold(flags)
        let ascii = !flags.contains(.unicode)
        switch node {
        case .literal(let c): return .literal(c, negated: false, fold: fold)
        case .notLiteral(let c): return .literal(c, negated: true, fold: fold)
        case .any: return flags.contains(.dotAll) ? .anything : .anyButNewline
        case .category(let category): return .category(ascii ? category.ascii : category)
        case .set(let negated, let items): return .set(items, negated: negated, fold: fold, ascii: ascii)
        case .sequence(let items) where items.count == 1: return charMatcher(items[0], flags: flags)
        case .group(nil, let add, let remove, let body):
            return charMatcher(body, flags: flags.combined(add: add, remove: remove))
        case .alternation(let branches):
            // CPython turns an alternation of literals and plain sets into one set.
            var items: [RegexSetItem] = []
            for branch in branches {
                switch branch {
                case .literal(let c): items.append(.literal(c))
                case .set(false, let members): items += members
                case .category(let category): items.append(.category(category))
                default: return nil
                }
            }
            return .set(items, negated: false, fold: fold, ascii: ascii)
        default: return nil
        }
    }

    /// A compile-time `re.error` (CPython raises these in `_compiler`, without position).
    private func error(_ message: String) -> PythonRegexError {
        PythonRegexError(.syntax, message, position: nil, pattern: pattern)
    }

    /// Compiles a part that matches nothing (`x{0}`) only for CPython's compile errors.
    private func validate(_ node: RegexNode, flags: RegexFlags) throws {
        var scratch = RegexCompiler(groupWidths: groupWidths, pattern: pattern)
        try scratch.emit(node, flags: flags)
    }

    mutating func emit(_ node: RegexNode, flags: RegexFlags) throws {
        if let matcher = Self.charMatcher(node, flags: flags) {
            program.instructions.append(.char(matcher))
            return
        }
        switch node {
        case .literal, .notLiteral, .any, .category, .set:
            preconditionFailure("handled as a single scalar above")
        case .anchor(let anchor):
            program.instructions.append(.assert(Self.assertion(anchor, flags: flags)))
        case .sequence(let items):
            for item in items { try emit(item, flags: flags) }
        case .alternation(let branches):
            var jumpsToEnd: [Int] = []
            for (i, branch) in branches.enumerated() {
                let isLast = i == branches.count - 1
                var split = -1
                if !isLast {
                    split = pc
                    program.instructions.append(.jump(-1))  // patched below
                }
                try emit(branch, flags: flags)
                if !isLast {
                    jumpsToEnd.append(pc)
                    program.instructions.append(.jump(-1))
                    program.instructions[split] = .split(primary: split + 1, alternative: pc)
                }
            }
            for j in jumpsToEnd { program.instructions[j] = .jump(pc) }
        case .atomic(let body, let possessive):
            if possessive && flags.contains(.template) { throw error("internal: unsupported template operator POSSESSIVE_REPEAT") }
            if case .repetition(let item, let min, let max, true) = body, let matcher = Self.charMatcher(item, flags: flags) {
                if max == 0 { return try validate(item, flags: flags) }
                program.instructions.append(.repeatOne(matcher, min: min, max: max ?? Int.max, greedy: true, possessive: true))
                return
            }
            program.hasGeneralRepeat = true
            program.instructions.append(.atomicStart)
            if possessive { program.possessiveRepeats.insert(pc) }
            if possessive, case .repetition(let item, let min, let max, true) = body, max != 0 {
                // sre's POSSESSIVE_REPEAT matches each iteration on its own and never
                // backtracks into one, the required ones included: `(?>(?>x){m,n})`.
                try emit(.repetition(.atomic(item, possessive: false), min: min, max: max, greedy: true),
                         flags: flags.subtracting(.template))
            } else {
                try emit(body, flags: possessive ? flags.subtracting(.template) : flags)
            }
            program.instructions.append(.atomicEnd)
        case .group(let index, let add, let remove, let body):
            let inner = flags.combined(add: add, remove: remove)
            if let index { program.instructions.append(.save(slot: 2 * index)) }
            try emit(body, flags: inner)
            if let index { program.instructions.append(.save(slot: 2 * index + 1)) }
        case .repetition(let body, let min, let max, let greedy):
            if flags.contains(.template) {
                throw error("internal: unsupported template operator \(greedy ? "MAX_REPEAT" : "MIN_REPEAT")")
            }
            let upper = max ?? Int.max
            if upper == 0 { return try validate(body, flags: flags) }
            if let matcher = Self.charMatcher(body, flags: flags) {
                program.instructions.append(.repeatOne(matcher, min: min, max: upper, greedy: greedy, possessive: false))
                return
            }
            program.hasGeneralRepeat = true
            let start = pc
            program.instructions.append(.jump(-1))  // patched below
            try emit(body, flags: flags)
            let until = pc
            program.instructions.append(.repeatUntil(start: start))
            program.instructions[start] = .repeatStart(min: min, max: upper, greedy: greedy, until: until)
        case .backreference(let group):
            program.hasGeneralRepeat = true
            program.instructions.append(.backreference(group: group, fold: Self.fold(flags)))
        case .lookaround(let behind, let negated, let body):
            program.hasGeneralRepeat = true
            var back = 0
            if behind {
                let (lo, hi) = body.width(groupWidths)
                if lo != hi { throw error("look-behind requires fixed-width pattern") }
                back = lo
            }
            let start = pc
            program.instructions.append(.lookEnd)  // patched below
            try emit(body, flags: flags)
            program.instructions[start] = .lookStart(negated: negated, behind: back, end: pc)
            program.instructions.append(.lookEnd)
        case .conditional(let group, let yes, let no):
            program.hasGeneralRepeat = true
            let start = pc
            program.instructions.append(.lookEnd)  // patched below
            try emit(yes, flags: flags)
            if let no {
                let jump = pc
                program.instructions.append(.jump(-1))
                program.instructions[start] = .condition(group: group, no: pc)
                try emit(no, flags: flags)
                program.instructions[jump] = .jump(pc)
            } else {
                program.instructions[start] = .condition(group: group, no: pc)
            }
        }
    }

    static func assertion(_ anchor: RegexAnchor, flags: RegexFlags) -> RegexAssertion {
        let multiline = flags.contains(.multiline)
        let ascii = !flags.contains(.unicode)
        switch anchor {
        case .beginning: return multiline ? .beginningOfLine : .beginning
        case .end: return multiline ? .endOfLine : .end
        case .beginningOfString: return .beginningOfString
        case .endOfString: return .endOfString
        case .boundary: return ascii ? .asciiBoundary : .boundary
        case .nonBoundary: return ascii ? .asciiNonBoundary : .nonBoundary
        }
    }
}
