import Testing
@testable import IFEvalEngine

/// The Python idioms IFBench's verifiers share, on hand-worked cases (Python's results
/// written out).
@Suite struct IFBenchTextTests {
    func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    @Test func stripPunctuationCutsByCodePoint() {
        // '\u0301and,'.strip(string.punctuation + ' ') == '\u0301and' (a Character-based cut
        // would keep the apostrophe the mark combines with).
        #expect(scalars(IFBenchText.stripPunctuation("'\u{301}and, ")) == [0x301, 0x61, 0x6E, 0x64])
        #expect(IFBenchText.stripPunctuation("...") == "")
        #expect(IFBenchText.stripPunctuation("«and»") == "«and»")
        #expect(scalars(IFBenchText.lstripPunctuation("(\u{308}x)")) == [0x308, 0x78, 0x29])
    }

    @Test func punctuationIsPythonsStringPunctuation() {
        let python = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.map(\.value))
        for v in UInt32(0)..<0x100 { #expect(IFBenchText.isPunctuation(v) == python.contains(v), "U+\(String(v, radix: 16))") }
        #expect(IFBenchText.removingPunctuation("3.14, 1,000!") == "314 1000")
    }

    @Test func countIsPythonsStrCount() {
        #expect(PythonString.count("aaaa", "aa") == 2)  // non-overlapping
        #expect(PythonString.count("abc", "") == 4)
        #expect(PythonString.count("e\u{301} é", "é") == 1)  // code points, not canonical equivalence
    }
}
