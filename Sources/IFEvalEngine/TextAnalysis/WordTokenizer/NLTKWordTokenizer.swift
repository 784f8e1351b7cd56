/// `nltk.word_tokenize(text)` (English, `preserve_line=False`) as nltk 3.10.4 behaves, or
/// as nltk 3.9.2 does (`flavor: .nltk3_9`: its Punkt, `re`'s classes, the older rule for an
/// opening apostrophe, and no padding of the dashes U+2012...U+2015): Punkt sentences,
/// then NLTK's improved Treebank word tokenizer on each sentence.
public struct NLTKWordTokenizer: WordTokenizing {
    let sentenceTokenizer: PunktSentenceTokenizer
    public let flavor: TextAnalysisFlavor

    public init(flavor: TextAnalysisFlavor = .nltk3_10) {
        self.flavor = flavor
        sentenceTokenizer = flavor == .nltk3_10 ? .english : .englishNLTK39
    }

    public func wordTokens(in text: String) -> [String] {
        let (scalars, endMarks) = ScalarText.scalarsAndEndMarks(of: text)
        var tokens: [String] = []
        for sentence in sentenceTokenizer.sentenceRanges(in: scalars, endMarks: endMarks) {
            let (tokenized, ranges) = Self.tokenRanges(sentence: Array(scalars[sentence]), flavor)
            for range in ranges { tokens.append(ScalarText.string(tokenized[range])) }
        }
        return tokens
    }

    /// The tokens sentence by sentence (each sentence is tokenized on its own), until
    /// `body` returns false: later sentences are not tokenized.
    public func forEachGroupOfWordTokens(in text: String, _ body: ([String]) -> Bool) {
        let (scalars, endMarks) = ScalarText.scalarsAndEndMarks(of: text)
        for sentence in sentenceTokenizer.sentenceRanges(in: scalars, endMarks: endMarks) {
            let (tokenized, ranges) = Self.tokenRanges(sentence: Array(scalars[sentence]), flavor)
            if !body(ranges.map { ScalarText.string(tokenized[$0]) }) { return }
        }
    }

    /// The tokens at both ends (see `WordTokenizing`): sentences are tokenized from the
    /// first until `count` tokens are found, then from the last backwards, each on its
    /// own as `wordTokens` does; the sentences between are never tokenized.
    public func edgeWordTokens(in text: String, count: Int) -> (tokens: [String], complete: Bool) {
        let (scalars, endMarks) = ScalarText.scalarsAndEndMarks(of: text)
        let sentences = sentenceTokenizer.sentenceRanges(in: scalars, endMarks: endMarks)
        func tokens(_ sentence: Range<Int>) -> [String] {
            let (tokenized, ranges) = Self.tokenRanges(sentence: Array(scalars[sentence]), flavor)
            return ranges.map { ScalarText.string(tokenized[$0]) }
        }
        var head: [String] = []
        var next = 0
        while next < sentences.count && head.count < count {
            head += tokens(sentences[next])
            next += 1
        }
        var tail: [String] = []
        var last = sentences.count
        while last > next && tail.count < count {
            last -= 1
            tail = tokens(sentences[last]) + tail
        }
        if last == next {
            // Every sentence tokenized: all the tokens are known.
            let all = head + tail
            return all.count <= 2 * count ? (all, true) : (Array(all.prefix(count) + all.suffix(count)), false)
        }
        // Sentences left between: both loops stopped with `count` tokens or more.
        return (Array(head.prefix(count) + tail.suffix(count)), false)
    }

