import Foundation

/// ROUGE-L exactly as Google's `rouge-score` package computes it with
/// `RougeScorer(["rougeL"])` (its default tokenizer, no stemming): the similarity that
/// Self-Instruct (Wang et al. 2022) uses to keep near-duplicate instructions out of a pool.
public enum RougeL {
    /// rouge-score's default tokenizer: Python's `text.lower()`, then every run of code
    /// points other than ASCII `a-z0-9` separates tokens. Letters outside ASCII (`é`,
    /// `ß`, CJK, ...) are therefore separators, not parts of words; the only non-ASCII
    /// code points that contribute are the two whose CPython 3.11 lower case is ASCII:
    /// U+0130 `İ` (lower `i` + U+0307, so it ends its token after the `i`) and U+212A
    /// KELVIN SIGN (lower `k`).
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        scanTokens(text) { tokens.append(String(decoding: $0, as: UTF8.self)) }
        return tokens
    }

    /// Calls `body` with the bytes of each token, in order.
    static func scanTokens(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var token: [UInt8] = []
            token.reserveCapacity(32)
            func flush() {
                if !token.isEmpty { token.withUnsafeBufferPointer(body); token.removeAll(keepingCapacity: true) }
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    token.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    token.append(byte + 32)
                case 0xC4 where index + 1 < bytes.count && bytes[index + 1] == 0xB0:  // U+0130 -> "i\u{307}"
                    token.append(UInt8(ascii: "i"))
                    flush()
                    index += 1
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x84 && bytes[index + 2] == 0xAA:  // U+212A -> "k"
                    token.append(UInt8(ascii: "k"))
                    index += 2
                default:
                    // 0xC4 and 0xE2 are lead bytes, so the tests above only ever see the
                    // start of a code point; every other byte of a non-ASCII code point
                    // lands here and separates.
                    flush()
                }
                index += 1
            }
            flush()
        }
    }

    /// rouge-score's `_score_lcs` F-measure for an LCS of `lcs` tokens between a target of
    /// `target` tokens and a prediction of `prediction` tokens, with the same floating-point
    /// operations in the same order (precision `lcs / prediction`, recall `lcs / target`,
    /// `2 * p * r / (p + r)`), so the value is Python's to the last bit. It is symmetric:
    /// swapping target and prediction gives the same double.
    @inline(__always)
    public static func fmeasure(lcs: Int, target: Int, prediction: Int) -> Double {
        guard target > 0, prediction > 0, lcs > 0 else { return 0 }
        let precision = Double(lcs) / Double(prediction)
        let recall = Double(lcs) / Double(target)
        return 2 * precision * recall / (precision + recall)
    }

    /// `RougeScorer(["rougeL"]).score(target, prediction)["rougeL"]`.
    public static func score(target: String, prediction: String) -> (precision: Double, recall: Double, fmeasure: Double) {
        let t = tokens(target), p = tokens(prediction)
        guard !t.isEmpty, !p.isEmpty else { return (0, 0, 0) }
        let lcs = longestCommonSubsequence(t, p).count
        return (Double(lcs) / Double(p.count), Double(lcs) / Double(t.count), fmeasure(lcs: lcs, target: t.count, prediction: p.count))
    }

    /// One longest common subsequence, by the quadratic table (rouge-score's `_lcs_table`
    /// and `_backtrack_norec`: on a tie it steps towards the earlier token of `b`).
    public static func longestCommonSubsequence<T: Equatable>(_ a: [T], _ b: [T]) -> [T] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        let columns = b.count + 1
        var table = [Int32](repeating: 0, count: (a.count + 1) * columns)
        for i in 1...a.count {
            for j in 1...b.count {
                table[i * columns + j] = a[i - 1] == b[j - 1]
                    ? table[(i - 1) * columns + j - 1] + 1
                    : max(table[(i - 1) * columns + j], table[i * columns + j - 1])
            }
        }
        var result: [T] = []
        var i = a.count, j = b.count
        while i > 0 && j > 0 {
            if a[i - 1] == b[j - 1] {
                result.append(a[i - 1])
                i -= 1
                j -= 1
            } else if table[i * columns + j - 1] > table[(i - 1) * columns + j] {
                j -= 1
            } else {
                i -= 1
            }
        }
        return result.reversed()
    }

    /// The smallest LCS length with which a pair of `m` and `n` tokens scores at least
    /// `threshold`, or nil when even `min(m, n)` does not. Exact for the computed doubles:
    /// `fmeasure` grows with `lcs` (its true value is `2 lcs / (m + n)`, and consecutive
    /// values differ by far more than its rounding error), so the pairs that pass are
    /// exactly those whose LCS reaches this length.
    static func requiredLCS(_ m: Int, _ n: Int, threshold: Double) -> Int? {
        let most = min(m, n)
        guard most > 0, fmeasure(lcs: most, target: m, prediction: n) >= threshold else { return nil }
        var length = max(1, min(most, Int((threshold * Double(m + n) / 2).rounded(.up))))
        while length > 1 && fmeasure(lcs: length - 1, target: m, prediction: n) >= threshold { length -= 1 }
        while fmeasure(lcs: length, target: m, prediction: n) < threshold { length += 1 }
        return length
    }
}

