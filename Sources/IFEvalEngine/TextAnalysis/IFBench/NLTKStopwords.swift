/// NLTK's English stopword list, as IFBench's `count_stopwords` uses it: a token is a
/// stopword when `token.lower() in stopwords.words('english')`, a list membership test,
/// so code point equality (never Swift's canonical equivalence).
public enum NLTKStopwords {
    /// The English list's UTF-8 bytes, for exact membership.
    private static let englishKeys: Set<[UInt8]> = Set(english.map { Array($0.utf8) })

    /// `word in stopwords.words('english')` (no lowering: pass `PythonString.lower(token)`).
    public static func isEnglishStopword(_ word: String) -> Bool {
        englishKeys.contains(Array(word.utf8))
    }

    /// IFBench's `instructions_util.count_stopwords(text)`: the `\w+` tokens of
    /// `RegexpTokenizer` as nltk 3.9.2 runs it (Python `re`) whose `lower()` is an
    /// English stopword.
    public static func countEnglishStopwords(in text: String) -> Int {
        var copy = text
        if let count = copy.withUTF8({ countInASCII($0) }) { return count }
        return countByScalars(text)
    }

    /// The English stopwords of at most eight bytes, each packed into a `UInt64` (first
    /// byte lowest; no token byte is zero, so the packing is exact).
    private static let packedShortKeys: Set<UInt64> = Set(englishKeys.filter { $0.count <= 8 }.map(pack))

    private static func pack<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var packed: UInt64 = 0
        for (k, byte) in bytes.enumerated() { packed |= UInt64(byte) << (8 * UInt64(k)) }
        return packed
    }

    /// `countEnglishStopwords` on ASCII text (nil for other text): a `\w` character is
    /// then a letter, a digit or "_", and `lower()` lowers A-Z; a token longer than the
    /// longest stopword (ten bytes) is none.
    static func countInASCII(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var start = -1
        var packed: UInt64 = 0
        func finish(_ end: Int) {
            let length = end - start
            if length <= 8 {
                if packedShortKeys.contains(packed) { count += 1 }
            } else if length <= 10 {
                if englishKeys.contains(b[start..<end].map { $0 &- 0x41 < 26 ? $0 + 32 : $0 }) { count += 1 }
            }
            start = -1
            packed = 0
        }
        for i in 0..<b.count {
            let byte = b[i]
            if byte >= 0x80 { return nil }
            let lowered = byte &- 0x41 < 26 ? byte + 32 : byte
            if lowered &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x5F {
                if start < 0 { start = i }
                let k = i - start
                if k < 8 { packed |= UInt64(lowered) << (8 * UInt64(k)) }
            } else if start >= 0 {
                finish(i)
            }
        }
        if start >= 0 { finish(b.count) }
        return count
    }

    /// `countEnglishStopwords` scalar by scalar.
    static func countByScalars(_ text: String) -> Int {
        // One pass without a string per token: an ASCII token is lower-cased byte by byte
        // (as `lower()` does for ASCII) and looked up; another goes through `lower()`.
        var count = 0
        var token: [Unicode.Scalar] = []
        var key: [UInt8] = []
        token.reserveCapacity(32)
        key.reserveCapacity(32)
        func finish() {
            if token.allSatisfy(\.isASCII) {
                key.removeAll(keepingCapacity: true)
                for scalar in token {
                    let v = UInt8(scalar.value)
                    key.append(v >= 0x41 && v <= 0x5A ? v + 32 : v)
                }
                if englishKeys.contains(key) { count += 1 }
            } else if isEnglishStopword(PythonString.lower(String(String.UnicodeScalarView(token)))) {
                count += 1
            }
            token.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if PythonCharacterClass.isWord(scalar) {
                token.append(scalar)
            } else if !token.isEmpty {
                finish()
            }
        }
        if !token.isEmpty { finish() }
        return count
    }
}
