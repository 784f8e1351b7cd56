/// Stand-in analyzers, used until the exact ports replace them: sentences end at
/// `.`, `!` or `?` followed by white space; words are white-space separated; no language.
public struct SimpleSentenceCounter: SentenceCounting {
    public init() {}
    public func sentences(in text: String) -> [String] {
        var sentences: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasTerminal = false
        for scalar in text.unicodeScalars {
            if previousWasTerminal && PythonCharacterClass.isSpace(scalar) {
                let sentence = PythonString.strip(String(current))
                if !sentence.isEmpty { sentences.append(sentence) }
                current = String.UnicodeScalarView()
            }
            current.append(scalar)
            previousWasTerminal = scalar == "." || scalar == "!" || scalar == "?"
        }
        let last = PythonString.strip(String(current))
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }
}

public struct SimpleWordTokenizer: WordTokenizing {
    public init() {}
    public func wordTokens(in text: String) -> [String] { PythonString.splitWhitespace(text) }
}
