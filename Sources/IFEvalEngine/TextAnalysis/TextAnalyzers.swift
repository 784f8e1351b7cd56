import Dispatch

/// Counts sentences the way the official checker does (NLTK Punkt, English model).
public protocol SentenceCounting: Sendable {
    /// The sentences of `text`, as Punkt's `tokenize` returns them.
    func sentences(in text: String) -> [String]
    /// `len(sentences)`, which an implementation may count without building strings.
    func countSentences(in text: String) -> Int
}

extension SentenceCounting {
    public func countSentences(in text: String) -> Int { sentences(in: text).count }
}

/// Splits text into word tokens the way `nltk.word_tokenize` does.
public protocol WordTokenizing: Sendable {
    func wordTokens(in text: String) -> [String]
    /// The number of tokens for which `str.isupper()` holds, which an implementation may
    /// count without building strings.
    func countUppercaseWords(in text: String) -> Int
    /// Calls `body` with the tokens in order, in groups (an implementation that tokenizes
    /// sentence by sentence gives one group per sentence), until it returns false: the
    /// rest of the text need not be tokenized.
    func forEachGroupOfWordTokens(in text: String, _ body: ([String]) -> Bool)
    /// The tokens at both ends: all of them (`complete`), or, when there are at least
    /// `2 * count`, the first `count` then the last `count`, which an implementation may
    /// find without tokenizing the middle of the text (the default gives all of them
    /// whenever there are at most `2 * count`).
    func edgeWordTokens(in text: String, count: Int) -> (tokens: [String], complete: Bool)
}

extension WordTokenizing {
    public func forEachGroupOfWordTokens(in text: String, _ body: ([String]) -> Bool) { _ = body(wordTokens(in: text)) }

    public func edgeWordTokens(in text: String, count: Int) -> (tokens: [String], complete: Bool) {
        let tokens = wordTokens(in: text)
        if tokens.count <= 2 * count { return (tokens, true) }
        return (Array(tokens.prefix(count) + tokens.suffix(count)), false)
    }

    /// The first `count` tokens (all if there are fewer).
    public func firstWordTokens(in text: String, count: Int) -> [String] {
        var tokens: [String] = []
        forEachGroupOfWordTokens(in: text) { group in
            tokens.append(contentsOf: group.prefix(count - tokens.count))
            return tokens.count < count
        }
        return tokens
    }
    public func countUppercaseWords(in text: String) -> Int { wordTokens(in: text).count(where: PythonString.isUpper) }
}

/// Detects the language of a text the way `langdetect.detect` does.
public protocol LanguageDetecting: Sendable {
    /// The language code (`"en"`, `"zh-cn"`, ...), or `nil` where langdetect raises
    /// `LangDetectException` (no usable features); the official checkers then count
    /// the instruction as followed.
    func detectLanguage(of text: String) -> String?
}

/// Counts words the way `instructions_util.count_words` does:
/// `len(nltk.tokenize.RegexpTokenizer(r"\w+").tokenize(text))`.
public protocol WordCounting: Sendable {
    func countWords(in text: String) -> Int
}

/// Which NLTK a suite's official results were made with. The two differ where text
/// analysis meets Unicode: nltk 3.10.4 compiles every pattern with the third-party
/// `regex` module (its `\w` takes combining marks), nltk 3.9.2 with Python's `re`
/// (`\w` is `str.isalnum()` or `_`, so a combining mark splits a word).
public enum TextAnalysisFlavor: String, Sendable, CaseIterable {
    /// IFEval's reference: lm-eval's checkers under nltk 3.10.4.
    case nltk3_10 = "nltk 3.10.4"
    /// IFBench's reference (commit db69a6f, `uv.lock`): nltk 3.9.2.
    case nltk3_9 = "nltk 3.9.2"
}

extension TextAnalysisFlavor {
    /// `\s` as the flavour's NLTK compiles it (`regex`: U+001C...U+001F are not white space; `re`: they are).
    @inline(__always)
    func isSpace(_ c: Unicode.Scalar) -> Bool {
        self == .nltk3_10 ? RegexModuleCharacterClass.isSpace(c) : PythonCharacterClass.isSpace(c)
    }

    /// `\d` (`regex`: its own Unicode tables; `re`: `str.isdecimal()`, Unicode 14).
    @inline(__always)
    func isDigit(_ c: Unicode.Scalar) -> Bool {
        self == .nltk3_10 ? RegexModuleCharacterClass.isDigit(c) : PythonCharacterClass.isDecimal(c)
    }

    /// `\w` (`regex`: marks included; `re`: `str.isalnum()` or "_").
    @inline(__always)
    func isWord(_ c: Unicode.Scalar) -> Bool {
        self == .nltk3_10 ? RegexModuleCharacterClass.isWord(c) : PythonCharacterClass.isWord(c)
    }

