/// Word counting as the official `count_words` does it:
/// `nltk.tokenize.RegexpTokenizer(r"\w+")`, which nltk 3.10.4 compiles with the `regex`
/// module, so words are maximal runs of that module's `\w` (letters, combining marks,
/// decimal digits, connector punctuation).
public enum WordCounter {
    public static func countWords(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            // Straight over the UTF-8 (valid, as every String's): ASCII by bitmap, other
            // scalars decoded and looked up.
            var count = 0
            var inWord = false
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                let isWord: Bool
                if b0 < 0x80 {
                    isWord = (b0 < 64 ? asciiWordLow >> UInt64(b0) : asciiWordHigh >> UInt64(b0 - 64)) & 1 != 0
                    i += 1
                } else {
                    let (v, length) = ScalarText.multiByteScalar(b0, at: bytes.baseAddress! + i)
                    i += length
                    isWord = RegexModuleCharacterClass.isWord(Unicode.Scalar(v)!)
                }
                if isWord {
                    if !inWord { count += 1 }
                    inWord = true
                } else {
                    inWord = false
                }
            }
            return count
        }
    }

    /// `\w` among ASCII: digits, letters and `_`.
    private static let asciiWordLow: UInt64 = 0x03FF_0000_0000_0000
    private static let asciiWordHigh: UInt64 = 0x07FF_FFFE_87FF_FFFE
}
