/// One token of janome 0.5.0's default `Tokenizer()` (IPADIC system dictionary):
/// `token.surface` and `token.part_of_speech` (the comma-joined string janome prints,
/// e.g. "名詞,一般,*,*").
public struct JanomeToken: Sendable, Hashable {
    public let surface: String
    public let partOfSpeech: String

    public init(surface: String, partOfSpeech: String) {
        self.surface = surface
        self.partOfSpeech = partOfSpeech
    }
}

/// A Japanese morphological analyzer equal to janome 0.5.0's `Tokenizer().tokenize(text)`
/// on its bundled IPADIC dictionary: the same tokens in the same order. Thread-safe; the
/// dictionary is decoded once, on first use (`JanomeDictionary.shared`).
///
/// What it reproduces (janome's tokenizer.py and lattice.py):
/// - `text.strip()` first, then chunks: a chunk ends at a position the lattice reaches
///   that is at least 1,024 code points in, or at least 500 in right after one of
///   `、。,.？?！!` or after a blank line (`\n\n`, `\r\n\r\n`); the next chunk starts there.
/// - At each position the lattice reaches (where some node ends), every dictionary word
///   that is a prefix of the next `min(50, chunk end - position)` code points, then the
///   unknown words of the first character's categories (char.def order): skipped where a
///   word matched unless the category is INVOKE; one candidate per category, the longest
///   run of characters of that category or a compatible one (GROUP: up to the chunk end;
///   otherwise at most LENGTH more characters), with every unk.def row of the category.
/// - Viterbi: a node takes the first predecessor of lowest cost (ending where it starts,
///   in the order they were added); on a tie a dictionary word with a lower entry number
///   replaces a dictionary word, nothing else does. The path is read back from EOS.
public enum JanomeTokenizer {
    /// `list(Tokenizer().tokenize(text))`, as (surface, part_of_speech) pairs.
    public static func tokenize(_ text: String) -> [JanomeToken] {
        let dictionary = JanomeDictionary.shared
        let scalars = PythonString.strip(text).unicodeScalars.map(\.value)
        var tokens: [JanomeToken] = []
        var lattice = Lattice()
        var processed = 0
        while processed < scalars.count {
            processed += lattice.tokenizeChunk(scalars, from: processed, dictionary: dictionary) { start, length, posIndex in
                var view = String.UnicodeScalarView()
                for i in start..<(start + length) { view.append(Unicode.Scalar(scalars[i])!) }
                tokens.append(JanomeToken(surface: String(view), partOfSpeech: dictionary.posStrings[posIndex]))
            }
        }
        return tokens
    }

    static let maxChunkSize = 1024
    static let chunkSize = 500
    static let maxLookupLength = 50
    static let maxUnknownLength = 1024
}

/// The lattice of one chunk; its buffers are reused from chunk to chunk.
private struct Lattice {
    // Nodes, by index. BOS is node 0.
    var start: [Int] = []
    var length: [Int] = []
    var leftId: [Int] = []
    var rightId: [Int] = []
    var minCost: [Int] = []
    var back: [Int] = []
    /// Entry number of a dictionary word, -1 for BOS and unknown words.
    var num: [Int] = []
    var posIndex: [Int] = []
    /// Nodes ending at each position, in the order they were added (linked list).
    var endHead: [Int] = []
    var endTail: [Int] = []
    var nextInEnd: [Int] = []

    mutating func reset(size: Int) {
        start.removeAll(keepingCapacity: true)
        length.removeAll(keepingCapacity: true)
        leftId.removeAll(keepingCapacity: true)
        rightId.removeAll(keepingCapacity: true)
        minCost.removeAll(keepingCapacity: true)
        back.removeAll(keepingCapacity: true)
        num.removeAll(keepingCapacity: true)
        posIndex.removeAll(keepingCapacity: true)
        nextInEnd.removeAll(keepingCapacity: true)
        endHead.removeAll(keepingCapacity: true)
        endTail.removeAll(keepingCapacity: true)
        endHead.append(contentsOf: repeatElement(-1, count: size + 2))
        endTail.append(contentsOf: repeatElement(-1, count: size + 2))
        // BOS: ends at 0, right id 0, cost 0.
        start.append(0); length.append(0); leftId.append(0); rightId.append(0)
        minCost.append(0); back.append(-1); num.append(-1); posIndex.append(0)
        nextInEnd.append(-1)
        endHead[0] = 0
        endTail[0] = 0
    }

    /// janome's `Lattice.add`: links the node to its best predecessor and files it under
    /// its end position.
    mutating func add(at position: Int, length nodeLength: Int, leftId left: Int, rightId right: Int, cost: Int,
                      num entryNum: Int, posIndex pos: Int, dictionary: JanomeDictionary) {
        var best = -1
        var bestCost = 2_147_483_647 - cost
        var candidate = endHead[position]
        while candidate >= 0 {
            let total = minCost[candidate] + dictionary.transitionCost(right: rightId[candidate], left: left)
            if total < bestCost {
                bestCost = total
                best = candidate
            } else if total == bestCost, best >= 0, num[best] >= 0, num[candidate] >= 0, num[candidate] < num[best] {
                best = candidate
            }
            candidate = nextInEnd[candidate]
        }
        // janome would fail here (no predecessor); costs never come near 2^31.
        precondition(best >= 0, "janome lattice: no predecessor")
        let node = start.count
        start.append(position)
        length.append(nodeLength)
        leftId.append(left)
        rightId.append(right)
        minCost.append(bestCost + cost)
        back.append(best)
        num.append(entryNum)
        posIndex.append(pos)
        nextInEnd.append(-1)
        let end = position + nodeLength
        if endTail[end] >= 0 { nextInEnd[endTail[end]] = node } else { endHead[end] = node }
        endTail[end] = node
    }