/// All-pairs ROUGE-L over a prompt set: the near-duplicate pairs at a threshold
/// (Self-Instruct's 0.7) and, for curating, the most similar pairs and each prompt's
/// highest similarity. Every score is `RougeL.fmeasure` of an exact LCS.
///
/// Prompts are tokenized once into integer ids and sorted by length. The LCS of a pair
/// is computed bit-parallel (Allison-Dix / Crochemore et al.: one 64-bit word per 64
/// tokens of the shorter prompt, `V' = (V + (V & M)) | (V & ~M)` per token of the
/// longer one, the LCS being the number of zero bits), with tokens absent from the
/// shorter prompt skipped. Pairs are left out only when their lengths alone prove they
/// cannot matter: an LCS is at most the shorter length, so a pair of `m <= n` tokens
/// scores at most `fmeasure(m, m, n)`, which falls as `n` grows.
public struct PromptSimilarity: Sendable {
    /// A pair of prompts (indices into the texts given, `first < second`).
    public struct Pair: Sendable, Equatable {
        public let first: Int
        public let second: Int
        public let fmeasure: Double
    }

    /// The most similar pairs and each prompt's highest similarity to any other.
    public struct Survey: Sendable {
        /// At most `top` pairs, most similar first (ties by indices).
        public let top: [Pair]
        /// For each prompt, its highest ROUGE-L with another prompt (0 with one prompt).
        public let highest: [Double]
        /// How many pairs score at or above the threshold asked for.
        public let atThreshold: Int
    }

    /// Token ids of each prompt.
    let tokenIDs: [[Int32]]
    /// Token text by id.
    let vocabulary: [String]
    /// Prompt indices, shortest first (ties by index).
    let order: [Int]

    public init(_ texts: [String]) {
        var idOf: [String: Int32] = [:]
        var vocabulary: [String] = []
        tokenIDs = texts.map { text in
            var ids: [Int32] = []
            RougeL.scanTokens(text) { bytes in
                let token = String(decoding: bytes, as: UTF8.self)  // ASCII only: `==` is code point equality
                if let id = idOf[token] {
                    ids.append(id)
                } else {
                    ids.append(Int32(vocabulary.count))
                    idOf[token] = Int32(vocabulary.count)
                    vocabulary.append(token)
                }
            }
            return ids
        }
        self.vocabulary = vocabulary
        let ids = tokenIDs
        order = ids.indices.sorted { (ids[$0].count, $0) < (ids[$1].count, $1) }
    }

    public var count: Int { tokenIDs.count }

    /// The number of tokens of prompt `index`.
    public func tokenCount(_ index: Int) -> Int { tokenIDs[index].count }

    /// The ROUGE-L F-measure of two prompts.
    public func score(_ i: Int, _ j: Int) -> Double {
        RougeL.fmeasure(lcs: RougeL.longestCommonSubsequence(tokenIDs[i], tokenIDs[j]).count, target: tokenIDs[i].count, prediction: tokenIDs[j].count)
    }

