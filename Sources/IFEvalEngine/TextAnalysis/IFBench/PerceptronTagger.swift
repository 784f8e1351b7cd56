/// `nltk.pos_tag(tokens)` as nltk 3.9.2 runs it: the greedy averaged perceptron of
/// `PerceptronTagger` with NLTK's English model (`averaged_perceptron_tagger_eng`),
/// tagging a list of tokens (IFBench passes `nltk.word_tokenize(text)` whole).
///
/// Exactly as nltk: a word of the tag dictionary (looked up as it is, by code points)
/// gets its tag; any other gets the class with the highest score, where a class's score
/// is the sum, in double precision and in the order nltk adds the features, of its
/// weights in the features of the word (its last three code points, first code point,
/// the two previous tags, and the normalised words around it); on equal scores the
/// class that sorts last wins, as `max(classes, key=lambda c: (scores[c], c))` decides.
/// Normalisation: a word with "-" not at its start is "!HYPHEN", four digits
/// (`str.isdigit`) "!YEAR", a word starting with a digit "!DIGITS", anything else its
/// `str.lower()`.
public struct PerceptronTagger: Sendable {
    private let model: PerceptronTaggerModel

    /// The English tagger of `nltk.pos_tag`. Its tag dictionary is read on first use.
    public static let english = PerceptronTagger(model: .english)

    private init(model: PerceptronTaggerModel) { self.model = model }

    /// The tags of `tokens`, one per token.
    public func tag(_ tokens: [String]) -> [String] {
        tag(tokens, count: tokens.count)
    }

    /// The tags of the first `count` tokens: the same as the first `count` tags of
    /// `tag(tokens)` (the tagger is greedy, left to right; a tag depends on the two
    /// tokens after it, but not on later tags), without tagging the rest.
    public func tag(_ tokens: [String], count: Int) -> [String] {
        let count = min(max(count, 0), tokens.count)
        guard count > 0 else { return [] }
        let contextEnd = min(tokens.count, count + 2)
        // Only the tokens a tag looks at (up to two after the last one tagged).
        let words = tokens[..<contextEnd].map { Array($0.unicodeScalars) }
        let start: [[UInt8]] = [Array("-START-".utf8), Array("-START2-".utf8)]
        let end: [[UInt8]] = [Array("-END-".utf8), Array("-END2-".utf8)]
        let context = start + words[..<contextEnd].map(Self.normalize) + end
        var prev = Array("-START-".utf8), prev2 = Array("-START2-".utf8)
        var output: [String] = []
        output.reserveCapacity(count)
        var scores = [Double](repeating: 0, count: model.classes.count)
        var feature: [UInt8] = []
        feature.reserveCapacity(64)
        for i in 0..<count {
            let label: Int
            if let known = model.dictionaryTag(Array(tokens[i].utf8)) {
                label = Int(known)
            } else {
                let c = i + 2
                let word = words[i]
                scores.withUnsafeMutableBufferPointer { scores in
                    let s = scores.baseAddress!
                    for k in scores.indices { scores[k] = 0 }
                    func add(_ kind: PerceptronTaggerModel.Feature, _ parts: [UInt8]...) {
                        feature.removeAll(keepingCapacity: true)
                        for (k, part) in parts.enumerated() {
                            if k > 0 { feature.append(0x20) }
                            feature.append(contentsOf: part)
                        }
                        feature.withUnsafeBufferPointer { model.addWeights(kind, $0, to: s) }
                    }
                    add(.bias)
                    add(.suffix, Self.utf8(word.suffix(3)))
                    add(.prefix1, Self.utf8(word.prefix(1)))
                    add(.previousTag, prev)
                    add(.previousTag2, prev2)
                    add(.tagPair, prev, prev2)
                    add(.word, context[c])
                    add(.previousTagAndWord, prev, context[c])
                    add(.previousWord, context[c - 1])
                    add(.previousSuffix, Self.utf8Suffix3(context[c - 1]))
                    add(.previousWord2, context[c - 2])
                    add(.nextWord, context[c + 1])
                    add(.nextSuffix, Self.utf8Suffix3(context[c + 1]))
                    add(.nextWord2, context[c + 2])
                }
                // Classes are sorted: on a tie the later (greater) one wins, as in Python.
                var best = 0
                for k in 1..<scores.count where scores[k] >= scores[best] { best = k }
                label = best
            }
            let tag = model.classes[label]
            output.append(tag)
            prev2 = prev
            prev = Array(tag.utf8)
        }
        return output
    }

    /// `PerceptronTagger.normalize(word)`, as UTF-8 bytes.
    static func normalize(_ word: [Unicode.Scalar]) -> [UInt8] {
        if let first = word.first, first != "-", word.contains("-") { return Array("!HYPHEN".utf8) }
        if word.count == 4 && word.allSatisfy(PythonCharacterClass.isDigit) { return Array("!YEAR".utf8) }
        if let first = word.first, PythonCharacterClass.isDigit(first) { return Array("!DIGITS".utf8) }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: word)
        return Array(PythonString.lower(String(text)).utf8)
    }

    private static func utf8(_ scalars: some Collection<Unicode.Scalar>) -> [UInt8] {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return Array(String(text).utf8)
    }

    /// The UTF-8 bytes of the last three code points of a UTF-8 string (`s[-3:]`).
    private static func utf8Suffix3(_ bytes: [UInt8]) -> [UInt8] {
        var start = bytes.count
        var seen = 0
        while start > 0 && seen < 3 {
            start -= 1
            if bytes[start] & 0xC0 != 0x80 { seen += 1 }
        }
        return Array(bytes[start...])
    }
}
