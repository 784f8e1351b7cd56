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
                    var v: UInt32
                    if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        v |= UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
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