    /// One longest common subsequence of two prompts, as tokens.
    public func commonSubsequence(_ i: Int, _ j: Int) -> [String] {
        RougeL.longestCommonSubsequence(tokenIDs[i], tokenIDs[j]).map { vocabulary[Int($0)] }
    }

    /// Every pair scoring at or above `threshold` (which must be above 0), most similar
    /// first, ties by indices.
    public func pairs(atLeast threshold: Double, parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Pair] {
        precondition(threshold > 0, "every pair scores at least 0")
        let found = forEachOuterChunk(parallelism: parallelism) { positions, matcher -> [Pair] in
            var found: [Pair] = []
            for p in positions {
                let a = order[p]
                let m = tokenIDs[a].count
                guard m > 0 else { continue }
                matcher.load(tokenIDs[a])
                var lastLength = -1, required = 0
                for q in (p + 1)..<order.count {
                    let b = order[q]
                    let n = tokenIDs[b].count
                    if n != lastLength {
                        // Lengths only grow from here; once a length cannot pass, no later one can.
                        guard let length = RougeL.requiredLCS(m, n, threshold: threshold) else { break }
                        required = length
                        lastLength = n
                    }
                    let lcs = matcher.lcs(tokenIDs[b])
                    if lcs >= required {
                        found.append(Pair(first: min(a, b), second: max(a, b), fmeasure: RougeL.fmeasure(lcs: lcs, target: m, prediction: n)))
                    }
                }
            }
            return found
        }
        return found.joined().sorted(by: Self.mostSimilarFirst)
    }

    /// The `top` most similar pairs, every prompt's highest similarity and the number of
    /// pairs at or above `threshold`, exactly as if every pair were scored; a pair is
    /// skipped only when its length bound shows it can change none of them.
    public func survey(top: Int, threshold: Double = .infinity, parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) -> Survey {
        let count = order.count
        // First the nearest neighbours in length, whose scores make good lower bounds.
        var best = [Double](repeating: 0, count: count)
        var seeds: [Pair] = []
        var seededCount = 0
        var matcher = LCSMatcher(vocabularySize: vocabulary.count)
        let neighbours = 4
        for p in 0..<count {
            let a = order[p]
            guard !tokenIDs[a].isEmpty else { continue }
            matcher.load(tokenIDs[a])
            for q in (p + 1)..<min(count, p + 1 + neighbours) {
                let b = order[q]
                let pair = Pair(first: min(a, b), second: max(a, b),
                                fmeasure: RougeL.fmeasure(lcs: matcher.lcs(tokenIDs[b]), target: tokenIDs[a].count, prediction: tokenIDs[b].count))
                best[a] = max(best[a], pair.fmeasure)
                best[b] = max(best[b], pair.fmeasure)
                if pair.fmeasure >= threshold { seededCount += 1 }
                seeds.append(pair)
            }
        }
        var topList = TopPairs(capacity: top)
        for pair in seeds { topList.offer(pair) }
        // The lowest best value among the prompts from each sorted position on.
        var suffixLowest = [Double](repeating: .infinity, count: count + 1)
        for p in stride(from: count - 1, through: 0, by: -1) { suffixLowest[p] = min(suffixLowest[p + 1], best[order[p]]) }
        let seededBest = best, seededTop = topList, lowestFrom = suffixLowest
        let parts = forEachOuterChunk(parallelism: parallelism) { positions, matcher -> ([Int: Double], TopPairs, Int) in
            // Bounds from this worker's own findings only: lower than the shared truth, so
            // every skip stays safe.
            var best = seededBest
            var topList = seededTop
            var raised: [Int: Double] = [:]
            var atThreshold = 0
            for p in positions {
                let a = order[p]
                let m = tokenIDs[a].count
                guard m > 0 else { continue }
                var loaded = false
                for q in (p + 1 + neighbours)..<max(count, p + 1 + neighbours) {
                    let b = order[q]
                    let n = tokenIDs[b].count
                    let bound = RougeL.fmeasure(lcs: m, target: m, prediction: n)
                    let topWants = topList.wants(bound) || bound >= threshold
                    if bound <= best[a] && !topWants && bound <= lowestFrom[q] { break }
                    guard bound > best[a] || bound > best[b] || topWants else { continue }
                    if !loaded { matcher.load(tokenIDs[a]); loaded = true }
                    let pair = Pair(first: min(a, b), second: max(a, b), fmeasure: RougeL.fmeasure(lcs: matcher.lcs(tokenIDs[b]), target: m, prediction: n))
                    topList.offer(pair)
                    if pair.fmeasure >= threshold { atThreshold += 1 }
                    for index in [a, b] where pair.fmeasure > best[index] {
                        best[index] = pair.fmeasure
                        raised[index] = pair.fmeasure
                    }
                }
            }
            return (raised, topList, atThreshold)
        }
        var atThreshold = seededCount
        for (raised, list, count) in parts {
            atThreshold += count
            for (index, value) in raised { best[index] = max(best[index], value) }
            for pair in list.pairs { topList.offer(pair) }
        }
        return Survey(top: topList.pairs.sorted(by: Self.mostSimilarFirst), highest: best, atThreshold: atThreshold)
    }

