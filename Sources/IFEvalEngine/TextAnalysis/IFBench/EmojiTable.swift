/// `emoji.is_emoji` of the `emoji` package 2.15.0 (IFBench's pin): whether a string is,
/// code point for code point, one of the package's `EMOJI_DATA` keys (5,225 emoji of
/// every qualification status, incl. components such as skin tones and U+FE0F-less
/// forms). Read from the generated table on first use.
public enum EmojiTable {
    private static let keys: Set<[UInt8]> = {
        let bytes = UnsafeBufferPointer(start: emojiData.utf8Start, count: emojiData.utf8CodeUnitCount)
        return Set(bytes.split(separator: 0x0A, omittingEmptySubsequences: true).map(Array.init))
    }()

    /// `emoji.is_emoji(string)`.
    public static func isEmoji(_ string: String) -> Bool {
        keys.contains(Array(string.utf8))
    }

    /// `emoji.is_emoji(ch)` for a one-code-point string (IFBench checks the last
    /// characters of sentences this way).
    public static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        var utf8: [UInt8] = []
        utf8.append(contentsOf: UTF8.encode(scalar)!)
        return keys.contains(utf8)
    }
}
