/// Word counting as `nltk.tokenize.RegexpTokenizer(r"\w+")` does it: maximal runs of
/// Python `\w` scalars (letters, digits, `_`; combining marks split words).
public enum WordCounter {
    public static func countWords(in text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if PythonCharacterClass.isWord(scalar) {
                if !inWord { count += 1; inWord = true }
            } else {
                inWord = false
            }
        }
        return count
    }
}
