/// Python idioms IFBench's verifiers share, with code-point semantics.
enum IFBenchText {
    /// `string.punctuation` (the 32 ASCII punctuation characters) as bit c of two masks
    /// for ASCII character c; `punctuationOrSpaceLow` adds the space (" "), which several
    /// verifiers strip from words too.
    private static let punctuationLow: UInt64 = 0xFC00_FFFE_0000_0000
    private static let punctuationOrSpaceLow: UInt64 = punctuationLow | (1 << 0x20)
    private static let punctuationHigh: UInt64 = 0x7800_0001_F800_0001

    @inline(__always)
    static func isPunctuation(_ v: UInt32) -> Bool {
        v < 0x40 ? (punctuationLow >> UInt64(v)) & 1 != 0 : v < 0x80 && (punctuationHigh >> UInt64(v - 0x40)) & 1 != 0
    }

    @inline(__always)
    private static func isPunctuationOrSpace(_ byte: UInt8) -> Bool {
        byte < 0x40 ? (punctuationOrSpaceLow >> UInt64(byte)) & 1 != 0 : byte < 0x80 && (punctuationHigh >> UInt64(byte - 0x40)) & 1 != 0
    }

    /// `word.strip(''.join(string.punctuation) + ' ')`: over the UTF-8 bytes, which is
    /// exact as the stripped characters are ASCII (never part of a multi-byte sequence);
    /// the result is cut by scalar, never rounded to a `Character`.
    static func stripPunctuation(_ word: String) -> String {
        var copy = word
        let kept = copy.withUTF8 { b -> Range<Int>? in
            guard let first = b.firstIndex(where: { !isPunctuationOrSpace($0) }) else { return nil }
            let last = b.lastIndex(where: { !isPunctuationOrSpace($0) })!
            return first..<(last + 1)
        }
        guard let kept else { return "" }
        return kept.count == word.utf8.count ? word : PythonString.slice(word, utf8: kept)
    }

