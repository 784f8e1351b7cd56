/// NLTK's Punkt sentence tokenizer with the English model, as
/// `PunktTokenizer("english").tokenize(text)` behaves in nltk 3.10.4 (`english`) or in
/// nltk 3.9.2 (`englishNLTK39`: patterns compiled by `re`, and the curly quotes and
/// guillemets are not quotes to it) (tokenize side only, no training). Sentences are slices of the text: not stripped, with closing
/// quotes and brackets after a sentence end moved onto the sentence they close.
public struct PunktSentenceTokenizer: SentenceCounting {
    let annotator: PunktAnnotator

    /// The tokenizer with NLTK's English model (embedded, decoded once).
    public static let english = PunktSentenceTokenizer()
    /// The tokenizer as nltk 3.9.2 runs it (IFBench's reference).
    public static let englishNLTK39 = PunktSentenceTokenizer(flavor: .nltk3_9)

    /// Which NLTK's Punkt.
    public var flavor: TextAnalysisFlavor { annotator.flavor }

    /// A tokenizer with NLTK's English model.
    public init(flavor: TextAnalysisFlavor = .nltk3_10) {
        annotator = PunktAnnotator(model: .english, flavor: flavor)
    }

    public func sentences(in text: String) -> [String] {
        let (scalars, endMarks) = ScalarText.scalarsAndEndMarks(of: text)
        return Self.cut(text, scalarCount: scalars.count, sentenceRanges(in: scalars, endMarks: endMarks))
    }

    /// The texts of ranges of scalar offsets of `text` (of `scalarCount` scalars), cut
    /// from its UTF-8 rather than encoded again.
    static func cut(_ text: String, scalarCount: Int, _ ranges: [Range<Int>]) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            if scalarCount == bytes.count {
                return ranges.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
            }
            // The byte offset of each scalar (where a byte is no continuation byte).
            var offsets: [Int] = []
            offsets.reserveCapacity(scalarCount + 1)
            for i in 0..<bytes.count where bytes[i] & 0xC0 != 0x80 { offsets.append(i) }
            offsets.append(bytes.count)
            return ranges.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[offsets[$0.lowerBound]..<offsets[$0.upperBound]]), as: UTF8.self) }
        }
    }

    public func countSentences(in text: String) -> Int {
        let (scalars, endMarks) = ScalarText.scalarsAndEndMarks(of: text)
        // Without a sentence-end character there is no potential end, so one slice: the
        // whole text up to its `rstrip()` end, a sentence unless that is empty.
        guard !endMarks.isEmpty else {
            return scalars.contains { !PythonCharacterClass.isSpace($0) } ? 1 : 0
        }
        var count = 0
        realignBoundaries(scalars, sentenceSlices(scalars, endMarks: endMarks)) { _ in count += 1 }
        return count
    }

    /// The sentences of `scalars` as ranges of scalar offsets (Python slice bounds).
    public func sentenceRanges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        sentenceRanges(in: scalars, endMarks: PunktEndContexts.endMarks(in: scalars))
    }

    /// `sentenceRanges(in:)`, given the offsets of the ".", "?" and "!" of `scalars`.
    func sentenceRanges(in scalars: [Unicode.Scalar], endMarks: [Int]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        realignBoundaries(scalars, sentenceSlices(scalars, endMarks: endMarks)) { ranges.append($0) }
        return ranges
    }

    /// nltk's `_slices_from_text`: a slice ends after each potential sentence end whose
    /// context holds a sentence break; the last one ends at the text's `rstrip()` end.
    func sentenceSlices(_ s: [Unicode.Scalar], endMarks: [Int]) -> [(start: Int, end: Int)] {
        var slices: [(start: Int, end: Int)] = []
        var lastBreak = 0
        var scratch = PunktAnnotator.Scratch()
        s.withUnsafeBufferPointer { text in
            PunktEndContexts.forEach(in: s, endMarks: endMarks, flavor: flavor) { context in
                if annotator.containsSentenceBreak(text, context.contextRange, &scratch) {
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
    func realignBoundaries(_ s: [Unicode.Scalar], _ slices: [(start: Int, end: Int)], _ sentence: (Range<Int>) -> Void) {
        var realign = 0
        for (i, slice) in slices.enumerated() {
            let start = slice.start + realign
            if i == slices.count - 1 {
                if let r = Self.pythonSlice(start, slice.end, s.count), !r.isEmpty { sentence(r) }
                continue
            }
            let next = slices[i + 1]
            if let match = Self.closingPunctuation(s, from: next.start, to: next.end, flavor) {
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

    /// `["')\]}‘’“”«»]+?(?:\s+|(?=--)|$)` (nltk 3.9.2: `["')\]}]+?...`) matched at the
    /// start of `s[from..<to]`: the match length and its length without trailing white space.
    static func closingPunctuation(_ s: [Unicode.Scalar], from: Int, to: Int, _ f: TextAnalysisFlavor = .nltk3_10) -> (length: Int, kept: Int)? {
        let to = min(to, s.count)
        var k = from
        while k < to && isClosingPunctuation(s[k], f) {
            k += 1
            if k == to { return (k - from, k - from) }
            if f.isSpace(s[k]) {
                var e = k
                while e < to && f.isSpace(s[e]) { e += 1 }
                return (e - from, k - from)
            }
            if k + 1 < to && s[k] == "-" && s[k + 1] == "-" { return (k - from, k - from) }
        }
        return nil
    }

    @inline(__always)
    static func isClosingPunctuation(_ c: Unicode.Scalar, _ f: TextAnalysisFlavor = .nltk3_10) -> Bool {
        switch c {
        case "\"", "'", ")", "]", "}": return true
        case "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}": return f.punktKnowsCurlyQuotes
        default: return false
        }
    }
}
