import Foundation
import Testing
@testable import IFEvalEngine

/// Texts written for this project, with the sentences and tokens the real nltk 3.10.4
/// gives (`Scripts/oracle/tokenizer_vectors.py`).
@Suite struct TokenizerVectorTests {
    struct Vector: Decodable {
        let text: String
        let sentences: [String]
        let words: [String]
        let treebank: [String]
    }

    static let vectors: [Vector] = {
        guard let url = Bundle.module.url(forResource: "tokenizer_vectors", withExtension: "json", subdirectory: "Vectors"),
              let data = try? Data(contentsOf: url),
              let vectors = try? JSONDecoder().decode([Vector].self, from: data) else { return [] }
        return vectors
    }()

    @Test func vectorsAreLoaded() {
        #expect(Self.vectors.count >= 300)
    }

    @Test func punktSentencesMatchNLTK() {
        var mismatches: [String] = []
        for vector in Self.vectors {
            let sentences = PunktSentenceTokenizer.english.sentences(in: vector.text)
            if sentences != vector.sentences {
                mismatches.append("\(String(reflecting: vector.text)): got \(sentences), nltk \(vector.sentences)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches:\n\(mismatches.prefix(20).joined(separator: "\n"))")
    }

    @Test func wordTokensMatchNLTK() {
        let tokenizer = NLTKWordTokenizer()
        var mismatches: [String] = []
        for vector in Self.vectors {
            let words = tokenizer.wordTokens(in: vector.text)
            if words != vector.words {
                mismatches.append("\(String(reflecting: vector.text)): got \(words), nltk \(vector.words)")
            }
            let expectedCapitals = vector.words.filter { PythonString.isUpper($0) }.count
            if tokenizer.countUppercaseWords(in: vector.text) != expectedCapitals {
                mismatches.append("\(String(reflecting: vector.text)): capital count differs")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches:\n\(mismatches.prefix(20).joined(separator: "\n"))")
    }

    @Test func treebankTokensOfWholeTextsMatchNLTK() {
        var mismatches: [String] = []
        for vector in Self.vectors {
            let tokens = NLTKWordTokenizer.tokenize(sentence: vector.text)
            if tokens != vector.treebank {
                mismatches.append("\(String(reflecting: vector.text)): got \(tokens), nltk \(vector.treebank)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches:\n\(mismatches.prefix(20).joined(separator: "\n"))")
    }
}
