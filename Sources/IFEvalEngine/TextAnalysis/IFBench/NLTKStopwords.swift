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
        PythonReWordTokenizer.tokens(in: text).reduce(0) { count, token in
            count + (isEnglishStopword(PythonString.lower(token)) ? 1 : 0)
        }
    }
}
