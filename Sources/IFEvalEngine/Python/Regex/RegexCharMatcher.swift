/// Tests one scalar, with CPython's compiled meaning (flags already applied).
enum RegexCharMatcher: Sendable {
    case exact(UInt32)
    case notExact(UInt32)
    /// IGNORECASE literal: `lower(c) == value`.
    case folded(UInt32)
    case notFolded(UInt32)
    /// `re.ASCII | re.IGNORECASE` literal: `ascii_lower(c) == value`.
    case foldedASCII(UInt32)
    case notFoldedASCII(UInt32)
    case anyButNewline
    case anything
    case category(RegexCategory)
    case set(RegexCharSet)

    @inline(__always)
    func matches(_ c: UInt32) -> Bool {
        switch self {
        case .exact(let v): return c == v
        case .notExact(let v): return c != v
        case .folded(let v): return RegexCaseFolding.lower(c) == v
        case .notFolded(let v): return RegexCaseFolding.lower(c) != v
        case .foldedASCII(let v): return RegexFold.ascii.apply(c) == v
        case .notFoldedASCII(let v): return RegexFold.ascii.apply(c) != v
        case .anyButNewline: return c != 0x0A
        case .anything: return true
        case .category(let category): return category.contains(c)
        case .set(let set): return set.contains(c)
        }
    }

    /// The scalar a match must equal, when there is exactly one (for fast literal scans).
    var exactValue: UInt32? {
        if case .exact(let v) = self { return v }
        return nil
    }
}

/// A scalar test with its answers for ASCII precomputed: scanning for the first
/// character of a match then costs a bit test per ASCII scalar.
struct RegexScalarFilter: Sendable {
    let matcher: RegexCharMatcher
    private let asciiLow: UInt64
    private let asciiHigh: UInt64

    init(_ matcher: RegexCharMatcher) {
        self.matcher = matcher
        var low: UInt64 = 0
        var high: UInt64 = 0
        for c in UInt32(0)..<128 where matcher.matches(c) {
            if c < 64 { low |= 1 << UInt64(c) } else { high |= 1 << UInt64(c - 64) }
        }
        asciiLow = low
        asciiHigh = high
    }

    @inline(__always)
    func matches(_ c: UInt32) -> Bool {
        if c < 64 { return asciiLow >> UInt64(c) & 1 != 0 }
        if c < 128 { return asciiHigh >> UInt64(c - 64) & 1 != 0 }
        return matcher.matches(c)
    }

    /// The first position in `start..<end` of `text` whose scalar matches, or `end`.
    func firstMatch(in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Int {
        var i = start
        while i < end && !matches(text[i].value) { i += 1 }
        return i
    }
}

/// A compiled `[...]` set (or an IGNORECASE literal with extra equivalents). A class so
/// that copying a matcher costs one reference, not several arrays.
final class RegexCharSet: Sendable {
    let negated: Bool
    /// How the tested scalar is lowercased first (CPython's IN_UNI_IGNORE, IN_IGNORE).
    let foldsInput: RegexFold
    /// Sorted, disjoint inclusive ranges of member codes (after folding).
    let ranges: [ClosedRange<UInt32>]
    let categories: [RegexCategory]
    /// Outside-BMP IGNORECASE ranges: member if `c` or `upper(c)` falls inside.
    let upperRanges: [ClosedRange<UInt32>]
    /// Membership of codes 0..<128 (complete, negation included), for speed.
    private let asciiLow: UInt64
    private let asciiHigh: UInt64

    init(negated: Bool, foldsInput: RegexFold, members: [UInt32], ranges: [ClosedRange<UInt32>],
         categories: [RegexCategory], upperRanges: [ClosedRange<UInt32>]) {
        self.negated = negated
        self.foldsInput = foldsInput
        self.ranges = Self.normalize(members.map { $0...$0 } + ranges)
        self.categories = categories
        self.upperRanges = upperRanges
        var low: UInt64 = 0
        var high: UInt64 = 0
        for c in UInt32(0)..<128 where Self.slowContains(c, negated: negated, foldsInput: foldsInput, ranges: self.ranges,
                                                         categories: categories, upperRanges: upperRanges) {
            if c < 64 { low |= 1 << UInt64(c) } else { high |= 1 << UInt64(c - 64) }
        }
        self.asciiLow = low
        self.asciiHigh = high
    }

