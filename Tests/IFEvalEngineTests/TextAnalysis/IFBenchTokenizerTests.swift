import Foundation
import Testing
@testable import IFEvalEngine

/// The nltk 3.9.2 flavour of the Punkt and Treebank ports (IFBench's reference) against
/// the real nltk 3.9.2: `sent_tokenize` and `word_tokenize` of every IFBench response of
/// ../shared and its loose variants. The expectations are made outside the repository by
/// `Scripts/oracle/ifbench_tokenizer_expect.py` (no response text is committed); without
/// them the test skips with a message.
@Suite struct IFBenchTokenizerTests {
    static let expectations = "/tmp/ifbench_tokenizer_expect.jsonl"

    static var available: Bool {
        let present = FileManager.default.fileExists(atPath: expectations)
        if !present {
            print("IFBenchTokenizerTests skipped: needs \(expectations) (NLTK_DATA=$ORACLE/nltk_data $ORACLE/venv/bin/python Scripts/oracle/ifbench_tokenizer_expect.py ../shared \(expectations))")
        }
        return present
    }

    @Test(.enabled(if: available)) func sentencesAndWordsEqualNLTK392() throws {
        let sentences = PunktSentenceTokenizer.englishNLTK39
        let words = NLTKWordTokenizer(flavor: .nltk3_9)
        var checked = 0
        var mismatches: [String] = []
        func same(_ a: [String], _ b: [String]) -> Bool { a.count == b.count && zip(a, b).allSatisfy(PythonString.identical) }
        for case let .success(line) in JSONLinesReader(path: Self.expectations) {
            let text = try #require(line.value["text"]?.stringValue)
            func list(_ name: String) -> [String] { (line.value[name]?.arrayValue ?? []).compactMap(\.stringValue) }
            checked += 1
            if !same(sentences.sentences(in: text), list("sentences")) { mismatches.append("sentences of \(String(reflecting: text.prefix(200)))") }
            if !same(words.wordTokens(in: text), list("words")) { mismatches.append("words of \(String(reflecting: text.prefix(200)))") }
            if !same(words.wordTokens(in: PythonString.lower(text)), list("lower_words")) { mismatches.append("lower-case words of \(String(reflecting: text.prefix(200)))") }
            #expect(sentences.countSentences(in: text) == list("sentences").count)
        }
        print("IFBenchTokenizerTests: \(checked) texts, \(mismatches.count) differences from nltk 3.9.2")
        #expect(checked > 10_000)
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, e.g.\n\(mismatches.prefix(5).joined(separator: "\n"))")
    }
}

/// Texts where nltk 3.9.2 and 3.10.4 tokenize differently (curly quotes, an apostrophe
/// before a one-letter word, the dashes U+2012...U+2015, U+001C...U+001F, combining
/// marks): each flavour of the ports equals its own nltk (vectors from both oracles,
/// `Scripts/oracle/nltk_flavour_vectors.py`).
@Suite struct NLTKFlavourVectorTests {
    @Test func eachFlavourEqualsItsNLTK() throws {
        let vectors = try Vectors.load("nltk_flavour_vectors")
        let texts = (vectors["texts"]?.arrayValue ?? []).compactMap(\.stringValue)
        #expect(texts.count == 15)
        var differing = 0
        for (version, flavor) in [("3.9.2", TextAnalysisFlavor.nltk3_9), ("3.10.4", .nltk3_10)] {
            let expected = try #require(vectors[version]?.arrayValue)
            let sentences = PunktSentenceTokenizer(flavor: flavor)
            let words = NLTKWordTokenizer(flavor: flavor)
            for (text, want) in zip(texts, expected) {
                let wantSentences = (want["sentences"]?.arrayValue ?? []).compactMap(\.stringValue)
                let wantWords = (want["words"]?.arrayValue ?? []).compactMap(\.stringValue)
                #expect(sentences.sentences(in: text) == wantSentences, "nltk \(version) sentences of \(String(reflecting: text))")
                #expect(words.wordTokens(in: text) == wantWords, "nltk \(version) words of \(String(reflecting: text))")
            }
        }
        for (old, new) in zip(try #require(vectors["3.9.2"]?.arrayValue), try #require(vectors["3.10.4"]?.arrayValue)) where JSONWriter.string(old) != JSONWriter.string(new) {
            differing += 1
        }
        #expect(differing == 10, "the vectors exercise the differences")
    }
}
