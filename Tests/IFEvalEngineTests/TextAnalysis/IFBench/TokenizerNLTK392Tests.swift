import Testing
import IFEvalEngine

/// `nltk.sent_tokenize` and `nltk.word_tokenize` as nltk 3.9.2 (IFBench) runs them, on
/// texts that hit every difference from nltk 3.10.4 (`Scripts/oracle/tokenizer_vectors_nltk392.py`).
@Suite struct TokenizerNLTK392Tests {
    @Test func sentencesAndTokensMatchNLTK3_9_2() throws {
        let vectors = try Vectors.load("tokenizer_vectors_nltk392")
        let cases = try #require(vectors["cases"]?.arrayValue)
        #expect(cases.count > 40)
        let words = NLTKWordTokenizer(flavor: .nltk3_9)
        func scalars(_ items: [String]) -> [[Unicode.Scalar]] { items.map { Array($0.unicodeScalars) } }
        for entry in cases {
            let text = try #require(entry["text"]?.stringValue)
            let sentences = (entry["sentences"]?.arrayValue ?? []).compactMap(\.stringValue)
            let tokens = (entry["tokens"]?.arrayValue ?? []).compactMap(\.stringValue)
            #expect(scalars(PunktSentenceTokenizer.englishNLTK39.sentences(in: text)) == scalars(sentences), "\(String(reflecting: text))")
            #expect(PunktSentenceTokenizer.englishNLTK39.countSentences(in: text) == sentences.count)
            #expect(scalars(words.wordTokens(in: text)) == scalars(tokens), "\(String(reflecting: text))")
            // capital_word_frequency's count, from the oracle's tokens.
            #expect(words.countUppercaseWords(in: text) == tokens.filter(PythonString.isUpper).count)
        }
    }

    /// Hand-worked differences between the releases.
    @Test func releasesDiffer() {
        let old = NLTKWordTokenizer(), new392 = NLTKWordTokenizer(flavor: .nltk3_9)
        #expect(new392.wordTokens(in: "Hopper's 'Nighthawks' painting") == ["Hopper", "'s", "'Nighthawks", "'", "painting"])
        #expect(old.wordTokens(in: "Hopper's 'Nighthawks' painting") == ["Hopper", "'s", "'", "Nighthawks", "'", "painting"])
        #expect(new392.wordTokens(in: "1990\u{2013}2000") == ["1990\u{2013}2000"])
        #expect(old.wordTokens(in: "1990\u{2013}2000") == ["1990", "\u{2013}", "2000"])
    }
}
