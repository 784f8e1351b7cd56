import Testing
import IFEvalEngine

/// `str.isdigit`/`isnumeric`, NLTK's English stopwords and `RegexpTokenizer(r"\w+")` as
/// nltk 3.9.2 runs it, against the pinned IFBench environment
/// (`Scripts/oracle/ifbench_text_vectors.py`).
@Suite struct IFBenchBasicTextTests {
    static func intValue(_ value: JSONValue?) -> Int? {
        if case let .number(n)? = value { return n.intValue } else { return nil }
    }

    func compare(_ name: String, _ predicate: (Unicode.Scalar) -> Bool) throws {
        let expected = try Vectors.rangeMembership("ifbench_text_vectors", name)
        var mismatches: [String] = []
        for cp in 0..<0x110000 {
            guard let scalar = Unicode.Scalar(UInt32(cp)) else { continue }
            if predicate(scalar) != expected[cp] { mismatches.append(String(cp, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(name): \(mismatches.count) code points differ from CPython 3.11: \(mismatches.prefix(20))")
    }

    @Test func isdigitOnEveryCodePoint() throws { try compare("isdigit", PythonCharacterClass.isDigit) }
    @Test func isnumericOnEveryCodePoint() throws { try compare("isnumeric", PythonCharacterClass.isNumeric) }

    @Test func stopwordListIsNLTKs() throws {
        let vectors = try Vectors.load("ifbench_text_vectors")
        let expected = (vectors["stopwords_english"]?.arrayValue ?? []).compactMap(\.stringValue)
        #expect(expected.count == 179)
        #expect(NLTKStopwords.english.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
        #expect(NLTKStopwords.isEnglishStopword("doesn't"))
        #expect(!NLTKStopwords.isEnglishStopword("The"))
    }

    @Test func regexpWordTokensAndStopwordCounts() throws {
        let vectors = try Vectors.load("ifbench_text_vectors")
        let cases = try #require(vectors["regexp_word_tokens"]?.arrayValue)
        #expect(cases.count >= 30)
        for entry in cases {
            let text = try #require(entry["text"]?.stringValue)
            let tokens = (entry["tokens"]?.arrayValue ?? []).compactMap(\.stringValue)
            let got = PythonReWordTokenizer.tokens(in: text)
            #expect(got.map { Array($0.unicodeScalars) } == tokens.map { Array($0.unicodeScalars) }, "\(String(reflecting: text))")
            #expect(PythonReWordTokenizer.countWords(in: text) == tokens.count)
            #expect(NLTKStopwords.countEnglishStopwords(in: text) == Self.intValue(entry["stopwords"]), "\(String(reflecting: text))")
        }
    }

    /// Hand-worked: `re` splits at a combining mark, the `regex` module does not.
    @Test func combiningMarkSplitsAWordUnderRe() {
        #expect(PythonReWordTokenizer.tokens(in: "cafe\u{301} ok") == ["cafe", "ok"])
        #expect(PythonReWordTokenizer.countWords(in: "cre\u{300}me") == 2)
        #expect(WordCounter.countWords(in: "cre\u{300}me") == 1)
    }
}
