/// The parsed form of a pattern, close to CPython's `sre_parse` output.

/// `\d \D \s \S \w \W` with their Unicode (`str` pattern) meaning.
enum RegexCategory: Sendable, Equatable {
    case digit, notDigit, space, notSpace, word, notWord

    @inline(__always)
    func contains(_ c: UInt32) -> Bool {
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
        }
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

/// Flags that change how items compile (the matcher sees only the result).
struct RegexFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let ignoreCase = RegexFlags(rawValue: 1)
    static let multiline = RegexFlags(rawValue: 2)
    static let dotAll = RegexFlags(rawValue: 4)
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

    var isAnchor: Bool { if case .anchor = self { return true } else { return false } }
    var isRepetition: Bool {
        switch self {
        case .repetition, .atomic(_, possessive: true): return true
        default: return false
        }
    }
}
