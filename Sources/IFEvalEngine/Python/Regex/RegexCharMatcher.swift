/// Tests one scalar, with CPython's compiled meaning (flags already applied).
enum RegexCharMatcher: Sendable {
    case exact(UInt32)
    case notExact(UInt32)
    /// IGNORECASE literal: `lower(c) == value`.
    case folded(UInt32)
    case notFolded(UInt32)
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
    /// Lowercase the tested scalar first (CPython's IN_UNI_IGNORE).
    let foldsInput: Bool
    /// Sorted, disjoint inclusive ranges of member codes (after folding).
    let ranges: [ClosedRange<UInt32>]
    let categories: [RegexCategory]
    /// Outside-BMP IGNORECASE ranges: member if `c` or `upper(c)` falls inside.
    let upperRanges: [ClosedRange<UInt32>]
    /// Membership of codes 0..<128 (complete, negation included), for speed.
    private let asciiLow: UInt64
    private let asciiHigh: UInt64

    init(negated: Bool, foldsInput: Bool, members: [UInt32], ranges: [ClosedRange<UInt32>],
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

    private static func slowContains(_ raw: UInt32, negated: Bool, foldsInput: Bool, ranges: [ClosedRange<UInt32>],
                                     categories: [RegexCategory], upperRanges: [ClosedRange<UInt32>]) -> Bool {
        let c = foldsInput ? RegexCaseFolding.lower(raw) : raw
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
            let upper = RegexCaseFolding.upperOutsideBMP(c)
            for r in upperRanges where r.contains(c) || r.contains(upper) { return true }
        }
        return false
    }
}

extension RegexCharMatcher {
    /// Compiles a literal as CPython does under the given flags.
    static func literal(_ c: UInt32, negated: Bool, ignoreCase: Bool) -> RegexCharMatcher {
        guard ignoreCase, RegexCaseFolding.isCased(c) else { return negated ? .notExact(c) : .exact(c) }
        let lower = RegexCaseFolding.lower(c)
        let extra = RegexCaseFolding.extraEquivalents(ofLowercased: lower)
        if extra.isEmpty { return negated ? .notFolded(lower) : .folded(lower) }
        return .set(RegexCharSet(negated: negated, foldsInput: true, members: [lower] + extra, ranges: [],
                                 categories: [], upperRanges: []))
    }

    /// Compiles a `[...]` set as CPython does under the given flags.
    static func set(_ items: [RegexSetItem], negated: Bool, ignoreCase: Bool) -> RegexCharMatcher {
        var members: [UInt32] = []
        var ranges: [ClosedRange<UInt32>] = []
        var categories: [RegexCategory] = []
        var upperRanges: [ClosedRange<UInt32>] = []
        var hasCased = false
        for item in items {
            switch item {
            case .category(let category):
                categories.append(category)
            case .literal(let c):
                guard ignoreCase else { members.append(c); continue }
                let lower = RegexCaseFolding.lower(c)
                if lower < 0x10000 {
                    members.append(lower)
                    members.append(contentsOf: RegexCaseFolding.extraEquivalents(ofLowercased: lower))
                    if RegexCaseFolding.isCased(c) { hasCased = true }
                } else {
                    // CPython keeps such a literal as it is and sets the case flag.
                    members.append(c)
                    hasCased = true
                }
            case .range(let a, let b):
                guard ignoreCase else { ranges.append(a...b); continue }
                // Codes in the BMP are folded one by one; the part beyond is compared
                // through lower/upper at match time.
                if a < 0x10000 {
                    for c in a...min(b, 0xFFFF) {
                        let lower = RegexCaseFolding.lower(c)
                        members.append(lower)
                        members.append(contentsOf: RegexCaseFolding.extraEquivalents(ofLowercased: lower))
                        if !hasCased && RegexCaseFolding.isCased(c) { hasCased = true }
                    }
                }
                if b >= 0x10000 {
                    upperRanges.append(a...b)
                    hasCased = true
                }
            }
        }
        return .set(RegexCharSet(negated: negated, foldsInput: hasCased, members: members, ranges: ranges,
                                 categories: categories, upperRanges: upperRanges))
    }
}
