import Foundation
import Testing
@testable import IFEvalEngine

/// Agreement with langdetect (seed 0) on the shared IFEval responses, for the texts the
/// official flow passes to `detect`. The expectations hold response text, so they are
/// not committed: Scripts/oracle/langdetect_shared_expectations.py writes them to /tmp,
/// and this test is skipped when that file is absent.
@Suite struct LangDetectSharedDataTests {
    static let expectationsPath = "/tmp/langdetect_shared_expectations.json"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: expectationsPath),
                   "run Scripts/oracle/langdetect_shared_expectations.py to create \(expectationsPath)"))
    func agreesOnSharedResponses() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.expectationsPath))
        let vectors = try JSONDecoder().decode([LangDetectVectorTests.Vector].self, from: data)
        let detector = LangDetectDetector()
        var sameLanguage = 0
        var sameProbabilities = 0
        for vector in vectors {
            let actual = detector.detectProbabilities(of: vector.text)
            let expected = vector.probabilities.map {
                $0.map { LanguageProbability(language: $0[0], probability: Double($0[1]) ?? .nan) }
            }
            if detector.detectLanguage(of: vector.text) == vector.language { sameLanguage += 1 }
            if actual == expected { sameProbabilities += 1 }
            #expect(actual == expected, "\(vector.kind): \(vector.text.prefix(80).debugDescription)")
        }
        print("shared data: language \(sameLanguage)/\(vectors.count), probabilities \(sameProbabilities)/\(vectors.count)")
    }
}