    /// janome's `__tokenize_partial` on `text[base...]`: emits the chunk's tokens as
    /// (absolute start, length, POS index) and returns how many code points it consumed.
    mutating func tokenizeChunk(_ text: [UInt32], from base: Int, dictionary: JanomeDictionary,
                                emit: (Int, Int, Int) -> Void) -> Int {
        let remaining = text.count - base
        let chunkSize = min(remaining, JanomeTokenizer.maxChunkSize)
        reset(size: chunkSize)
        var pos = 0
        while !shouldSplit(text, base: base, remaining: remaining, pos) {
            let matched = addDictionaryWords(text, base: base, pos, limit: min(JanomeTokenizer.maxLookupLength, chunkSize - pos), dictionary: dictionary)
            addUnknownWords(text, base: base, pos, chunkSize: chunkSize, matched: matched, dictionary: dictionary)
            // forward(): the next position where some node ends.
            pos += 1
            while endHead[pos] < 0 { pos += 1 }
        }
        // EOS: left id 0, cost 0.
        add(at: pos, length: 0, leftId: 0, rightId: 0, cost: 0, num: -1, posIndex: 0, dictionary: dictionary)
        var path: [Int] = []
        var node = back[start.count - 1]
        while node > 0 {
            path.append(node)
            node = back[node]
        }
        for node in path.reversed() {
            emit(base + start[node], length[node], posIndex[node])
        }
        return pos
    }

    private func shouldSplit(_ text: [UInt32], base: Int, remaining: Int, _ pos: Int) -> Bool {
        if pos >= remaining || pos >= JanomeTokenizer.maxChunkSize { return true }
        guard pos >= JanomeTokenizer.chunkSize else { return false }
        switch text[base + pos - 1] {
        case 0x3001, 0x3002, 0x2C, 0x2E, 0xFF1F, 0x3F, 0xFF01, 0x21: return true  // 、。,.？?！!
        default: break
        }
        let end = base + pos
        if text[end - 1] == 0x0A, text[end - 2] == 0x0A { return true }
        if pos >= 4, text[end - 1] == 0x0A, text[end - 2] == 0x0D, text[end - 3] == 0x0A, text[end - 4] == 0x0D { return true }
        return false
    }

    /// Every dictionary word that is a prefix of `text[base + pos ..< base + pos + limit]`,
    /// shorter first, each surface's entries by entry number. Returns whether any matched.
    private mutating func addDictionaryWords(_ text: [UInt32], base: Int, _ pos: Int, limit: Int,
                                             dictionary d: JanomeDictionary) -> Bool {
        let first = text[base + pos]
        guard first < 0x10000 else { return false }
        var lo = Int(d.firstCharRange[Int(first) * 2])
        var hi = Int(d.firstCharRange[Int(first) * 2 + 1])
        var matched = false
        var k = 1
        // Invariant: the surfaces in lo..<hi are those starting with text[pos..<pos+k].
        while lo < hi {
            if Int(d.surfaceStart[lo + 1] - d.surfaceStart[lo]) == k {
                // The exact match sorts first.
                matched = true
                for e in Int(d.entryStart[lo])..<Int(d.entryStart[lo + 1]) {
                    let id = Int(d.entryId[e])
                    add(at: pos, length: k, leftId: id, rightId: id, cost: Int(d.entryCost[e]), num: Int(d.entryNum[e]),
                        posIndex: Int(d.posOfId[id]), dictionary: d)
                }
                lo += 1
            }
            if k >= limit || lo >= hi { break }
            let c = text[base + pos + k]
            guard c < 0x10000 else { break }
            let unit = UInt16(c)
            // Lower bound of unit at offset k, then of unit + 1.
            var a = lo, b = hi
            while a < b {
                let mid = (a + b) >> 1
                if d.chars[Int(d.surfaceStart[mid]) + k] < unit { a = mid + 1 } else { b = mid }
            }
            lo = a
            b = hi
            while a < b {
                let mid = (a + b) >> 1
                if d.chars[Int(d.surfaceStart[mid]) + k] <= unit { a = mid + 1 } else { b = mid }
            }
            hi = a
            k += 1
        }
        return matched
    }

    private mutating func addUnknownWords(_ text: [UInt32], base: Int, _ pos: Int, chunkSize: Int, matched: Bool,
                                          dictionary d: JanomeDictionary) {
        let charClass = d.charClasses[d.charClass(text[base + pos])]
        for category in charClass.categories {
            let definition = d.categories[Int(category)]
            if matched && !definition.invokeAlways { continue }
            let maxLength = definition.group ? JanomeTokenizer.maxUnknownLength : definition.length
            let limit = min(chunkSize, pos + maxLength + 1)
            let bit: UInt32 = 1 << UInt32(category)
            var end = pos + 1
            while end < limit, d.charClasses[d.charClass(text[base + end])].continuesMask & bit != 0 { end += 1 }
            for unknown in definition.unknowns {
                add(at: pos, length: end - pos, leftId: unknown.leftId, rightId: unknown.rightId, cost: unknown.cost,
                    num: -1, posIndex: unknown.posIndex, dictionary: d)
            }
        }
    }
}
