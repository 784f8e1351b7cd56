/// Which nltk release the tokenizers (`PunktSentenceTokenizer`, `NLTKWordTokenizer`)
/// reproduce. IFEval's reference is nltk 3.10.4, IFBench's is nltk 3.9.2; they differ:
/// - nltk 3.10.4 compiles the tokenizer patterns with the `regex` module, 3.9.2 with
///   Python's `re`, whose `\s` also takes U+001C...U+001F and whose `\w` takes no
///   combining marks but does take other numbers such as "²" (`PythonCharacterClass`);
/// - Punkt in 3.10.4 treats the curly quotes and guillemets (‘ ’ “ ” « ») as characters
///   that cannot be inside a word and as closing punctuation moved onto the sentence
///   before; 3.9.2 treats them as ordinary word characters;
/// - the Treebank word tokenizer of 3.10.4 pads the dashes U+2012...U+2015, and splits an
///   apostrophe opening a word ("'The" → "'", "The") unless a clitic follows; 3.9.2 does
///   not pad those dashes and splits an apostrophe only from a lone word character
///   (`(?i)(\')(?!re|ve|ll|m|t|s|d|n)(\w)\b`: "'a" → "'", "a").
public enum NLTKVersion: Sendable, Hashable {
    /// nltk 3.10.4, IFEval's reference.
    case nltk3_10_4
    /// nltk 3.9.2, IFBench's reference.
    case nltk3_9_2
}

/// The pattern semantics of one nltk release, as static functions so the tokenizers'
/// generic code is specialised for each (no per-character dispatch).
protocol NLTKFlavor {
    /// `\s` of the pattern engine.
    static func isSpace(_ c: Unicode.Scalar) -> Bool
    /// `\w` of the pattern engine.
    static func isWord(_ c: Unicode.Scalar) -> Bool
    /// `\d` of the pattern engine.
    static func isDigit(_ c: Unicode.Scalar) -> Bool
    /// Whether Punkt counts ‘ ’ “ ” « » as non-word and closing characters.
    static var punktCurlyQuotes: Bool { get }
    /// Whether the word tokenizer pads U+2012...U+2015.
    static var padsDashes: Bool { get }
    /// Whether the word tokenizer splits an apostrophe opening any word (3.10.4), rather
    /// than one before a lone word character (3.9.2).
    static var splitsOpeningApostrophes: Bool { get }
    /// Whether ASCII U+001C...U+001F are `\s`.
    static var informationSeparatorsAreSpace: Bool { get }
}

extension NLTKFlavor {
    /// `[^\W\d]`.
    @inline(__always)
    static func isLetterLike(_ c: Unicode.Scalar) -> Bool { isWord(c) && !isDigit(c) }
}

/// nltk 3.10.4: the `regex` module.
enum NLTK3_10_4: NLTKFlavor {
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool { RegexModuleCharacterClass.isSpace(c) }
    @inline(__always) static func isWord(_ c: Unicode.Scalar) -> Bool { RegexModuleCharacterClass.isWord(c) }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { RegexModuleCharacterClass.isDigit(c) }
    static var punktCurlyQuotes: Bool { true }
    static var padsDashes: Bool { true }
    static var splitsOpeningApostrophes: Bool { true }
    static var informationSeparatorsAreSpace: Bool { false }
}

/// nltk 3.9.2: Python's `re` (CPython 3.11, Unicode 14.0).
enum NLTK3_9_2: NLTKFlavor {
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool { PythonCharacterClass.isSpace(c) }
    @inline(__always) static func isWord(_ c: Unicode.Scalar) -> Bool { PythonCharacterClass.isWord(c) }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { PythonCharacterClass.isDecimal(c) }
    static var punktCurlyQuotes: Bool { false }
    static var padsDashes: Bool { false }
    static var splitsOpeningApostrophes: Bool { false }
    static var informationSeparatorsAreSpace: Bool { true }
}
