import Testing
import IFEvalEngine

/// CPython 3.11's NFKC and ja_sentence_segmenter 0.0.2's pipeline as M-IFEval's
/// `count_sentences` builds it, on texts made for this project
/// (`Scripts/oracle/mifeval_ja_segmenter_vectors.py`).
@Suite struct JapaneseSegmenterTests {
    static func same(_ a: String, _ b: String) -> Bool { Array(a.unicodeScalars) == Array(b.unicodeScalars) }

    @Test func nfkcMatchesCPython() throws {
        let vectors = try Vectors.load("mifeval_ja_segmenter")
        let cases = try #require(vectors["nfkc"]?.arrayValue)
        #expect(cases.count > 6000)
        var mismatches: [String] = []
        for entry in cases {
            let fields = (entry.arrayValue ?? []).compactMap(\.stringValue)
            try #require(fields.count == 2)
            let got = PythonUnicodeData.nfkc(fields[0])
            if !Self.same(got, fields[1]) {
                mismatches.append("\(fields[0].unicodeScalars.map { String($0.value, radix: 16) }): got \(got.unicodeScalars.map { String($0.value, radix: 16) }), want \(fields[1].unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count): \(mismatches.prefix(10).joined(separator: "\n"))")
    }

    @Test func segmenterMatchesJaSentenceSegmenter() throws {
        let vectors = try Vectors.load("mifeval_ja_segmenter")
        let cases = try #require(vectors["segmenter"]?.arrayValue)
        #expect(cases.count > 3000)
        var mismatches: [String] = []
        for entry in cases {
            let fields = try #require(entry.arrayValue)
            let text = try #require(fields[0].stringValue)
            let normalized = try #require(fields[1].stringValue)
            let pieces = try #require(fields[2].arrayValue).compactMap(\.stringValue)
            let gotNormalized = JapaneseSentenceSegmenter.normalize(text)
            if !Self.same(gotNormalized, normalized) {
                mismatches.append("normalize \(String(reflecting: text)): got \(String(reflecting: gotNormalized)), want \(String(reflecting: normalized))")
            }
            let got = JapaneseSentenceSegmenter.sentences(text)
            if got.count != pieces.count || !zip(got, pieces).allSatisfy({ Self.same($0, $1) }) {
                mismatches.append("sentences \(String(reflecting: text)): got \(got), want \(pieces)")
            }
            #expect(JapaneseSentenceSegmenter.countSentences(text) == pieces.count)
        }
        #expect(mismatches.isEmpty, "\(mismatches.count): \(mismatches.prefix(10).joined(separator: "\n"))")
    }

    /// Hand-worked: the `の` join, quotes and parentheses, full-width marks.
    @Test func handWorkedCounts() {
        #expect(JapaneseSentenceSegmenter.countSentences("今日は晴れ。明日は雨！本当？") == 3)
        #expect(JapaneseSentenceSegmenter.countSentences("「はい。そうです。」と言った。") == 1)
        #expect(JapaneseSentenceSegmenter.countSentences("私の\n本です。") == 1)
        #expect(JapaneseSentenceSegmenter.countSentences("の\n本です。") == 2)
        // The text is stripped first; an empty line gives nothing, a line of one space a piece.
        #expect(JapaneseSentenceSegmenter.countSentences("一。\n\n二。\n \n") == 2)
        #expect(JapaneseSentenceSegmenter.countSentences("一。\n \n二。") == 3)
        #expect(PythonUnicodeData.nfkc("ｶﾞｰ") == "ガー")
    }
}
