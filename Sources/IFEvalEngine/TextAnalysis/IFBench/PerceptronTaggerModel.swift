#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The parameters of NLTK's averaged perceptron tagger, read in place from the
/// generated literals of `PerceptronTaggerModel+Data.swift` (layout: the docstring of
/// `Scripts/generate_pos_tagger_data.py`). Nothing is decoded until a tagger first
/// looks something up; the weights are never decoded at all.
struct PerceptronTaggerModel: Sendable {
    /// The feature kinds, in the order nltk's `_get_features` adds them, which is the
    /// order in which a tag's score is summed.
    enum Feature: UInt8, CaseIterable {
        case bias = 0, suffix, prefix1, previousTag, previousTag2, tagPair, word,
             previousTagAndWord, previousWord, previousSuffix, previousWord2, nextWord, nextSuffix, nextWord2
    }

    let classes: [String]
    private let weights: StaticString
    private let bucketBits: Int
    private let tagdict: [[UInt8]: UInt8]

    static let english = PerceptronTaggerModel(
        classes: EnglishData.classes, tagdict: EnglishData.tagdict,
        weights: EnglishData.weights, bucketBits: EnglishData.bucketBits)

    init(classes: [String], tagdict: StaticString, weights: StaticString, bucketBits: Int) {
        self.classes = classes
        self.weights = weights
        self.bucketBits = bucketBits
        let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { (Array($1.utf8), UInt8($0)) })
        var dict: [[UInt8]: UInt8] = [:]
        for (word, tag) in generatedPairs(tagdict) { dict[Array(word)] = index[Array(tag)]! }
        self.tagdict = dict
    }

    /// `tagdict.get(word)`: the class index of a word the tagger tags without its model.
    func dictionaryTag(_ word: [UInt8]) -> UInt8? { tagdict[word] }

    /// Adds the weights of the feature `kind` + `rest` (UTF-8) to `scores`, in the
    /// model's order.
    func addWeights(_ kind: Feature, _ rest: UnsafeBufferPointer<UInt8>, to scores: UnsafeMutablePointer<Double>) {
        var hash: UInt32 = 0x811C_9DC5
        hash = (hash ^ UInt32(kind.rawValue)) &* 0x0100_0193
        for byte in rest { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        let table = weights.utf8Start
        let header = 4 * ((1 << bucketBits) + 1)
        let bucket = Int(hash >> UInt32(32 - bucketBits))
        var p = header + Self.number(table, at: bucket * 4, digits: 4)
        let end = header + Self.number(table, at: (bucket + 1) * 4, digits: 4)
        while p < end {
            let length = Self.number(table, at: p + 1, digits: 2)
            let count = Int(table[p + 3] &- 0x30)
            let key = p + 4
            let weightsStart = key + length
            if table[p] &- 0x30 == kind.rawValue && length == rest.count
                && (length == 0 || memcmp(table + key, rest.baseAddress!, length) == 0) {
                var at = weightsStart
                for _ in 0..<count {
                    let thousandths = Self.number(table, at: at + 1, digits: 3) - (1 << 17)
                    scores[Int(table[at] &- 0x30)] += Double(thousandths) / 1000
                    at += 4
                }
                return
            }
            p = weightsStart + 4 * count
        }
    }

    @inline(__always)
    private static func number(_ table: UnsafePointer<UInt8>, at offset: Int, digits: Int) -> Int {
        var value = 0
        for k in 0..<digits { value = value << 6 | Int(table[offset + k] &- 0x30) }
        return value
    }
}
