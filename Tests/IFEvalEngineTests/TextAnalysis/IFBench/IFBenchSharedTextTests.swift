import Foundation
import Testing
import IFEvalEngine

/// Sentences, word tokens, POS tags (of every token in `sample`, of the first 60 in the
/// larger corpora), `\w+` word and stopword counts of every shared IFBench response
/// against nltk 3.9.2 (`Scripts/oracle/ifbench_shared_text_expect.py`: hashes
/// and counts, no text). Skipped without ../shared.
@Suite struct IFBenchSharedTextTests {
    static func fnv(_ items: [String]) -> String {
        var h: UInt32 = 0x811C_9DC5
        for (k, item) in items.enumerated() {
            if k > 0 { h = (h ^ 1) &* 0x0100_0193 }
            for byte in item.utf8 { h = (h ^ UInt32(byte)) &* 0x0100_0193 }
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    @Test(.enabled(if: SharedData.isAvailable)) func everyResponseMatchesNLTK3_9_2() throws {
        let vectors = try Vectors.load("ifbench_shared_text")
        let sentences = PunktSentenceTokenizer.englishNLTK39
        let words = NLTKWordTokenizer(flavor: .nltk3_9)
        var checked = 0
        var mismatches: [String: Int] = [:]
        var reports: [String] = []
        for file in vectors["files"]?.arrayValue ?? [] {
            let path = try #require(file["path"]?.stringValue)
            let rows = try #require(file["rows"]?.arrayValue)
            // The tags of the first `tag_limit` tokens (all when null).
            let tagLimit: Int? = { if case let .number(n)? = file["tag_limit"] { return n.intValue } else { return nil } }()
            let text = try String(contentsOfFile: SharedData.path("ifbench/" + path), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            try #require(lines.count == rows.count, "\(path): line count changed")
            for (index, line) in lines.enumerated() {
                let response = try JSONParser.parse(String(line))["response"]?.stringValue ?? ""
                let row = try #require(rows[index].arrayValue)
                let tokens = words.wordTokens(in: response)
                let got: [String] = [
                    Self.fnv(sentences.sentences(in: response)), Self.fnv(tokens),
                    Self.fnv(PerceptronTagger.english.tag(tokens, count: tagLimit ?? tokens.count)),
                    String(PythonReWordTokenizer.countWords(in: response)),
                    String(NLTKStopwords.countEnglishStopwords(in: response)),
                ]
                let expected: [String] = row.enumerated().map { k, value in
                    if k < 3 { return value.stringValue ?? "" }
                    if case let .number(n) = value { return String(n.intValue ?? -1) }
                    return ""
                }
                checked += 1
                for (k, name) in ["sentences", "tokens", "tags", "words", "stopwords"].enumerated() where got[k] != expected[k] {
                    mismatches[name, default: 0] += 1
                    if reports.count < 10 { reports.append("\(path):\(index + 1) \(name)") }
                }
            }
        }
        print("IFBenchSharedTextTests: \(checked) responses; mismatches \(mismatches)")
        #expect(checked > 9000)
        #expect(mismatches.isEmpty, "\(reports.joined(separator: "\n"))")
    }
}
