/// `nltk.word_tokenize(text)` (English, `preserve_line=False`) as nltk 3.10.4 behaves:
/// Punkt sentences, then NLTK's improved Treebank word tokenizer on each sentence.
public struct NLTKWordTokenizer: WordTokenizing {
    let sentenceTokenizer: PunktSentenceTokenizer

    public init() {
        sentenceTokenizer = .english
    }

    public func wordTokens(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [String] = []
        for sentence in sentenceTokenizer.sentenceRanges(in: scalars) {
            tokens.append(contentsOf: Self.tokenize(sentence: Array(scalars[sentence])))
        }
        return tokens
    }

    /// How many of `text`'s word tokens Python's `str.isupper()` accepts (the count
    /// `change_case:capital_word_frequency` compares).
    public func countUppercaseWords(in text: String) -> Int {
        wordTokens(in: text).reduce(0) { $0 + (PythonString.isUpper($1) ? 1 : 0) }
    }

    /// `NLTKWordTokenizer().tokenize(sentence)`: nltk's substitutions in nltk's order,
    /// then a split on white space.
    public static func tokenize(sentence: String) -> [String] {
        tokenize(sentence: Array(sentence.unicodeScalars))
    }

    static func tokenize(sentence: [Unicode.Scalar]) -> [String] {
        typealias R = TreebankRules
        var t = sentence
        // Starting quotes.
        t = R.padOpeningQuotes(t)
        t = R.openLeadingDoubleQuote(t)
        t = R.padDoubleBackticks(t)
        t = R.openQuotesAfterSpaceOrBracket(t)
        t = R.splitOpeningApostrophe(t)
        // Punctuation.
        t = R.splitFinalPeriodWithClosers(t)
        t = R.padColonsAndCommasBeforeNonDigits(t)
        t = R.padFinalColonOrComma(t)
        t = R.padEllipses(t)
        t = padCharacters(in: t) { c in
            switch c {
            case ";", "@", "#", "$", "%", "&": return true
            default: return false
            }
        }
        t = padCharacters(in: t) { $0.value >= 0x2012 && $0.value <= 0x2015 }
        t = R.splitFinalPeriod(t)
        t = padCharacters(in: t) { $0 == "?" || $0 == "!" }
        t = R.splitApostropheBeforeSpace(t)
        t = padCharacters(in: t) { $0 == "*" }
        // Brackets and double dashes.
        t = padCharacters(in: t) { c in
            switch c {
            case "]", "[", "(", ")", "{", "}", "<", ">": return true
            default: return false
            }
        }
        t = R.padDoubleDashes(t)
        // Ending quotes, with a space either side to make the rules simpler.
        var wrapped: [Unicode.Scalar] = [" "]
        wrapped.reserveCapacity(t.count + 2)
        wrapped.append(contentsOf: t)
        wrapped.append(" ")
        t = padCharacters(in: wrapped) { $0 == "\u{BB}" || $0 == "\u{201D}" || $0 == "\u{2019}" }
        t = R.padDoubleApostrophes(t)
        t = R.closeDoubleQuotes(t)
        t = R.collapseWhiteSpace(t)
        t = R.splitPossessivesAndClosingApostrophes(t)
        t = R.splitClitics(t)
        // Contractions.
        for contraction in R.contractions { t = R.splitContraction(t, contraction) }
        for rest in R.archaicContractions { t = R.splitArchaicContraction(t, rest) }
        return splitOnWhiteSpace(t)
    }

    /// Python's `str.split()`.
    static func splitOnWhiteSpace(_ t: [Unicode.Scalar]) -> [String] {
        var tokens: [String] = []
        var i = 0
        while i < t.count {
            while i < t.count && PythonCharacterClass.isSpace(t[i]) { i += 1 }
            guard i < t.count else { break }
            var j = i + 1
            while j < t.count && !PythonCharacterClass.isSpace(t[j]) { j += 1 }
            tokens.append(String(String.UnicodeScalarView(t[i..<j])))
            i = j
        }
        return tokens
    }
}
