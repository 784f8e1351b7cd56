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
    case match
}

/// Zero-width tests with flags resolved.
enum RegexAssertion: Sendable {
    case beginning, beginningOfLine, end, endOfLine, beginningOfString, endOfString, boundary, nonBoundary
}

struct RegexProgram: Sendable {
    var instructions: [RegexInstruction] = []
    var groupCount = 0
    /// True if some repeat is a general one or a group is atomic (then failure
    /// memoisation is not known to be sound and stays off).
    var hasGeneralRepeat = false
    /// Instructions reachable from several paths, where memoisation pays off.
    var joinPoints: [Int] = []
    /// Literal pattern (no metacharacters after flags): matched by direct comparison.
    var literalMatchers: [RegexCharMatcher]? = nil
    /// A scalar test every match must start with, to skip hopeless start positions.
    var firstChar: RegexScalarFilter? = nil

    static func compile(_ parsed: RegexParser.Result, flags: RegexFlags) -> RegexProgram {
        var compiler = RegexCompiler()
        compiler.emit(parsed.root, flags: flags)
        compiler.program.instructions.append(.match)
        var program = compiler.program
        program.groupCount = parsed.groupCount
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
            return [RegexCharMatcher.literal(c, negated: false, ignoreCase: flags.contains(.ignoreCase))]
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
            return leadingChar(body, flags: flags.union(add).subtracting(remove))
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

    private var pc: Int { program.instructions.count }

    static func charMatcher(_ node: RegexNode, flags: RegexFlags) -> RegexCharMatcher? {
        let ignoreCase = flags.contains(.ignoreCase)
        switch node {
        case .literal(let c): return .literal(c, negated: false, ignoreCase: ignoreCase)
        case .notLiteral(let c): return .literal(c, negated: true, ignoreCase: ignoreCase)
        case .any: return flags.contains(.dotAll) ? .anything : .anyButNewline
        case .category(let category): return .category(category)
        case .set(let negated, let items): return .set(items, negated: negated, ignoreCase: ignoreCase)
        case .sequence(let items) where items.count == 1: return charMatcher(items[0], flags: flags)
        case .group(nil, let add, let remove, let body):
            return charMatcher(body, flags: flags.union(add).subtracting(remove))
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
            return .set(items, negated: false, ignoreCase: ignoreCase)
        default: return nil
        }
    }

    mutating func emit(_ node: RegexNode, flags: RegexFlags) {
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
            for item in items { emit(item, flags: flags) }
        case .alternation(let branches):
            var jumpsToEnd: [Int] = []
            for (i, branch) in branches.enumerated() {
                let isLast = i == branches.count - 1
                var split = -1
                if !isLast {
                    split = pc
                    program.instructions.append(.jump(-1))  // patched below
                }
                emit(branch, flags: flags)
                if !isLast {
                    jumpsToEnd.append(pc)
                    program.instructions.append(.jump(-1))
                    program.instructions[split] = .split(primary: split + 1, alternative: pc)
                }
            }
            for j in jumpsToEnd { program.instructions[j] = .jump(pc) }
        case .atomic(let body, _):
            if case .repetition(let item, let min, let max, true) = body, let matcher = Self.charMatcher(item, flags: flags) {
                if max == 0 { return }
                program.instructions.append(.repeatOne(matcher, min: min, max: max ?? Int.max, greedy: true, possessive: true))
                return
            }
            program.hasGeneralRepeat = true
            program.instructions.append(.atomicStart)
            emit(body, flags: flags)
            program.instructions.append(.atomicEnd)
        case .group(let index, let add, let remove, let body):
            let inner = flags.union(add).subtracting(remove)
            if let index { program.instructions.append(.save(slot: 2 * index)) }
            emit(body, flags: inner)
            if let index { program.instructions.append(.save(slot: 2 * index + 1)) }
        case .repetition(let body, let min, let max, let greedy):
            let upper = max ?? Int.max
            if upper == 0 { return }
            if let matcher = Self.charMatcher(body, flags: flags) {
                program.instructions.append(.repeatOne(matcher, min: min, max: upper, greedy: greedy, possessive: false))
                return
            }
            program.hasGeneralRepeat = true
            let start = pc
            program.instructions.append(.jump(-1))  // patched below
            emit(body, flags: flags)
            let until = pc
            program.instructions.append(.repeatUntil(start: start))
            program.instructions[start] = .repeatStart(min: min, max: upper, greedy: greedy, until: until)
        }
    }

    static func assertion(_ anchor: RegexAnchor, flags: RegexFlags) -> RegexAssertion {
        let multiline = flags.contains(.multiline)
        switch anchor {
        case .beginning: return multiline ? .beginningOfLine : .beginning
        case .end: return multiline ? .endOfLine : .end
        case .beginningOfString: return .beginningOfString
        case .endOfString: return .endOfString
        case .boundary: return .boundary
        case .nonBoundary: return .nonBoundary
        }
    }
}