    static func mostSimilarFirst(_ x: Pair, _ y: Pair) -> Bool {
        (-x.fmeasure, x.first, x.second) < (-y.fmeasure, y.first, y.second)
    }

    /// Runs `body` over chunks of sorted positions on `parallelism` threads, each chunk
    /// with a matcher of its own; results in chunk order.
    private func forEachOuterChunk<Result: Sendable>(parallelism: Int, _ body: @Sendable (Range<Int>, inout LCSMatcher) -> Result) -> [Result] {
        let chunk = 32
        let chunks = stride(from: 0, to: order.count, by: chunk).map { $0..<min($0 + chunk, order.count) }
        let vocabularySize = vocabulary.count
        return ParallelMap.map(chunks, parallelism: parallelism, chunkSize: 1) { positions in
            var matcher = LCSMatcher(vocabularySize: vocabularySize)
            return body(positions, &matcher)
        }
    }
}

/// The `capacity` best pairs seen so far (by `PromptSimilarity.mostSimilarFirst`).
struct TopPairs: Sendable {
    let capacity: Int
    private(set) var pairs: [Pair] = []
    typealias Pair = PromptSimilarity.Pair

    init(capacity: Int) { self.capacity = capacity }

    /// Whether a pair scoring `score` could enter the list (ties may, by their indices).
    func wants(_ score: Double) -> Bool {
        capacity > 0 && (pairs.count < capacity || score >= pairs[pairs.count - 1].fmeasure)
    }

    mutating func offer(_ pair: Pair) {
        guard wants(pair.fmeasure), !pairs.contains(pair) else { return }
        let index = pairs.firstIndex { PromptSimilarity.mostSimilarFirst(pair, $0) } ?? pairs.count
        guard index < capacity else { return }
        pairs.insert(pair, at: index)
        if pairs.count > capacity { pairs.removeLast() }
    }
}

/// Bit-parallel LCS lengths of one prompt (`load`) against many others.
struct LCSMatcher {
    /// Per token id: for a prompt of up to 64 tokens, the mask of its positions.
    private var singleMasks: [UInt64]
    /// Per token id: for a longer prompt, 1 + the offset of its masks in `wideMasks` (0: absent).
    private var wideSlot: [Int32]
    private var wideMasks: [UInt64] = []
    private var vector: [UInt64] = []
    private var loaded: [Int32] = []
    private var length = 0
    private var words = 0

    init(vocabularySize: Int) {
        singleMasks = [UInt64](repeating: 0, count: vocabularySize)
        wideSlot = [Int32](repeating: 0, count: vocabularySize)
    }

    mutating func load(_ tokens: [Int32]) {
        for id in loaded {
            singleMasks[Int(id)] = 0
            wideSlot[Int(id)] = 0
        }
        loaded = tokens
        length = tokens.count
        words = (length + 63) / 64
        if words <= 1 {
            for (position, id) in tokens.enumerated() { singleMasks[Int(id)] |= 1 << UInt64(position) }
            return
        }
        wideMasks.removeAll(keepingCapacity: true)
        for (position, id) in tokens.enumerated() {
            if wideSlot[Int(id)] == 0 {
                wideSlot[Int(id)] = Int32(wideMasks.count + 1)
                wideMasks.append(contentsOf: repeatElement(0, count: words))
            }
            wideMasks[Int(wideSlot[Int(id)]) - 1 + position / 64] |= 1 << UInt64(position % 64)
        }
        if vector.count < words { vector = [UInt64](repeating: 0, count: words) }
    }

