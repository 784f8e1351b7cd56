/// Word counting as the official `count_words` does it:
/// `nltk.tokenize.RegexpTokenizer(r"\w+")`, which nltk 3.10.4 compiles with the `regex`
/// module, so words are maximal runs of that module's `\w` (letters, combining marks,
/// decimal digits, connector punctuation).
public enum WordCounter {
    public static func countWords(in text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if RegexModuleCharacterClass.isWord(scalar) {
                if !inWord { count += 1; inWord = true }
            } else {
                inWord = false
            }
        }
        return count
    }
}
