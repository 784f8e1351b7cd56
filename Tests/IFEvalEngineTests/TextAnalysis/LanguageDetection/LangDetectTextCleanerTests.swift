import Foundation
import Testing
@testable import IFEvalEngine

/// The URL / e-mail scanners and `append` + `cleaning_text` against Python's `re.sub`
/// and langdetect itself (Scripts/oracle/langdetect_cleaning_vectors.py).
@Suite struct LangDetectTextCleanerTests {
    struct Vector: Decodable {
        let text: String
        let url_removed: String?
        let mail_removed: String?
        let prepared: String?
    }

    private static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    @Test func matchesPythonStageByStage() throws {
        let url = try #require(Bundle.module.url(
            forResource: "langdetect_cleaning_vectors", withExtension: "json", subdirectory: "Vectors"))
        let vectors = try JSONDecoder().decode([Vector].self, from: Data(contentsOf: url))
        #expect(vectors.count >= 500)
        for vector in vectors {
            let text = Self.scalars(vector.text)
            let expectedURL = Self.scalars(vector.url_removed ?? vector.text)
            let expectedMail = vector.mail_removed.map(Self.scalars) ?? expectedURL
            let expectedPrepared = vector.prepared.map(Self.scalars) ?? expectedMail
            let withoutURLs = LangDetectTextCleaner.removeURLs(text)
            #expect(withoutURLs == expectedURL, "URLs: \(vector.text.prefix(80).debugDescription)")
            #expect(LangDetectTextCleaner.removeEmails(expectedURL) == expectedMail,
                    "e-mail: \(vector.text.prefix(80).debugDescription)")
            #expect(LangDetectTextCleaner.prepare(text) == expectedPrepared,
                    "prepared: \(vector.text.prefix(80).debugDescription)")
        }
    }
}