    /// The LCS length of the loaded prompt and `other`.
    mutating func lcs(_ other: [Int32]) -> Int {
        if words == 0 { return 0 }
        if words == 1 {
            var v = UInt64.max
            singleMasks.withUnsafeBufferPointer { masks in
                for id in other {
                    let m = masks[Int(id)]
                    v = (v &+ (v & m)) | (v & ~m)
                }
            }
            let low = length == 64 ? UInt64.max : (1 << UInt64(length)) - 1
            return length - (v & low).nonzeroBitCount
        }
        let words = words, length = length
        return vector.withUnsafeMutableBufferPointer { v in
            for k in 0..<words { v[k] = .max }
            wideSlot.withUnsafeBufferPointer { slots in
                wideMasks.withUnsafeBufferPointer { masks in
                    for id in other {
                        let slot = Int(slots[Int(id)])
                        if slot == 0 { continue }  // M = 0 leaves V as it is
                        var carry: UInt64 = 0
                        for k in 0..<words {
                            let m = masks[slot - 1 + k]
                            let x = v[k]
                            let (sum, overflow1) = x.addingReportingOverflow(x & m)
                            let (total, overflow2) = sum.addingReportingOverflow(carry)
                            carry = (overflow1 || overflow2) ? 1 : 0
                            v[k] = total | (x & ~m)
                        }
                    }
                }
            }
            var ones = 0
            for k in 0..<words {
                let bits = min(64, length - 64 * k)
                let low = bits == 64 ? UInt64.max : (1 << UInt64(bits)) - 1
                ones += (v[k] & low).nonzeroBitCount
            }
            return length - ones
        }
    }
}

extension PromptSimilarity.Survey {
    /// How many prompts have their highest similarity in each tenth: `[0, 0.1)`, ...,
    /// `[0.9, 1)`, then exactly 1 (the same tokens). The edges are the doubles `0.1` ...
    /// `0.9`, compared as `>=` as a threshold is.
    public var histogram: [Int] {
        var bins = [Int](repeating: 0, count: 11)
        for value in highest {
            bins[value >= 1 ? 10 : (1...9).last { value >= Double($0) / 10 } ?? 0] += 1
        }
        return bins
    }
}

extension PromptSimilarity {
    /// A common subsequence of two prompts, briefly: up to 12 tokens in full, otherwise
    /// the first 8 and the last 3 around the number left out.
    public func briefCommonSubsequence(_ i: Int, _ j: Int) -> String {
        let tokens = commonSubsequence(i, j)
        guard tokens.count > 12 else { return tokens.joined(separator: " ") }
        return (tokens.prefix(8) + ["... (\(tokens.count - 11) more) ..."] + tokens.suffix(3)).joined(separator: " ")
    }

    /// A score as the reports show it.
    public static func format(_ score: Double) -> String { String(format: "%.4f", score) }
}

extension PromptSetValidator {
    /// Self-Instruct's novelty check: one problem for each pair of prompts whose ROUGE-L
    /// F-measure is at or above `threshold`, on the later prompt's line, most similar first.
    public static func nearDuplicates(_ records: [(line: Int, record: PromptRecord)], file: String, threshold: Double,
                                      parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) -> [InputError] {
        let similarity = PromptSimilarity(records.map(\.record.prompt))
        return similarity.pairs(atLeast: threshold, parallelism: parallelism).map { pair in
            let (first, second) = (records[pair.first], records[pair.second])
            let counts = "\(similarity.tokenCount(pair.first)) and \(similarity.tokenCount(pair.second)) tokens"
            return InputError(file: file, line: second.line,
                              message: "prompt \(second.record.key): ROUGE-L \(PromptSimilarity.format(pair.fmeasure)) with prompt \(first.record.key) (line \(first.line)), at or above \(threshold); "
                                  + "in common (of \(counts)): \"\(similarity.briefCommonSubsequence(pair.first, pair.second))\"")
        }
    }
}