    /// How many of `text`'s word tokens Python's `str.isupper()` accepts (the count
    /// `change_case:capital_word_frequency` compares).
    public func countUppercaseWords(in text: String) -> Int {
        // The shortcuts below are proven for nltk 3.10.4's rules; 3.9.2 counts the tokens.
        guard flavor == .nltk3_10 else { return wordTokens(in: text).count(where: PythonString.isUpper) }
        let (scalars, endMarks) = ScalarText.scalarsAndEndMarks(of: text)
        return scalars.withUnsafeBufferPointer { buffer in
            // Without a lone upper-case character (as in about half the shared texts) no
            // token is upper case, and the text needs no sentence splitting.
            let lone = UpperCaseTokens.loneUpperCase(buffer)
            guard !lone.isEmpty else { return 0 }
            if let count = UpperCaseTokens.countInLetterChunks(buffer, lone: lone) { return count }
            var count = 0
            var next = 0
            for sentence in sentenceTokenizer.sentenceRanges(in: scalars, endMarks: endMarks) {
                while next < lone.count && lone[next] < sentence.lowerBound { next += 1 }
                var end = next
                while end < lone.count && lone[end] < sentence.upperBound { end += 1 }
                guard end > next else { continue }
                count += UpperCaseTokens.count(buffer, sentence, lone: lone[next..<end])
                next = end
            }
            return count
        }
    }

    /// How many of the white-space-separated tokens of `t` `str.isupper()` accepts.
    static func countUpperTokens(_ t: [Unicode.Scalar]) -> Int {
        // One pass: a token counts when it has an upper-case character and no lower- or
        // title-case one (`str.isupper()`).
        var count = 0
        var seen: UInt8 = 0
        for c in t {
            if isSpace(c) {
                if seen == ScalarText.upperFlag { count += 1 }
                seen = 0
            } else {
                let flags = ScalarText.flags(c)
                if flags & ScalarText.upperFlag != 0 {
                    seen |= ScalarText.upperFlag
                } else if flags & ScalarText.lowerOrTitleFlag != 0 {
                    seen |= ScalarText.lowerFlag
                }
            }
        }
        return seen == ScalarText.upperFlag ? count + 1 : count
    }

