/// The parsed form of a pattern, close to CPython's `sre_parse` output.

/// `\d \D \s \S \w \W`: the Unicode (`str` pattern) meaning, or with `re.ASCII` the
/// ASCII one.
enum RegexCategory: Sendable, Equatable {
    case digit, notDigit, space, notSpace, word, notWord
    case asciiDigit, asciiNotDigit, asciiSpace, asciiNotSpace, asciiWord, asciiNotWord

    /// The same category under `re.ASCII`.
    var ascii: RegexCategory {
        switch self {
        case .digit: return .asciiDigit
        case .notDigit: return .asciiNotDigit
        case .space: return .asciiSpace
        case .notSpace: return .asciiNotSpace
        case .word: return .asciiWord
        case .notWord: return .asciiNotWord
        default: return self
        }
    }

    @inline(__always)
    func contains(_ c: UInt32) -> Bool {
        switch self {
        case .asciiDigit: return c >= 0x30 && c <= 0x39
        case .asciiNotDigit: return !(c >= 0x30 && c <= 0x39)
        case .asciiSpace: return Self.isASCIISpace(c)
        case .asciiNotSpace: return !Self.isASCIISpace(c)
        case .asciiWord: return Self.isASCIIWord(c)
        case .asciiNotWord: return !Self.isASCIIWord(c)
        default: break
        }
        guard let scalar = Unicode.Scalar(c) else {
            // Lone surrogates: never digits, spaces or word characters.
            return self == .notDigit || self == .notSpace || self == .notWord
        }
        switch self {
        case .digit: return PythonCharacterClass.isDecimal(scalar)
        case .notDigit: return !PythonCharacterClass.isDecimal(scalar)
        case .space: return PythonCharacterClass.isSpace(scalar)
        case .notSpace: return !PythonCharacterClass.isSpace(scalar)
        case .word: return PythonCharacterClass.isWord(scalar)
        case .notWord: return !PythonCharacterClass.isWord(scalar)
        default: return false
        }
    }

    /// `Py_ISSPACE`: `\t \n \v \f \r` and space.
    @inline(__always)
    static func isASCIISpace(_ c: UInt32) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

    /// `SRE_IS_WORD`: ASCII letters, digits and `_`.
    @inline(__always)
    static func isASCIIWord(_ c: UInt32) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
    }
}

/// One member of a `[...]` set.
enum RegexSetItem: Sendable, Equatable {
    case literal(UInt32)
    case range(UInt32, UInt32)
    case category(RegexCategory)
}

/// Zero-width assertions.
enum RegexAnchor: Sendable, Equatable {
    /// `^`, `$`, `\A`, `\Z`, `\b`, `\B`.
    case beginning, end, beginningOfString, endOfString, boundary, nonBoundary
}

/// CPython's `re` flags, with their values (`SRE_FLAG_*`).
struct RegexFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt16
    static let template = RegexFlags(rawValue: 1)
    static let ignoreCase = RegexFlags(rawValue: 2)
    static let locale = RegexFlags(rawValue: 4)
    static let multiline = RegexFlags(rawValue: 8)
    static let dotAll = RegexFlags(rawValue: 16)
    static let unicode = RegexFlags(rawValue: 32)
    static let verbose = RegexFlags(rawValue: 64)
    static let ascii = RegexFlags(rawValue: 256)
    /// `a`, `u`, `L`: at most one of them.
    static let typeFlags: RegexFlags = [.ascii, .unicode, .locale]

    /// `_compiler._combine_flags`: a scoped type flag replaces the outer one.
    func combined(add: RegexFlags, remove: RegexFlags) -> RegexFlags {
        var flags = self
        if !add.intersection(Self.typeFlags).isEmpty { flags.subtract(Self.typeFlags) }
        return flags.union(add).subtracting(remove)
    }
}

indirect enum RegexNode: Sendable {
    case literal(UInt32)
    case notLiteral(UInt32)
    case any
    case set(negated: Bool, items: [RegexSetItem])
    case category(RegexCategory)
    case anchor(RegexAnchor)
    case sequence([RegexNode])
    case alternation([RegexNode])
    /// A capturing group (index from 1) or a scoped-flags group (`index == nil`).
    case group(index: Int?, add: RegexFlags, remove: RegexFlags, RegexNode)
    /// `max == nil` means unbounded.
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)
    /// `(?>...)`, or a possessive quantifier `x*+` (then `possessive` is true).
    case atomic(RegexNode, possessive: Bool)
    /// `\1`, `(?P=name)`.
    case backreference(Int)
    /// `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`.
    case lookaround(behind: Bool, negated: Bool, RegexNode)
    /// `(?(group)yes|no)`.
    case conditional(group: Int, yes: RegexNode, no: RegexNode?)

    var isAnchor: Bool { if case .anchor = self { return true } else { return false } }
    var isRepetition: Bool {
        switch self {
        case .repetition, .atomic(_, possessive: true): return true
        default: return false
        }
    }

    /// CPython's MAXREPEAT.
    static let maxRepeat = 4_294_967_295

    /// `SubPattern.getwidth()`: the least and most scalars a match can take (capped as
    /// CPython caps them). `groupWidths[g]` is group g's width.
    func width(_ groupWidths: [(Int, Int)]) -> (Int, Int) {
        let cap = 1 << 40
        func capped(_ w: (Int, Int)) -> (Int, Int) { (min(w.0, Self.maxRepeat - 1), min(w.1, Self.maxRepeat)) }
        switch self {
        case .literal, .notLiteral, .any, .set, .category: return (1, 1)
        case .anchor, .lookaround: return (0, 0)
        case .sequence(let items):
            var lo = 0, hi = 0
            for item in items {
                let w = item.width(groupWidths)
                lo = min(lo + w.0, cap)
                hi = min(hi + w.1, cap)
            }
            return capped((lo, hi))
        case .alternation(let branches):
            var lo = Self.maxRepeat - 1, hi = 0
            for branch in branches {
                let w = branch.width(groupWidths)
                lo = min(lo, w.0)
                hi = max(hi, w.1)
            }
            return capped((lo, hi))
        case .group(_, _, _, let body), .atomic(let body, _):
            return capped(body.width(groupWidths))
        case .repetition(let body, let min, let max, _):
            let w = body.width(groupWidths)
            let m = max ?? Self.maxRepeat
            return capped((Swift.min(w.0.multipliedReportingOverflow(by: min).overflow ? cap : w.0 * min, cap),
                           Swift.min(w.1.multipliedReportingOverflow(by: m).overflow ? cap : w.1 * m, cap)))
        case .backreference(let g):
            return g < groupWidths.count ? groupWidths[g] : (0, 0)
        case .conditional(_, let yes, let no):
            var w = yes.width(groupWidths)
            if let no {
                let v = no.width(groupWidths)
                w = (min(w.0, v.0), max(w.1, v.1))
            } else {
                w.0 = 0
            }
            return capped(w)
        }
    }
}
