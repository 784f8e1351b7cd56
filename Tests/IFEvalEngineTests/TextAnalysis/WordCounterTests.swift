import Testing
@testable import IFEvalEngine

@Suite struct WordCounterTests {
    /// Counts from nltk 3.10.4's `RegexpTokenizer(r"\w+")` (the oracle venv).
    @Test func countsAsNLTKDoes() {
        let cases: [(String, Int)] = [
            ("don't stop", 3), ("nai\u{308}ve cafe\u{301}", 2), ("x\u{B2} + y\u{B2}", 2), ("a_b c-d", 3),
            ("\u{663}\u{664} \u{4E2D}\u{6587} \u{1D7D8}", 3), ("", 0), ("  ", 0), ("e\u{301}\u{301}x", 1),
        ]
        for (text, expected) in cases { #expect(WordCounter.countWords(in: text) == expected, "\(text)") }
    }

    /// The byte-level loop agrees with a plain loop over the scalars, on text mixing every
    /// UTF-8 length.
    @Test func agreesWithAScalarLoop() {
        var scalars: [Unicode.Scalar] = []
        for v in stride(from: UInt32(0), to: 0x30000, by: 7) {
            if let scalar = Unicode.Scalar(v) { scalars.append(scalar) }
            if v % 5 == 0 { scalars.append(" ") }
        }
        let text = String(String.UnicodeScalarView(scalars))
        var expected = 0
        var inWord = false
        for scalar in scalars {
            let word = RegexModuleCharacterClass.isWord(scalar)
            if word && !inWord { expected += 1 }
            inWord = word
        }
        #expect(WordCounter.countWords(in: text) == expected)
    }
}
