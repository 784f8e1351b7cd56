import Testing
import IFEvalEngine

/// `nltk.pos_tag` (nltk 3.9.2, English averaged perceptron) on 3,029 token lists, every
/// tag compared (`Scripts/oracle/pos_tag_vectors.py`).
@Suite struct PerceptronTaggerTests {
    @Test func everyTagMatchesNLTK() throws {
        let vectors = try Vectors.load("pos_tag_vectors")
        let cases = try #require(vectors["cases"]?.arrayValue)
        #expect(cases.count > 3000)
        var tags = 0, mismatches: [String] = []
        for entry in cases {
            let pair = try #require(entry.arrayValue)
            let tokens = (pair[0].arrayValue ?? []).compactMap(\.stringValue)
            let expected = try #require(pair[1].stringValue).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let got = PerceptronTagger.english.tag(tokens)
            tags += expected.count
            if got != expected && mismatches.count < 10 { mismatches.append("\(tokens): \(got) vs \(expected)") }
            // A prefix of the tags is the tags of a prefix of the work.
            for count in [0, 1, tokens.count / 2] {
                #expect(PerceptronTagger.english.tag(tokens, count: count) == Array(got.prefix(count)))
            }
        }
        #expect(tags > 20000)
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    /// Hand-checked against nltk's own doctest.
    @Test func nltkDoctest() {
        let tokens = ["John", "'s", "big", "idea", "is", "n't", "all", "that", "bad", "."]
        #expect(PerceptronTagger.english.tag(tokens) == ["NNP", "POS", "JJ", "NN", "VBZ", "RB", "PDT", "DT", "JJ", "."])
        #expect(PerceptronTagger.english.tag([]) == [])
    }
}
