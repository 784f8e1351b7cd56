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
        text.withUTF8Bytes { bytes in
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
    /// The token ids of every prompt, one after the other in `order` (the searches read
    /// them front to back: one contiguous array, not thousands scattered on the heap).
    let sortedTokens: [Int32]
    /// Where each sorted position's tokens start in `sortedTokens` (one more at the end).
    let starts: [Int]

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
        sortedTokens = order.flatMap { ids[$0] }
        var starts = [0]
        for index in order { starts.append(starts[starts.count - 1] + ids[index].count) }
        self.starts = starts
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
        let found = forEachOuterChunk(parallelism: parallelism) { positions, matcher, tokens -> [Pair] in
            var found: [Pair] = []
            for p in positions {
                let m = starts[p + 1] - starts[p]
                guard m > 0 else { continue }
                // Lengths only grow along the sorted order; past the first length that
                // cannot pass even with an LCS of all m tokens, none can.
                var end = p + 1, passing = -1
                while end < order.count {
                    let n = starts[end + 1] - starts[end]
                    if n != passing {
                        guard RougeL.fmeasure(lcs: m, target: m, prediction: n) >= threshold else { break }
                        passing = n
                    }
                    end += 1
                }
                guard end > p + 1 else { continue }
                matcher.load(tokens, starts[p]..<starts[p + 1])
                var lastLength = -1, lastRequired = 0
                func required(_ q: Int) -> Int {
                    let n = starts[q + 1] - starts[q]
                    if n != lastLength {
                        lastRequired = RougeL.requiredLCS(m, n, threshold: threshold) ?? Int.max
                        lastLength = n
                    }
                    return lastRequired
                }
                func check(_ q: Int, _ lcs: Int) {
                    let n = starts[q + 1] - starts[q]
                    if lcs >= required(q) {
                        let (a, b) = (order[p], order[q])
                        found.append(Pair(first: min(a, b), second: max(a, b), fmeasure: RougeL.fmeasure(lcs: lcs, target: m, prediction: n)))
                    }
                }
                var q = p + 1
                while q + 1 < end {
                    let (x, y) = matcher.lcs(tokens, starts[q]..<starts[q + 1], starts[q + 1]..<starts[q + 2], required: (required(q), required(q + 1)))
                    check(q, x)
                    check(q + 1, y)
                    q += 2
                }
                if q < end { check(q, matcher.lcs(tokens, starts[q]..<starts[q + 1])) }
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
        let lengths = (0..<count).map { starts[$0 + 1] - starts[$0] }
        // First the nearest neighbours in length, whose scores make good lower bounds.
        var best = [Double](repeating: 0, count: count)  // by sorted position
        var seeds: [Pair] = []
        var seededCount = 0
        var matcher = LCSMatcher(vocabularySize: vocabulary.count)
        let neighbours = 4
        sortedTokens.withUnsafeBufferPointer { tokens in
            for p in 0..<count where lengths[p] > 0 {
                matcher.load(tokens, starts[p]..<starts[p + 1])
                for q in (p + 1)..<min(count, p + 1 + neighbours) {
                    let f = RougeL.fmeasure(lcs: matcher.lcs(tokens, starts[q]..<starts[q + 1]), target: lengths[p], prediction: lengths[q])
                    best[p] = max(best[p], f)
                    best[q] = max(best[q], f)
                    if f >= threshold { seededCount += 1 }
                    seeds.append(Pair(first: min(order[p], order[q]), second: max(order[p], order[q]), fmeasure: f))
                }
            }
        }
        var topList = TopPairs(capacity: top)
        for pair in seeds { topList.offer(pair) }
        // The lowest best value among the prompts from each sorted position on.
        var suffixLowest = [Double](repeating: .infinity, count: count + 1)
        for p in stride(from: count - 1, through: 0, by: -1) { suffixLowest[p] = min(suffixLowest[p + 1], best[p]) }
        let seededBest = best, seededTop = topList, lowestFrom = suffixLowest
        let parts = forEachOuterChunk(parallelism: parallelism) { positions, matcher, tokens -> ([Int: Double], TopPairs, Int) in
            // Bounds from this worker's own findings only: lower than the shared truth, so
            // every skip stays safe (and so does deciding on a pending pair's bounds
            // before the pair before it is scored).
            var best = seededBest
            var topList = seededTop
            var raised: [Int: Double] = [:]
            var atThreshold = 0
            for p in positions {
                let m = lengths[p]
                guard m > 0 else { continue }
                var loaded = false
                var pending: Int?
                func record(_ q: Int, _ lcs: Int) {
                    let f = RougeL.fmeasure(lcs: lcs, target: m, prediction: lengths[q])
                    topList.offer(Pair(first: min(order[p], order[q]), second: max(order[p], order[q]), fmeasure: f))
                    if f >= threshold { atThreshold += 1 }
                    if f > best[p] {
                        best[p] = f
                        raised[p] = f
                    }
                    if f > best[q] {
                        best[q] = f
                        raised[q] = f
                    }
                }
                var boundLength = -1, bound = 0.0
                for q in (p + 1 + neighbours)..<max(count, p + 1 + neighbours) {
                    if lengths[q] != boundLength {
                        boundLength = lengths[q]
                        bound = RougeL.fmeasure(lcs: m, target: m, prediction: boundLength)
                    }
                    let wanted = topList.wants(bound) || bound >= threshold
                    if bound <= best[p] && !wanted && bound <= lowestFrom[q] { break }
                    guard bound > best[p] || bound > best[q] || wanted else { continue }
                    if !loaded { matcher.load(tokens, starts[p]..<starts[p + 1]); loaded = true }
                    if let first = pending {
                        let (x, y) = matcher.lcs(tokens, starts[first]..<starts[first + 1], starts[q]..<starts[q + 1])
                        record(first, x)
                        record(q, y)
                        pending = nil
                    } else {
                        pending = q
                    }
                }
                if let first = pending { record(first, matcher.lcs(tokens, starts[first]..<starts[first + 1])) }
            }
            return (raised, topList, atThreshold)
        }
        var atThreshold = seededCount
        for (raised, list, count) in parts {
            atThreshold += count
            for (position, value) in raised { best[position] = max(best[position], value) }
            for pair in list.pairs { topList.offer(pair) }
        }
        var highest = [Double](repeating: 0, count: count)
        for (position, index) in order.enumerated() { highest[index] = best[position] }
        return Survey(top: topList.pairs.sorted(by: Self.mostSimilarFirst), highest: highest, atThreshold: atThreshold)
    }

    static func mostSimilarFirst(_ x: Pair, _ y: Pair) -> Bool {
        (-x.fmeasure, x.first, x.second) < (-y.fmeasure, y.first, y.second)
    }

    /// Runs `body` over chunks of sorted positions on `parallelism` threads, each chunk
    /// with a matcher of its own; results in chunk order.
    private func forEachOuterChunk<Result: Sendable>(parallelism: Int, _ body: @Sendable (Range<Int>, inout LCSMatcher, UnsafeBufferPointer<Int32>) -> Result) -> [Result] {
        let chunk = 32
        let chunks = stride(from: 0, to: order.count, by: chunk).map { $0..<min($0 + chunk, order.count) }
        let vocabularySize = vocabulary.count
        return sortedTokens.withUnsafeBufferPointer { tokens in
            nonisolated(unsafe) let tokens = tokens  // read-only while the workers run
            return ParallelMap.map(chunks, parallelism: parallelism, chunkSize: 1) { positions in
                var matcher = LCSMatcher(vocabularySize: vocabularySize)
                return body(positions, &matcher, tokens)
            }
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

/// Bit-parallel LCS lengths of one token sequence (`load`) against many others.
struct LCSMatcher {
    /// Per token id: for a loaded sequence of up to 64 tokens, the mask of its positions.
    private var singleMasks: [UInt64]
    /// Per token id: for a longer one, 1 + the offset of its masks in `wideMasks` (0: absent).
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
        tokens.withUnsafeBufferPointer { load($0, 0..<$0.count) }
    }

    mutating func load(_ buffer: UnsafeBufferPointer<Int32>, _ range: Range<Int>) {
        for id in loaded {
            singleMasks[Int(id)] = 0
            wideSlot[Int(id)] = 0
        }
        loaded = Array(buffer[range])
        length = range.count
        words = (length + 63) / 64
        if words <= 1 {
            for (position, id) in loaded.enumerated() { singleMasks[Int(id)] |= 1 << UInt64(position) }
            return
        }
        wideMasks.removeAll(keepingCapacity: true)
        for (position, id) in loaded.enumerated() {
            if wideSlot[Int(id)] == 0 {
                wideSlot[Int(id)] = Int32(wideMasks.count + 1)
                wideMasks.append(contentsOf: repeatElement(0, count: words))
            }
            wideMasks[Int(wideSlot[Int(id)]) - 1 + position / 64] |= 1 << UInt64(position % 64)
        }
        if vector.count < words { vector = [UInt64](repeating: 0, count: words) }
    }

    /// The number of zero bits among the low `length` bits of a single-word vector: the LCS.
    @inline(__always)
    private func zeros(_ v: UInt64) -> Int {
        let low = length == 64 ? UInt64.max : (1 << UInt64(length)) - 1
        return length - (v & low).nonzeroBitCount
    }

    /// The LCS length of the loaded sequence and `other`.
    mutating func lcs(_ other: [Int32]) -> Int {
        other.withUnsafeBufferPointer { lcs($0, 0..<$0.count) }
    }

    /// The LCS length of the loaded sequence and `buffer[range]`.
    mutating func lcs(_ buffer: UnsafeBufferPointer<Int32>, _ range: Range<Int>) -> Int {
        if words == 0 { return 0 }
        if words == 1 {
            var v = UInt64.max
            singleMasks.withUnsafeBufferPointer { masks in
                for index in range {
                    let m = masks[Int(buffer[index])]
                    v = (v &+ (v & m)) | (v & ~m)
                }
            }
            return zeros(v)
        }
        let words = words, length = length
        return vector.withUnsafeMutableBufferPointer { v in
            for k in 0..<words { v[k] = .max }
            wideSlot.withUnsafeBufferPointer { slots in
                wideMasks.withUnsafeBufferPointer { masks in
                    for index in range {
                        let slot = Int(slots[Int(buffer[index])])
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

    /// The LCS lengths of the loaded sequence and two others. For a loaded sequence of up
    /// to 64 tokens both are run in one loop: the two dependency chains (and, add, or per
    /// token) overlap in the processor instead of waiting on each other.
    ///
    /// With `required`, the loop may stop early once neither LCS can reach its required
    /// length (the LCS so far plus the tokens left is below it); the values returned are
    /// then below their required lengths, and exact otherwise.
    mutating func lcs(_ buffer: UnsafeBufferPointer<Int32>, _ first: Range<Int>, _ second: Range<Int>,
                      required: (Int, Int) = (0, 0)) -> (Int, Int) {
        guard words == 1 else { return (lcs(buffer, first), lcs(buffer, second)) }
        var v1 = UInt64.max, v2 = UInt64.max
        let common = min(first.count, second.count)
        let checkEvery = 16
        return singleMasks.withUnsafeBufferPointer { masks in
            var offset = 0
            while offset < common {
                let stop = min(common, offset + checkEvery)
                for offset in offset..<stop {
                    let m1 = masks[Int(buffer[first.lowerBound + offset])]
                    let m2 = masks[Int(buffer[second.lowerBound + offset])]
                    v1 = (v1 &+ (v1 & m1)) | (v1 & ~m1)
                    v2 = (v2 &+ (v2 & m2)) | (v2 & ~m2)
                }
                offset = stop
                if offset < common {
                    // Each token left can add at most one to an LCS.
                    let most1 = zeros(v1) + first.count - offset, most2 = zeros(v2) + second.count - offset
                    if most1 < required.0 && most2 < required.1 { return (most1, most2) }
                }
            }
            for index in (first.lowerBound + common)..<first.upperBound {
                let m = masks[Int(buffer[index])]
                v1 = (v1 &+ (v1 & m)) | (v1 & ~m)
            }
            for index in (second.lowerBound + common)..<second.upperBound {
                let m = masks[Int(buffer[index])]
                v2 = (v2 &+ (v2 & m)) | (v2 & ~m)
            }
            return (zeros(v1), zeros(v2))
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
