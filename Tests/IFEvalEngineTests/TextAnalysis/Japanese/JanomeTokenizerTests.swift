import Foundation
import Testing
@testable import IFEvalEngine

/// The janome-equivalent tokenizer against janome 0.5.0 itself: crafted texts with their
/// tokens (`Vectors/janome_vectors.json`), and digests of janome's tokens for every
/// M-IFEval text in ../shared (`Vectors/janome_shared_digests.json`); both made by
/// `Scripts/janome/make_vectors.py`.
@Suite struct JanomeTokenizerTests {
    static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    @Test func handWorkedExamples() {
        // janome's own docstring example.
        let tokens = JanomeTokenizer.tokenize("すもももももももものうち")
        #expect(tokens.map(\.surface) == ["すもも", "も", "もも", "も", "もも", "の", "うち"])
        #expect(tokens.map(\.partOfSpeech) == [
            "名詞,一般,*,*", "助詞,係助詞,*,*", "名詞,一般,*,*", "助詞,係助詞,*,*",
            "名詞,一般,*,*", "助詞,連体化,*,*", "名詞,非自立,副詞可能,*",
        ])
        #expect(JanomeTokenizer.tokenize("").isEmpty)
        #expect(JanomeTokenizer.tokenize(" \u{3000}\n").isEmpty)
    }

    @Test func craftedTextsMatchJanome() throws {
        try Self.check(try Vectors.load("janome_vectors"), name: "crafted vectors")
    }

    /// `JANOME_EXTRA_VECTORS=file.json` (from `make_vectors.py fuzz SEED COUNT file.json`)
    /// checks more texts the same way.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["JANOME_EXTRA_VECTORS"] != nil))
    func extraVectorsMatchJanome() throws {
        let path = try #require(ProcessInfo.processInfo.environment["JANOME_EXTRA_VECTORS"])
        try Self.check(try JSONParser.parse(String(contentsOfFile: path, encoding: .utf8)), name: path)
    }

    static func check(_ vectors: JSONValue, name: String) throws {
        let posTable = try #require(vectors["pos"]?.arrayValue).compactMap(\.stringValue)
        let cases = try #require(vectors["cases"]?.arrayValue)
        var agree = 0
        var reports: [String] = []
        for item in cases {
            let text = try #require(item["text"]?.stringValue)
            let expected: [(String, String)] = try #require(item["tokens"]?.arrayValue).map { pair in
                let parts = try #require(pair.arrayValue)
                guard case let .number(n) = parts[1], let index = n.intValue else { throw Vectors.VectorError(message: "bad pos index") }
                return (try #require(parts[0].stringValue), posTable[index])
            }
            let got = JanomeTokenizer.tokenize(text)
            let same = got.count == expected.count && zip(got, expected).allSatisfy {
                Self.scalars($0.surface) == Self.scalars($1.0) && Self.scalars($0.partOfSpeech) == Self.scalars($1.1)
            }
            if same {
                agree += 1
            } else if reports.count < 8 {
                let firstDiff = (0..<min(got.count, expected.count)).first {
                    Self.scalars(got[$0].surface) != Self.scalars(expected[$0].0) || got[$0].partOfSpeech != expected[$0].1
                } ?? min(got.count, expected.count)
                let ours = got[firstDiff..<min(got.count, firstDiff + 4)].map { "\($0.surface)/\($0.partOfSpeech)" }
                let theirs = expected[firstDiff..<min(expected.count, firstDiff + 4)].map { "\($0.0)/\($0.1)" }
                reports.append("\(String(reflecting: String(text.prefix(60)))): token \(firstDiff): ours \(ours) janome \(theirs)")
            }
        }
        print("janome \(name): \(agree) of \(cases.count) texts agree")
        #expect(agree == cases.count, "\(reports.joined(separator: "\n"))")
    }

    /// Calls from many tasks at once (the first ones racing on the dictionary's first
    /// use) give what one call gives.
    @Test func concurrentCallsAgree() async {
        let texts = ["吾輩は猫である。名前はまだ無い。", "東京スカイツリーへのお越しは、東武スカイツリーライン",
                     "ｶﾀｶﾅとカタカナと漢字とABC123", String(repeating: "猫が好きです。", count: 200)]
        let results = await withTaskGroup(of: (Int, [JanomeToken]).self) { group in
            for i in 0..<16 { group.addTask { (i, JanomeTokenizer.tokenize(texts[i % texts.count])) } }
            var all: [(Int, [JanomeToken])] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 16)
        for (i, tokens) in results {
            let expected = JanomeTokenizer.tokenize(texts[i % texts.count])
            #expect(tokens.map { Self.scalars($0.surface) } == expected.map { Self.scalars($0.surface) })
            #expect(tokens.map { Self.scalars($0.partOfSpeech) } == expected.map { Self.scalars($0.partOfSpeech) })
        }
        #expect(results.first { $0.0 == 0 }?.1.map(\.surface) == ["吾輩", "は", "猫", "で", "ある", "。", "名前", "は", "まだ", "無い", "。"])
    }

    // MARK: - ../shared/mifeval-ja

    static var sharedAvailable: Bool {
        let present = FileManager.default.fileExists(atPath: SharedData.path("mifeval-ja/responses"))
        if !present { print("JanomeTokenizerTests shared digests skipped: \(SharedData.skipMessage)") }
        return present
    }

    static func fnv1a(_ bytes: some Sequence<UInt8>) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// `"\n".join(lines[range]).strip()` and friends of evaluation_main.py's loose mode, on
    /// code points.
    static func looseVariants(_ response: String) -> [String] {
        let lines = response.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        func join(_ part: ArraySlice<String>) -> String { PythonString.strip(part.joined(separator: "\n")) }
        func remove(_ s: String, _ c: Unicode.Scalar) -> String { String(String.UnicodeScalarView(s.unicodeScalars.filter { $0 != c })) }
        let first = join(lines.dropFirst())
        let last = join(lines.dropLast())
        let both = lines.count >= 2 ? join(lines[1..<(lines.count - 1)]) : ""
        return [response, remove(response, "*"), first, last, both,
                remove(first, "*"), remove(last, "*"), remove(both, "*"), remove(response, "\"")]
    }

    static func sharedTexts() throws -> [String] {
        var texts: [String] = []
        let responses = SharedData.root.appendingPathComponent("mifeval-ja/responses")
        var files = try FileManager.default.contentsOfDirectory(atPath: responses.path).sorted().map { "mifeval-ja/responses/\($0)" }
        files.append("mifeval-ja/mutations/responses.jsonl")
        func lines(_ relative: String) throws -> [JSONValue] {
            try String(contentsOfFile: SharedData.path(relative), encoding: .utf8)
                .split(separator: "\n").map { try JSONParser.parse(String($0)) }
        }
        for file in files {
            for object in try lines(file) {
                texts.append(object["prompt"]?.stringValue ?? "")
                if let response = object["response"]?.stringValue { texts.append(contentsOf: looseVariants(response)) }
            }
        }
        for file in ["mifeval-ja/test/ja_input_data.jsonl", "mifeval-ja/mutations/input_data.jsonl"] {
            for object in try lines(file) { texts.append(object["prompt"]?.stringValue ?? "") }
        }
        return texts
    }

    @Test(.enabled(if: sharedAvailable)) func sharedTextsMatchJanomeDigests() throws {
        let vectors = try Vectors.load("janome_shared_digests")
        let expected = Dictionary(uniqueKeysWithValues: try #require(vectors["texts"]?.objectMembers).map { ($0.0, $0.1.stringValue ?? "") })
        var seen = Set<String>()
        var agree = 0, differ = 0, missing = 0
        var reports: [String] = []
        for text in try Self.sharedTexts() {
            let key = Self.fnv1a(text.utf8)
            guard seen.insert(key).inserted else { continue }
            guard let digest = expected[key] else { missing += 1; continue }
            var serialized = ""
            for token in JanomeTokenizer.tokenize(text) { serialized += token.surface + "\t" + token.partOfSpeech + "\n" }
            if Self.fnv1a(serialized.utf8) == digest {
                agree += 1
            } else {
                differ += 1
                if reports.count < 5 { reports.append("text \(key) (\(text.unicodeScalars.count) code points)") }
            }
        }
        print("janome shared digests: \(agree) agree, \(differ) differ, \(missing) texts without a digest (of \(expected.count) digests)")
        #expect(differ == 0, "\(reports.joined(separator: "\n"))")
        #expect(missing == 0, "the shared data changed since Scripts/janome/make_vectors.py shared ran")
    }
}