    /// `word.lstrip(''.join(string.punctuation) + ' ')`.
    static func lstripPunctuation(_ word: String) -> String {
        let utf8 = word.utf8
        guard let first = utf8.firstIndex(where: { !isPunctuationOrSpace($0) }) else { return "" }
        if first == utf8.startIndex { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars[first...]))
    }

    /// `s.translate(str.maketrans('', '', string.punctuation))`: every ASCII punctuation
    /// character removed.
    static func removingPunctuation(_ s: String) -> String {
        var copy = s
        return copy.withUTF8 { b -> String? in
            guard let first = b.firstIndex(where: { isPunctuation(UInt32($0)) }) else { return nil }
            // Removing ASCII bytes leaves valid UTF-8.
            return String(unsafeUninitializedCapacity: b.count) { out in
                var count = 0
                for k in 0..<first { out[k] = b[k] }
                count = first
                for k in first..<b.count where !isPunctuation(UInt32(b[k])) {
                    out[count] = b[k]
                    count += 1
                }
                return count
            }
        } ?? s
    }

    /// The length in bytes of the Python white-space character (`str.isspace`) that starts
    /// at byte `i` of valid UTF-8, or 0: the ASCII ones, U+0085, U+00A0, U+1680,
    /// U+2000...U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
    @inline(__always)
    static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b0 = b[i]
        if b0 < 0x80 { return (b0 >= 0x09 && b0 <= 0x0D) || (b0 >= 0x1C && b0 <= 0x20) ? 1 : 0 }
        switch b0 {
        case 0xC2: return b[i + 1] == 0x85 || b[i + 1] == 0xA0 ? 2 : 0
        case 0xE1: return b[i + 1] == 0x9A && b[i + 2] == 0x80 ? 3 : 0
        case 0xE2:
            let b1 = b[i + 1], b2 = b[i + 2]
            if b1 == 0x80 { return b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF ? 3 : 0 }
            return b1 == 0x81 && b2 == 0x9F ? 3 : 0
        case 0xE3: return b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// `s.split()` as byte ranges of valid UTF-8 `b` (fields between Python white space).
    static func fieldRanges(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var i = 0
        var start = -1
        let n = b.count
        while i < n {
            let space = spaceLength(b, i)
            if space > 0 {
                if start >= 0 { fields.append(start..<i); start = -1 }
                i += space
            } else {
                if start < 0 { start = i }
                i += 1
            }
        }
        if start >= 0 { fields.append(start..<n) }
        return fields
    }

    /// `collections.Counter(s.split())` in first-occurrence order: each distinct field's
    /// byte range (its first occurrence) and count. Fields are told apart by their bytes
    /// (code point equality), counted in an open-addressing table over the text's bytes:
    /// no string is made per field.
    static func fieldCounts(_ s: String) -> [(range: Range<Int>, count: Int)] {
        var copy = s
        return copy.withUTF8 { b in
            let ranges = fieldRanges(b)
            guard !ranges.isEmpty else { return [] }
            var distinct: [(range: Range<Int>, count: Int)] = []
            var hashes: [UInt64] = []
            var capacity = 16
            while capacity < 2 * ranges.count { capacity <<= 1 }
            var slots = [Int](repeating: -1, count: capacity)
            let mask = capacity - 1
            for range in ranges {
                let field = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: b[range]))
                let hash = CodePointKey.wordHash(field)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let index = slots[slot]
                    if index < 0 {
                        slots[slot] = distinct.count
                        distinct.append((range, 1))
                        hashes.append(hash)
                        break
                    }
                    let other = distinct[index].range
                    if hashes[index] == hash && other.count == range.count && b[other].elementsEqual(b[range]) {
                        distinct[index].count += 1
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
            return distinct
        }
    }

    /// `len(s.split())`.
    static func fieldCount(_ s: String) -> Int {
        var copy = s
        return copy.withUTF8 { b in
            var count = 0
            var inField = false
            var i = 0
            while i < b.count {
                let space = spaceLength(b, i)
                if space > 0 {
                    inField = false
                    i += space
                } else {
                    if !inField { count += 1; inField = true }
                    i += 1
                }
            }
            return count
        }
    }

    /// Calls `body` with each field of `s.split()` in order, as a string cut from `s`, until
    /// it returns false: checks that stop at the first failing word split no further.
    /// (Lower-casing or removing ASCII punctuation field by field gives the fields of the
    /// whole text so changed: neither touches white space, and `lower()`'s only context,
    /// the final sigma, never looks across white space.)
    static func forEachField(_ s: String, _ body: (String) -> Bool) {
        var copy = s
        copy.withUTF8 { b in
            var i = 0
            var start = -1
            let n = b.count
            while i < n {
                let space = spaceLength(b, i)
                if space > 0 {
                    if start >= 0 {
                        if !body(PythonString.slice(s, utf8: start..<i)) { return }
                        start = -1
                    }
                    i += space
                } else {
                    if start < 0 { start = i }
                    i += 1
                }
            }
            if start >= 0 { _ = body(PythonString.slice(s, utf8: start..<n)) }
        }
    }

    /// `s.split()`: the fields as strings cut from `s` (no UTF-8 validation; a short field
    /// is stored inline, without an allocation).
    static func fields(_ s: String) -> [String] {
        var copy = s
        let ranges = copy.withUTF8 { fieldRanges($0) }
        return ranges.map { PythonString.slice(copy, utf8: $0) }
    }

    /// A short quotation of `text` for reasons.
    static func quote(_ text: String, limit: Int = 60) -> String {
        // Only the first `limit + 1` scalars are looked at (texts may be whole responses).
        let scalars = text.unicodeScalars
        guard text.utf8.count > limit, let cut = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
              cut != scalars.endIndex else { return "\"\(text)\"" }
        return "\"\(String(String.UnicodeScalarView(scalars[..<cut])))…\""
    }

    /// How many of `text`'s sentences (`nltk.sent_tokenize`) end with ".", "?" and "!"
    /// (`sentence.endswith(...)`), as the sentence-ratio verifiers count them.
    static func sentenceEndings(_ text: String, _ context: VerificationContext) -> (declarative: Int, interrogative: Int, exclamatory: Int) {
        var counts = (declarative: 0, interrogative: 0, exclamatory: 0)
        for sentence in sentences(text, context) {
            switch sentence.unicodeScalars.last {
            case ".": counts.declarative += 1
            case "?": counts.interrogative += 1
            case "!": counts.exclamatory += 1
            default: break
            }
        }
        return counts
    }

    /// The sentences of `text` as `nltk.sent_tokenize` gives them (the suite's flavour).
    static func sentences(_ text: String, _ context: VerificationContext) -> [String] {
        context.analyzers.sentenceCounter.sentences(in: text)
    }
}

extension InstructionArgument where Value == Double {
    /// A non-negative number (integer or not, as JSON gives it); missing or negative is an
    /// error (the official code would draw a random value).
    static func number(_ name: String, promptStates: PromptMention = .number, note: String? = nil) -> InstructionArgument {
        InstructionArgument(ArgumentDescription(name: name, kind: .number, minimum: 0, promptStates: promptStates, note: note)) {
            arguments, name throws(InstructionError) in
            guard let value = arguments.values[name] else {
                throw arguments.error("missing argument '\(name)' (the official code would pick a random value, so the result would not be reproducible)")
            }
            guard case let .number(number) = value, let double = number.doubleValue else {
                throw arguments.error("'\(name)' must be a number, not \(JSONWriter.string(value))")
            }
            guard double >= 0 else { throw arguments.error("'\(name)' must not be negative (the official code would pick a random value)") }
            return double
        }
    }
}

extension InstructionArgument where Value == String {
    /// A string that must not be empty (the official code raises, or draws a random
    /// value, for an empty or missing one).
    static func nonEmptyString(_ name: String, promptStates: PromptMention = .nothing, what: String) -> InstructionArgument {
        InstructionArgument(ArgumentDescription(name: name, kind: .string, promptStates: promptStates)) { arguments, name throws(InstructionError) in
            let text = try arguments.string(name)
            guard !text.isEmpty else { throw arguments.error("'\(name)' must not be empty (\(what))") }
            return text
        }
    }
}