    /// Python's `str.isspace()` (`PythonCharacterClass.isSpace`), with the ASCII
    /// characters (U+0009...U+000D, U+001C...U+0020) as bits of a mask.
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x80 ? v <= 0x20 && (0x1_F000_3E00 as UInt64 >> UInt64(v)) & 1 != 0 : PythonCharacterClass.isSpace(c)
    }

    /// `NLTKWordTokenizer().tokenize(sentence)`: the Treebank word tokenizer alone.
    public static func tokenize(sentence: String, flavor: TextAnalysisFlavor = .nltk3_10) -> [String] {
        let (tokenized, ranges) = tokenRanges(sentence: ScalarText.scalars(of: sentence), flavor)
        return ranges.map { ScalarText.string(tokenized[$0]) }
    }

    /// nltk's substitutions in nltk's order, then a split on white space: the rewritten
    /// text and its token ranges. A rule whose trigger characters the sentence lacks
    /// (counting those earlier rules insert) cannot match and is skipped.
    static func tokenRanges(sentence: [Unicode.Scalar], _ f: TextAnalysisFlavor = .nltk3_10) -> ([Unicode.Scalar], [Range<Int>]) {
        let t = rewrite(sentence: sentence, f)
        return (t, splitOnWhiteSpace(t))
    }

    /// The sentence after nltk's substitutions, up to the kind and length of its white
    /// space runs (which the final split ignores): the `\s+` → " " collapse is only done
    /// when a later rule that looks for " " can match (they all need an apostrophe); the
    /// contraction rules see white space only through `\b` and `(?=\s)`, which any
    /// white space satisfies as " " does.
    static func rewrite(sentence: [Unicode.Scalar], _ f: TextAnalysisFlavor = .nltk3_10) -> [Unicode.Scalar] {
        typealias R = TreebankRules
        let has = TriggerCharacters(sentence)
        var t = sentence
        // Starting quotes.
        if has.any("`") || has.nonASCII { t = R.padOpeningQuotes(t) }
        t = R.openLeadingDoubleQuote(t)
        if has.doubleBacktick || has.doubleApostrophe || has.any("\"") { t = R.padDoubleBackticks(t) }
        if has.any("\"'") { t = R.openQuotesAfterSpaceOrBracket(t) }
        if has.any("'") { t = f == .nltk3_10 ? R.splitOpeningApostrophe(t) : R.splitOpeningApostropheNLTK39(t) }
        // Punctuation.
        if has.any(".") { t = R.splitFinalPeriodWithClosers(t, f) }
        if has.any(":,") {
            t = R.padColonsAndCommasBeforeNonDigits(t, f)
            t = R.padFinalColonOrComma(t)
        }
        if has.doublePeriod { t = R.padEllipses(t) }
        if has.any(";@#$%&") {
            t = padCharacters(in: t) { c in
                switch c {
                case ";", "@", "#", "$", "%", "&": return true
                default: return false
                }
            }
        }
        if has.nonASCII && f == .nltk3_10 { t = padCharacters(in: t) { $0.value >= 0x2012 && $0.value <= 0x2015 } }
        if has.any(".") { t = R.splitFinalPeriod(t, f) }
        if has.any("?!") { t = padCharacters(in: t) { $0 == "?" || $0 == "!" } }
        if has.any("'") { t = R.splitApostropheBeforeSpace(t) }
        if has.any("*") { t = padCharacters(in: t) { $0 == "*" } }
        // Brackets and double dashes.
        if has.any("[](){}<>") {
            t = padCharacters(in: t) { c in
                switch c {
                case "]", "[", "(", ")", "{", "}", "<", ">": return true
                default: return false
                }
            }
        }
        if has.doubleDash { t = R.padDoubleDashes(t) }
        // Ending quotes, with a space either side to make the rules simpler.
        var wrapped: [Unicode.Scalar] = [" "]
        wrapped.reserveCapacity(t.count + 2)
        wrapped.append(contentsOf: t)
        wrapped.append(" ")
        t = wrapped
        if has.nonASCII { t = padCharacters(in: t) { $0 == "\u{BB}" || $0 == "\u{201D}" || $0 == "\u{2019}" } }
        if has.doubleApostrophe { t = R.padDoubleApostrophes(t) }
        if has.any("\"") { t = R.closeDoubleQuotes(t) }
        if has.any("'") { t = R.collapseWhiteSpace(t, f) }
        if has.any("'") {
            t = R.splitPossessivesAndClosingApostrophes(t)
            t = R.splitClitics(t)
        }
        // Contractions.
        t = R.splitContractions(t)
        if has.any("'") {
            for rest in R.archaicContractions { t = R.splitArchaicContraction(t, rest) }
        }
        return t
    }

    /// Python's `str.split()`: the ranges of the runs of non-white-space.
    static func splitOnWhiteSpace(_ t: [Unicode.Scalar]) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var i = 0
        while i < t.count {
            while i < t.count && PythonCharacterClass.isSpace(t[i]) { i += 1 }
            guard i < t.count else { break }
            var j = i + 1
            while j < t.count && !PythonCharacterClass.isSpace(t[j]) { j += 1 }
            tokens.append(i..<j)
            i = j
        }
        return tokens
    }
}

/// Which ASCII characters a sentence holds, whether it holds any other one, and which
/// doubled marks ("..", "--", "''", "``") it holds. No rule makes a doubled mark the
/// text lacked except "``" (made from `"` and `''`).
struct TriggerCharacters {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private(set) var nonASCII = false
    private(set) var doublePeriod = false
    private(set) var doubleDash = false
    private(set) var doubleApostrophe = false
    private(set) var doubleBacktick = false

    init(_ scalars: [Unicode.Scalar]) {
        var previous: UInt32 = 0
        for scalar in scalars {
            let v = scalar.value
            if v < 64 { low |= 1 << UInt64(v) } else if v < 128 { high |= 1 << UInt64(v - 64) } else { nonASCII = true }
            if v == previous {
                switch v {
                case 0x2E: doublePeriod = true
                case 0x2D: doubleDash = true
                case 0x27: doubleApostrophe = true
                case 0x60: doubleBacktick = true
                default: break
                }
            }
            previous = v
        }
    }

    /// Whether any of `characters` (ASCII) occurs.
    func any(_ characters: StaticString) -> Bool {
        var found = false
        characters.withUTF8Buffer { bytes in
            for byte in bytes {
                let v = UInt64(byte)
                if v < 64 ? low & (1 << v) != 0 : high & (1 << (v - 64)) != 0 { found = true }
            }
        }
        return found
    }
}
