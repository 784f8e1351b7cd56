/// `nltk.tokenize.RegexpTokenizer(r"\w+")` as nltk 3.9.2 runs it: the pattern compiled
/// with Python's `re`, whose `\w` on `str` is `str.isalnum()` or `_` for one code point
/// (CPython 3.11, Unicode 14.0). A combining mark is not a word character there, so
/// "e\u{301}" is one token "e" and the mark splits a word in two. nltk 3.10.4 (IFEval's
/// reference) compiles the same pattern with the `regex` module instead, whose `\w`
/// takes marks: that flavour is `WordCounter`. IFBench's `count_words` and
/// `count_stopwords` use this one.
public enum PythonReWordTokenizer {
    /// The tokens, in order: maximal runs of `re`'s `\w`.
    public static func tokens(in text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if PythonCharacterClass.isWord(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    /// `len(tokens)`: IFBench's `instructions_util.count_words(text)`.
    public static func countWords(in text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWord = PythonCharacterClass.isWord(scalar)
            if isWord && !inWord { count += 1 }
            inWord = isWord
        }
        return count
    }
}
