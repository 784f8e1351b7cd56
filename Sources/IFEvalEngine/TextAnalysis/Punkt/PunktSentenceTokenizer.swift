/// NLTK's Punkt sentence tokenizer with the English model, as
/// `PunktTokenizer("english").tokenize(text)` behaves in nltk 3.10.4 or, for IFBench,
/// nltk 3.9.2 (`NLTKVersion`; tokenize side only, no training). Sentences are slices of
/// the text: not stripped, with closing quotes and brackets after a sentence end moved
/// onto the sentence they close.
public struct PunktSentenceTokenizer: SentenceCounting {
    let annotator: PunktAnnotator
    /// The nltk release reproduced.
    public let version: NLTKVersion

    /// The tokenizer with NLTK's English model as nltk 3.10.4 runs it (IFEval).
    public static let english = PunktSentenceTokenizer()

    /// The tokenizer with NLTK's English model as nltk 3.9.2 runs it (IFBench).
    public static let englishNLTK3_9_2 = PunktSentenceTokenizer(version: .nltk3_9_2)

    /// A tokenizer with NLTK's English model.
    public init(version: NLTKVersion = .nltk3_10_4) {
        annotator = PunktAnnotator(model: .english)
        self.version = version
    }

    public func sentences(in text: String) -> [String] {
        let scalars = ScalarText.scalars(of: text)
        return sentenceRanges(in: scalars).map { ScalarText.string(scalars[$0]) }
    }

    public func countSentences(in text: String) -> Int {
        let (scalars, endMarks) = ScalarText.scalarsAndEndMarks(of: text)
        // Without a sentence-end character there is no potential end, so one slice: the
        // whole text up to its `rstrip()` end, a sentence unless that is empty.
        guard !endMarks.isEmpty else {
            return scalars.contains { !PythonCharacterClass.isSpace($0) } ? 1 : 0
        }
        var count = 0
        switch version {
        case .nltk3_10_4:
            realignBoundaries(NLTK3_10_4.self, scalars, sentenceSlices(NLTK3_10_4.self, scalars, endMarks: endMarks)) { _ in count += 1 }
        case .nltk3_9_2:
            realignBoundaries(NLTK3_9_2.self, scalars, sentenceSlices(NLTK3_9_2.self, scalars, endMarks: endMarks)) { _ in count += 1 }
        }
        return count
    }

    /// The sentences of `scalars` as ranges of scalar offsets (Python slice bounds).
    public func sentenceRanges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        sentenceRanges(in: scalars, endMarks: PunktEndContexts.endMarks(in: scalars))
    }

    /// `sentenceRanges(in:)`, given the offsets of the ".", "?" and "!" of `scalars`.
    func sentenceRanges(in scalars: [Unicode.Scalar], endMarks: [Int]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        switch version {
        case .nltk3_10_4:
            realignBoundaries(NLTK3_10_4.self, scalars, sentenceSlices(NLTK3_10_4.self, scalars, endMarks: endMarks)) { ranges.append($0) }
        case .nltk3_9_2:
            realignBoundaries(NLTK3_9_2.self, scalars, sentenceSlices(NLTK3_9_2.self, scalars, endMarks: endMarks)) { ranges.append($0) }
        }
        return ranges
    }

    /// nltk's `_slices_from_text`: a slice ends after each potential sentence end whose
    /// context holds a sentence break; the last one ends at the text's `rstrip()` end.
    func sentenceSlices<F: NLTKFlavor>(_ flavor: F.Type, _ s: [Unicode.Scalar], endMarks: [Int]) -> [(start: Int, end: Int)] {
        var slices: [(start: Int, end: Int)] = []
        var lastBreak = 0
        var scratch = PunktAnnotator.Scratch()
        s.withUnsafeBufferPointer { text in
            PunktEndContexts.forEach(F.self, in: s, endMarks: endMarks) { context in
                if annotator.containsSentenceBreak(F.self, text, context.contextRange, &scratch) {
                    slices.append((lastBreak, context.matchEnd))
                    lastBreak = context.nextTokenStart ?? context.matchEnd
                }
            }
        }
        var end = s.count
        while end > 0 && PythonCharacterClass.isSpace(s[end - 1]) { end -= 1 }
        slices.append((lastBreak, end))
        return slices
    }

    /// nltk's `_realign_boundaries`: closing punctuation (quotes, brackets) that starts
    /// the next slice, up to white space, "--" or the slice end, moves onto this one.
    /// Calls `sentence` with each resulting sentence range, in order.
    func realignBoundaries<F: NLTKFlavor>(_ flavor: F.Type, _ s: [Unicode.Scalar], _ slices: [(start: Int, end: Int)], _ sentence: (Range<Int>) -> Void) {
        var realign = 0
        for (i, slice) in slices.enumerated() {
            let start = slice.start + realign
            if i == slices.count - 1 {
                if let r = Self.pythonSlice(start, slice.end, s.count), !r.isEmpty { sentence(r) }
                continue
            }
            let next = slices[i + 1]
            if let match = Self.closingPunctuation(F.self, s, from: next.start, to: next.end) {
                sentence(Self.pythonSlice(start, next.start + match.kept, s.count) ?? 0..<0)
                realign = match.length
            } else {
                realign = 0
                if let r = Self.pythonSlice(start, slice.end, s.count), !r.isEmpty { sentence(r) }
            }
        }
    }

    /// `text[start:end]` bounds for nonnegative `start` and `end`; nil when empty.
    static func pythonSlice(_ start: Int, _ end: Int, _ count: Int) -> Range<Int>? {
        let lower = min(start, count), upper = min(end, count)
        return lower < upper ? lower..<upper : nil
    }

    /// `["')\]}‘’“”«»]+?(?:\s+|(?=--)|$)` (nltk 3.9.2: without ‘’“”«») matched at the
    /// start of `s[from..<to]`: the match length and its length without trailing white
    /// space.
    static func closingPunctuation<F: NLTKFlavor>(_ flavor: F.Type, _ s: [Unicode.Scalar], from: Int, to: Int) -> (length: Int, kept: Int)? {
        let to = min(to, s.count)
        var k = from
        while k < to && isClosingPunctuation(s[k]) && (F.punktCurlyQuotes || s[k].isASCII) {
            k += 1
            if k == to { return (k - from, k - from) }
            if F.isSpace(s[k]) {
                var e = k
                while e < to && F.isSpace(s[e]) { e += 1 }
                return (e - from, k - from)
            }
            if k + 1 < to && s[k] == "-" && s[k + 1] == "-" { return (k - from, k - from) }
        }
        return nil
    }

    @inline(__always)
    static func isClosingPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", ")", "]", "}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}": return true
        default: return false
        }
    }
}
