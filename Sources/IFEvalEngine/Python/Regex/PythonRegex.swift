/// A regular expression with CPython 3.11 `re` semantics for `str` patterns, matching
/// over Unicode scalars (offsets are scalar indexes, as Python's string indexes).
///
/// The whole syntax of Python 3.11's `re` for `str` patterns: literals and escapes
/// (`\N{...}` with Unicode 14 names and aliases), `.`, sets, `\s \S \d \D \w \W`, anchors,
/// groups (capturing, named `(?P<n>...)`, non-capturing, scoped flags `(?i-s:...)`,
/// atomic `(?>...)`), backreferences `\1` `(?P=n)`, lookarounds (lookbehind of fixed
/// width), conditionals `(?(1)yes|no)`, greedy, lazy and possessive quantifiers, comments,
/// and the flags IGNORECASE, MULTILINE, DOTALL, ASCII, VERBOSE (options or inline at the
/// start). Patterns CPython rejects throw `.syntax` errors with its message and position.
///
/// A compiled value is immutable and `Sendable`: compile once, share across threads.
/// Matching methods throw only when a search exceeds its backtracking budget.
public struct PythonRegex: Sendable {
    public struct Options: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// `re.IGNORECASE`
        public static let ignoreCase = Options(rawValue: 1)
        /// `re.MULTILINE`
        public static let multiline = Options(rawValue: 2)
        /// `re.DOTALL`
        public static let dotAll = Options(rawValue: 4)
        /// `re.ASCII`
        public static let ascii = Options(rawValue: 8)
        /// `re.VERBOSE`
        public static let verbose = Options(rawValue: 16)
    }

    /// One match: the whole span and the span of each group (nil when unmatched), as
    /// scalar offsets.
    public struct Match: Sendable, Equatable {
        public let range: Range<Int>
        /// `groups[0]` is group 1.
        public let groups: [Range<Int>?]
    }

    public let pattern: String
    public let options: Options
    /// Number of capturing groups.
    public var groupCount: Int { program.groupCount }

    let program: RegexProgram

    /// The least number of steps a single search may take before it fails with
    /// `.backtrackingLimit` (see `budget`): 10^9 steps, about as much backtracking as
    /// CPython's sre does in 10 to 20 seconds (and this engine in about a minute).
    public static let stepBudget = 1_000_000_000

    /// The least step budget of a search (`stepBudget`; tests set a smaller one).
    let minimumSteps: Int

    public init(_ pattern: String, options: Options = []) throws {
        try self.init(pattern, options: options, minimumSteps: Self.stepBudget)
    }

    init(_ pattern: String, options: Options, minimumSteps: Int) throws {
        self.pattern = pattern
        self.options = options
        self.minimumSteps = minimumSteps
        var flags: RegexFlags = []
        if options.contains(.ignoreCase) { flags.insert(.ignoreCase) }
        if options.contains(.multiline) { flags.insert(.multiline) }
        if options.contains(.dotAll) { flags.insert(.dotAll) }
        if options.contains(.ascii) { flags.insert(.ascii) }
        if options.contains(.verbose) { flags.insert(.verbose) }
        let parsed = try RegexParser.parse(pattern, flags: flags)
        self.program = try RegexProgram.compile(parsed, flags: parsed.flags, pattern: pattern)
    }

    // MARK: Searching

    /// `re.search(pattern, text[from:])` with offsets into `text` (`^` still means offset 0).
    /// `budget`: a prompt's shared budget (see `RegexSearchBudget`); nil: this search's own.
    public func firstMatch(in text: [Unicode.Scalar], from: Int = 0, budget shared: RegexSearchBudget? = nil) throws -> Match? {
        try naming(shared) {
            try text.withUnsafeBufferPointer { buffer in
                var matcher = RegexMatcher(program: program, text: buffer, budget: budget(buffer.count, shared))
                return try matcher.search(from: from, mustAdvance: false).map(makeMatch)
            }
        }
    }

    /// `re.match(pattern, text)`: a match that starts at offset 0 (not necessarily
    /// reaching the end).
    public func prefixMatch(in text: [Unicode.Scalar]) throws -> Match? {
        try naming(nil) {
            try text.withUnsafeBufferPointer { buffer in
                var matcher = RegexMatcher(program: program, text: buffer, budget: budget(buffer.count, nil))
                return try matcher.match(at: 0).map(makeMatch)
            }
        }
    }

    public func prefixMatch(in text: String) throws -> Match? { try prefixMatch(in: Array(text.unicodeScalars)) }

    /// `re.search(...) is not None`.
    public func matchesAnywhere(in text: [Unicode.Scalar], budget: RegexSearchBudget? = nil) throws -> Bool {
        try firstMatch(in: text, budget: budget) != nil
    }

    /// `re.finditer`: non-overlapping matches, left to right; after an empty match the
    /// next one may start at the same offset only if it is not empty (Python 3.7+).
    public func matches(in text: [Unicode.Scalar], budget shared: RegexSearchBudget? = nil) throws -> [Match] {
        try naming(shared) { try text.withUnsafeBufferPointer { buffer in
            var matcher = RegexMatcher(program: program, text: buffer, budget: budget(buffer.count, shared))
            var out: [Match] = []
            var pos = 0
            var mustAdvance = false
            while pos <= buffer.count, let slots = try matcher.search(from: pos, mustAdvance: mustAdvance) {
                out.append(makeMatch(slots))
                mustAdvance = slots[1] == slots[0]
                pos = slots[1]
                matcher.budget = budget(buffer.count, shared)
            }
            return out
        } }
    }

    /// Adds the pattern to a budget error raised by the matcher (and why the budget was
    /// reduced, if it was), and records the exhaustion in the shared budget.
    private func naming<T>(_ shared: RegexSearchBudget?, _ body: () throws -> T) throws -> T {
        let reduction = shared?.reduction
        do {
            return try body()
        } catch let error as PythonRegexError {
            shared?.recordExhaustion()
            let message = reduction.map { error.message + " (\($0.explanation))" } ?? error.message
            throw PythonRegexError(error.kind, message, position: error.position, pattern: pattern)
        }
    }

    /// `len(re.findall(...))`.
    public func count(in text: [Unicode.Scalar], budget: RegexSearchBudget? = nil) throws -> Int {
        try matches(in: text, budget: budget).count
    }

    /// `re.findall` for patterns with at most one group: the whole match without groups,
    /// the group's text (empty if unmatched) with one. With several groups Python returns
    /// tuples: use `findAllGroups`; this method then returns the whole-match texts.
    public func findAll(in text: [Unicode.Scalar]) throws -> [String] {
        try matches(in: text).map { match in
            if groupCount == 1 { return Self.string(text, match.groups[0]) ?? "" }
            return Self.string(text, match.range)!
        }
    }

    /// `re.findall` as tuples: one entry per match, holding the whole match when the
    /// pattern has no group, else every group's text ("" when unmatched).
    public func findAllGroups(in text: [Unicode.Scalar]) throws -> [[String]] {
        try matches(in: text).map { match in
            if groupCount == 0 { return [Self.string(text, match.range)!] }
            return match.groups.map { Self.string(text, $0) ?? "" }
        }
    }

    /// `re.split(pattern, text)`: the pieces between matches, with each match's groups
    /// inserted after its piece (nil for a group that did not take part).
    public func split(_ text: [Unicode.Scalar], budget: RegexSearchBudget? = nil) throws -> [String?] {
        var out: [String?] = []
        var last = 0
        for match in try matches(in: text, budget: budget) {
            out.append(Self.string(text, last..<match.range.lowerBound))
            for group in match.groups { out.append(Self.string(text, group)) }
            last = match.range.upperBound
        }
        out.append(Self.string(text, last..<text.count))
        return out
    }

    // MARK: String conveniences

    public func firstMatch(in text: String) throws -> Match? { try firstMatch(in: Array(text.unicodeScalars)) }
    public func matchesAnywhere(in text: String) throws -> Bool { try matchesAnywhere(in: Array(text.unicodeScalars)) }
    public func matches(in text: String) throws -> [Match] { try matches(in: Array(text.unicodeScalars)) }
    public func count(in text: String) throws -> Int { try count(in: Array(text.unicodeScalars)) }
    public func findAll(in text: String) throws -> [String] { try findAll(in: Array(text.unicodeScalars)) }
    public func findAllGroups(in text: String) throws -> [[String]] { try findAllGroups(in: Array(text.unicodeScalars)) }
    public func split(_ text: String) throws -> [String?] { try split(Array(text.unicodeScalars)) }

    // MARK: Helpers

    /// `re.escape`: backslash before every character that is special in a pattern.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII, escapedASCII.contains(UInt8(scalar.value)) { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    /// The characters CPython 3.7+ escapes: `()[]{}?*+-|^$\.&~#` and whitespace
    /// (space, `\t \n \r \v \f`).
    private static let escapedASCII: Set<UInt8> = Set("()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}".utf8)

    /// The budget of one search: at least `minimumSteps`, and quadratic in the text up
    /// to 4,000 scalars (4.1 G steps), since a failing search costs sre as much: only
    /// patterns that would run for a long time in CPython reach it.
    private func budget(_ n: Int, _ shared: RegexSearchBudget?) -> Int {
        if shared?.reduction != nil { return RegexSearchBudget.afterExhaustion(n) }
        if let steps = shared?.fullSteps { return steps }
        let m = Swift.min(n + 1, 4_000)
        return Swift.max(minimumSteps, 256 * m * m)
    }

    private func makeMatch(_ slots: [Int]) -> Match {
        var groups: [Range<Int>?] = []
        groups.reserveCapacity(program.groupCount)
        for g in 1...max(program.groupCount, 1) where g <= program.groupCount {
            let a = slots[2 * g]
            let b = slots[2 * g + 1]
            // sre can leave a group ending before it starts (CPython 3.11 then raises
            // "SystemError: The span of capturing group is wrong" when the group is
            // read); `re.search(...) is not None` never reads it: no span, no trap.
            groups.append(a >= 0 && b >= a ? a..<b : nil)
        }
        return Match(range: slots[0]..<slots[1], groups: groups)
    }

    /// The text of a span, or nil for an unmatched group.
    public static func string(_ text: [Unicode.Scalar], _ range: Range<Int>?) -> String? {
        guard let range else { return nil }
        return ScalarText.string(text[range])
    }
}