    /// `[^\W\d]`.
    @inline(__always)
    func isLetterLike(_ c: Unicode.Scalar) -> Bool {
        self == .nltk3_10 ? RegexModuleCharacterClass.isLetterLike(c) : PythonCharacterClass.isWord(c) && !PythonCharacterClass.isDecimal(c)
    }

    /// Whether Punkt counts the curly quotes and guillemets (‘ ’ “ ” « ») as quotes, as
    /// nltk 3.10 does (3.9.2 knows only the ASCII ones).
    var punktKnowsCurlyQuotes: Bool { self == .nltk3_10 }
}

/// The text analysis a verifier may need, bundled so that exact ports can be swapped in
/// without touching any verifier. Each suite names the flavour its official results were
/// made with (`Suite.textAnalysis`); the evaluator gives a prompt its suite's analyzers.
public struct TextAnalyzers: Sendable {
    public var sentenceCounter: any SentenceCounting
    public var wordTokenizer: any WordTokenizing
    public var languageDetector: any LanguageDetecting
    public var wordCounter: any WordCounting

    public init(
        sentenceCounter: any SentenceCounting,
        wordTokenizer: any WordTokenizing,
        languageDetector: any LanguageDetecting,
        wordCounter: any WordCounting = RegexModuleWordCounter()
    ) {
        self.sentenceCounter = sentenceCounter
        self.wordTokenizer = wordTokenizer
        self.languageDetector = languageDetector
        self.wordCounter = wordCounter
    }
}

/// `RegexpTokenizer(r"\w+")` compiled by the `regex` module (nltk 3.10.4).
public struct RegexModuleWordCounter: WordCounting {
    public init() {}
    public func countWords(in text: String) -> Int { WordCounter.countWords(in: text) }
}

/// `RegexpTokenizer(r"\w+")` compiled by Python's `re` (nltk 3.9.2).
public struct PythonReWordCounter: WordCounting {
    public init() {}
    public func countWords(in text: String) -> Int { PythonReWordTokenizer.countWords(in: text) }
}

extension TextAnalyzers {
    /// The analyzers `ifeval` scores with: the exact ports, with langdetect seeded as
    /// the reference results were made (seed 0), each remembering the texts it has seen
    /// (each call makes new memories: one per run).
    public static var standard: TextAnalyzers { standard(languageSeed: 0) }

    public static func standard(languageSeed: Int) -> TextAnalyzers {
        standard(languageSeed: languageSeed, flavor: .nltk3_10)
    }

    /// The exact ports in one suite's flavour (each call makes new memories).
    public static func standard(languageSeed: Int = 0, flavor: TextAnalysisFlavor) -> TextAnalyzers {
        switch flavor {
        case .nltk3_10:
            return TextAnalyzers(
                sentenceCounter: MemoizedSentenceCounter(PunktSentenceTokenizer.english),
                wordTokenizer: MemoizedWordTokenizer(NLTKWordTokenizer()),
                languageDetector: MemoizedLanguageDetector(LangDetectDetector(seed: languageSeed)),
                wordCounter: RegexModuleWordCounter()
            )
        case .nltk3_9:
            return TextAnalyzers(
                sentenceCounter: MemoizedSentenceCounter(PunktSentenceTokenizer.englishNLTK39),
                wordTokenizer: MemoizedWordTokenizer(NLTKWordTokenizer(flavor: .nltk3_9)),
                languageDetector: MemoizedLanguageDetector(LangDetectDetector(seed: languageSeed)),
                wordCounter: PythonReWordCounter()
            )
        }
    }
}

/// The lookup tables the analyzers build on first use (langdetect's profiles, case and
/// word-character tables: about 80 M instructions in all). Built on first use, each is
/// made by one thread while others that need it wait; `warmUp` starts them at once on
/// other threads instead, so that a run builds them while it reads its inputs.
public enum AnalyzerTables {
    /// Starts building the tables on other threads; later calls do nothing.
    /// `languageDetection: false` leaves langdetect's tables (two thirds of the work) to be
    /// built on first use: for a suite that seldom or never detects languages (IFBench).
    public static func warmUp(languageDetection: Bool = true) {
        _ = common
        if languageDetection { _ = languageTables }
    }

    /// Whether a command line (`ifeval score ...`) forces a suite that may skip warming
    /// langdetect's tables (`--suite ifbench` or `--suite=ifbench`).
    public static func languageDetectionLikely(arguments: [String]) -> Bool {
        for (index, argument) in arguments.enumerated() {
            if argument == "--suite=ifbench" { return false }
            if argument == "--suite", index + 1 < arguments.count, arguments[index + 1] == "ifbench" { return false }
        }
        return true
    }

    private static let common: Void = {
        DispatchQueue.global().async {
            PythonStrTables.warmUp(); _ = ScalarText.caseTable; _ = RegexModuleCharacterClass.wordRanges; RegexCaseFolding.warmUp()
        }
    }()

    private static let languageTables: Void = {
        DispatchQueue.global().async { _ = LangDetectTables.shared }
        DispatchQueue.global().async { _ = LangDetectUppercase.bmp }
    }()
}