    private static func normalize(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var out: [ClosedRange<UInt32>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, r.lowerBound <= last.upperBound &+ 1 {
                out[out.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    @inline(__always)
    func contains(_ c: UInt32) -> Bool {
        if c < 64 { return asciiLow & (1 << UInt64(c)) != 0 }
        if c < 128 { return asciiHigh & (1 << UInt64(c - 64)) != 0 }
        return Self.slowContains(c, negated: negated, foldsInput: foldsInput, ranges: ranges,
                                 categories: categories, upperRanges: upperRanges)
    }

    private static func slowContains(_ raw: UInt32, negated: Bool, foldsInput: RegexFold, ranges: [ClosedRange<UInt32>],
                                     categories: [RegexCategory], upperRanges: [ClosedRange<UInt32>]) -> Bool {
        let c = foldsInput.apply(raw)
        return member(c, ranges: ranges, categories: categories, upperRanges: upperRanges) != negated
    }

    private static func member(_ c: UInt32, ranges: [ClosedRange<UInt32>], categories: [RegexCategory],
                               upperRanges: [ClosedRange<UInt32>]) -> Bool {
        // Binary search over the sorted ranges.
        var lo = 0
        var hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound < c { lo = mid + 1 } else { hi = mid }
        }
        if lo < ranges.count, ranges[lo].contains(c) { return true }
        for category in categories where category.contains(c) { return true }
        if !upperRanges.isEmpty {
            let upper = RegexCaseFolding.upper(c)
            for r in upperRanges where r.contains(c) || r.contains(upper) { return true }
        }
        return false
    }
}

extension RegexCharMatcher {
    /// Compiles a literal as CPython does under the given flags.
    static func literal(_ c: UInt32, negated: Bool, fold: RegexFold) -> RegexCharMatcher {
        switch fold {
        case .none:
            return negated ? .notExact(c) : .exact(c)
        case .ascii:
            guard RegexCaseFolding.isCasedASCII(c) else { return negated ? .notExact(c) : .exact(c) }
            let lower = fold.apply(c)
            return negated ? .notFoldedASCII(lower) : .foldedASCII(lower)
        case .unicode:
            guard RegexCaseFolding.isCased(c) else { return negated ? .notExact(c) : .exact(c) }
            let lower = RegexCaseFolding.lower(c)
            let extra = RegexCaseFolding.extraEquivalents(ofLowercased: lower)
            if extra.isEmpty { return negated ? .notFolded(lower) : .folded(lower) }
            return .set(RegexCharSet(negated: negated, foldsInput: .unicode, members: [lower] + extra, ranges: [],
                                     categories: [], upperRanges: []))
        }
    }

    /// Compiles a `[...]` set as CPython does under the given flags (`_optimize_charset`:
    /// with IGNORECASE, codes are folded into a table up to U+FFFF; a literal or range
    /// beyond it stays as written and is tested against the folded scalar, a range also
    /// against its upper case).
    static func set(_ items: [RegexSetItem], negated: Bool, fold: RegexFold, ascii: Bool) -> RegexCharMatcher {
        var members: [UInt32] = []
        var ranges: [ClosedRange<UInt32>] = []
        var categories: [RegexCategory] = []
        var upperRanges: [ClosedRange<UInt32>] = []
        var hasCased = false
        let unicode = fold == .unicode
        func isCased(_ c: UInt32) -> Bool { unicode ? RegexCaseFolding.isCased(c) : RegexCaseFolding.isCasedASCII(c) }
        func add(_ c: UInt32) {
            let lower = fold.apply(c)
            members.append(lower)
            if unicode { members.append(contentsOf: RegexCaseFolding.extraEquivalents(ofLowercased: lower)) }
        }
        for item in items {
            switch item {
            case .category(let category):
                categories.append(ascii ? category.ascii : category)
            case .literal(let c):
                guard fold != .none else { members.append(c); continue }
                if fold.apply(c) < 0x10000 {
                    add(c)
                    if isCased(c) { hasCased = true }
                } else {
                    // CPython keeps such a literal as it is and sets the case flag.
                    members.append(c)
                    hasCased = true
                }
            case .range(let a, let b):
                guard fold != .none else { ranges.append(a...b); continue }
                if a < 0x10000 {
                    for c in a...min(b, 0xFFFF) {
                        add(c)
                        if !hasCased && isCased(c) { hasCased = true }
                    }
                }
                if b >= 0x10000 {
                    upperRanges.append(a...b)
                    hasCased = true
                }
            }
        }
        return .set(RegexCharSet(negated: negated, foldsInput: hasCased ? fold : .none, members: members, ranges: ranges,
                                 categories: categories, upperRanges: upperRanges))
    }
}
