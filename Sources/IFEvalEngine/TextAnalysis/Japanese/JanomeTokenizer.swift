/// One token of janome 0.5.0's default `Tokenizer()` (IPADIC system dictionary):
/// `token.surface` and `token.part_of_speech` (the comma-joined string janome prints,
/// e.g. "名詞,一般,*,*").
public struct JanomeToken: Sendable, Hashable {
    public let surface: String
    public let partOfSpeech: String

    public init(surface: String, partOfSpeech: String) {
        self.surface = surface
        self.partOfSpeech = partOfSpeech
    }
}

/// A Japanese morphological analyzer equal to janome 0.5.0's `Tokenizer().tokenize(text)`
/// on its bundled IPADIC dictionary: the same tokens in the same order. Thread-safe; the
/// dictionary is decoded once, on first use.
public enum JanomeTokenizer {
    /// `list(Tokenizer().tokenize(text))`, as (surface, part_of_speech) pairs.
    public static func tokenize(_ text: String) -> [JanomeToken] {
        // Placeholder until the lattice lands (same API): one token per code point.
        text.unicodeScalars.map { JanomeToken(surface: String($0), partOfSpeech: "*,*,*,*") }
    }
}
