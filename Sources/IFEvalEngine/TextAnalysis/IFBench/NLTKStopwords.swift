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
