import Foundation
import Testing
@testable import IFEvalEngine

/// `LangDetectDetector` against the real langdetect 1.0.9 with seed 0, on texts written
/// for this project (Scripts/oracle/langdetect_vectors.py).
@Suite struct LangDetectVectorTests {
    struct Vector: Decodable {
        let kind: String
        let text: String
        let language: String?
        let probabilities: [[String]]?
    }

    static func loadVectors() throws -> [Vector] {
        let url = try #require(Bundle.module.url(
            forResource: "langdetect_vectors", withExtension: "json", subdirectory: "Vectors"))
        return try JSONDecoder().decode([Vector].self, from: Data(contentsOf: url))
    }

    @Test func detectMatchesLangdetect() throws {
        let vectors = try Self.loadVectors()
        #expect(vectors.count >= 200)
        let detector = LangDetectDetector()
        var agreeing = 0
        for vector in vectors {
            let detected = detector.detectLanguage(of: vector.text)
            #expect(detected == vector.language, "\(vector.kind): \(vector.text.prefix(60).debugDescription)")
            if detected == vector.language { agreeing += 1 }
        }
        print("langdetect vectors: \(agreeing)/\(vectors.count) agree")
    }

    /// The probabilities themselves, bit for bit (repr strings parse back exactly).
    @Test func probabilitiesMatchLangdetectExactly() throws {
        let detector = LangDetectDetector()
        for vector in try Self.loadVectors() {
            let actual = detector.detectProbabilities(of: vector.text)
            guard let expected = vector.probabilities else {
                #expect(actual == nil, "\(vector.kind): \(vector.text.prefix(60).debugDescription)")
                continue
            }
            let expectedPairs = expected.map { LanguageProbability(language: $0[0], probability: Double($0[1]) ?? .nan) }
            #expect(actual == expectedPairs, "\(vector.kind): \(vector.text.prefix(60).debugDescription)")
        }
    }

    /// `detectLanguage` may stop sampling early; it must still name the first language
    /// of the full seven-trial `detectProbabilities` (or "unknown", or nil alike).
    @Test func earlyExitKeepsTheWinner() throws {
        let detector = LangDetectDetector()
        for vector in try Self.loadVectors() {
            let full = detector.detectProbabilities(of: vector.text).map { $0.first?.language ?? "unknown" }
            #expect(detector.detectLanguage(of: vector.text) == full, "\(vector.kind): \(vector.text.prefix(60).debugDescription)")
        }
    }

    @Test func eachCallIsIndependent() throws {
        let detector = LangDetectDetector()
        let text = "Ciao! Come stai? I am fine, thank you."
        let first = detector.detectProbabilities(of: text)
        _ = detector.detectProbabilities(of: "Something else entirely, in English.")
        #expect(detector.detectProbabilities(of: text) == first)
    }
}
