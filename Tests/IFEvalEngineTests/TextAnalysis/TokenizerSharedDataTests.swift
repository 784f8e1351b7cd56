import Foundation
import Testing
@testable import IFEvalEngine

/// Sentence counts and all-uppercase token counts on every shared IFEval response and
/// its loose-mode variants, against the real nltk. The expectations are made outside the
/// repository by `Scripts/oracle/tokenizer_shared_expect.py` (no response text is
/// committed); without them, or without ../shared, the test skips.
@Suite struct TokenizerSharedDataTests {
    static let sharedFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/ifeval")
    static let expectationsFile = URL(fileURLWithPath: "/tmp/tokenizer_shared_expect.json")

    static var available: Bool {
        let present = FileManager.default.fileExists(atPath: sharedFolder.path)
            && FileManager.default.fileExists(atPath: expectationsFile.path)
        if !present {
            print("""
                TokenizerSharedDataTests skipped: needs \(sharedFolder.path) and \(expectationsFile.path) \
                (make it with NLTK_DATA=/tmp/nltk_data /tmp/oracle/bin/python Scripts/oracle/tokenizer_shared_expect.py)
                """)
        }
        return present
    }

    /// The texts the official loose mode checks, in the oracle script's order.
    static func looseVariants(of response: String) -> [String] {
        // The engine's own construction of the official eight texts, in the same order.
        LooseVariant.texts(for: response)
    }

    @Test(.enabled(if: available)) func sentenceAndCapitalCountsAgreeWithNLTK() throws {
        let data = try Data(contentsOf: Self.expectationsFile)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        let sentenceTokenizer = PunktSentenceTokenizer.english
        let wordTokenizer = NLTKWordTokenizer()
        var checked = 0, sentenceMismatches = 0, capitalMismatches = 0
        var reports: [String] = []
        for file in files {
            let path = try #require(file["path"] as? String)
            let counts = try #require(file["counts"] as? [[[Int]]])
            let text = try String(contentsOf: Self.sharedFolder.appendingPathComponent(path), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            try #require(lines.count == counts.count, "\(path): line count changed")
            for (index, line) in lines.enumerated() {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                let response = object["response"] as? String ?? ""
                for (variant, text) in Self.looseVariants(of: response).enumerated() {
                    let expected = counts[index][variant]
                    let sentences = sentenceTokenizer.countSentences(in: text)
                    let capitals = wordTokenizer.countUppercaseWords(in: text)
                    checked += 1
                    if sentences != expected[0] { sentenceMismatches += 1 }
                    if capitals != expected[1] { capitalMismatches += 1 }
                    if (sentences != expected[0] || capitals != expected[1]) && reports.count < 10 {
                        reports.append("\(path):\(index + 1) variant \(variant): sentences \(sentences) vs \(expected[0]), capitals \(capitals) vs \(expected[1]) in \(String(reflecting: text))")
                    }
                }
            }
        }
        print("TokenizerSharedDataTests: \(checked) texts, sentence-count mismatches \(sentenceMismatches), capital-count mismatches \(capitalMismatches)")
        for report in reports { print(report) }
        #expect(sentenceMismatches == 0 && capitalMismatches == 0, "\(reports.joined(separator: "\n"))")
    }
}
