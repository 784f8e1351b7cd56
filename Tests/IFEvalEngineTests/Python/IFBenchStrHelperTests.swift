import Testing
import IFEvalEngine

/// The `str` helpers and `re.match` IFBench's verifiers call, against CPython 3.11
/// (`Scripts/oracle/ifbench_str_vectors.py`).
@Suite struct IFBenchStrHelperTests {
    static func int(_ value: JSONValue?) -> Int? {
        if case let .number(n)? = value { return n.intValue } else { return nil }
    }

    @Test func helpersMatchCPython() throws {
        let vectors = try Vectors.load("ifbench_str_vectors")
        let patterns = try (vectors["patterns"]?.arrayValue ?? []).compactMap(\.stringValue).map { try PythonRegex($0) }
        let cases = try #require(vectors["cases"]?.arrayValue)
        #expect(patterns.count == 6 && cases.count > 250)
        func same(_ a: String, _ b: String?) -> Bool { Array(a.unicodeScalars) == Array((b ?? "\u{FFFF}").unicodeScalars) }
        var matched = 0
        for entry in cases {
            let s = try #require(entry["s"]?.stringValue)
            let label = String(reflecting: s)
            #expect(same(PythonString.removingASCIIPunctuation(s), entry["nopunct"]?.stringValue), "\(label)")
            #expect(same(PythonString.strip(s, characters: PythonString.asciiPunctuationAndSpace), entry["strip"]?.stringValue), "\(label)")
            #expect(PythonString.find(s, "the") == Self.int(entry["find_the"]), "\(label)")
            #expect(PythonString.count(s, "e") == Self.int(entry["count_e"]), "\(label)")
            #expect(PythonString.count(s, "\u{E9}") == Self.int(entry["count_aa"]), "\(label)")
            #expect(same(PythonString.replace(s, "\"", "\"\"\""), entry["replace_quote"]?.stringValue), "\(label)")
            #expect(PythonString.characterNGrams(s, 3).count == Self.int(entry["ngrams3"]), "\(label)")
            let expected = entry["match"]?.arrayValue ?? []
            for (k, regex) in patterns.enumerated() {
                let got = try regex.prefixMatch(in: s).map { [$0.range.lowerBound, $0.range.upperBound] }
                let want = expected[k].arrayValue.map { $0.compactMap(Self.int) }
                if want != nil { matched += 1 }
                #expect(got == want, "pattern \(k) on \(label)")
            }
        }
        #expect(matched > 15)
    }

    /// Hand-worked: Python counts and replaces without overlap; "" is everywhere.
    @Test func emptyAndOverlapping() {
        #expect(PythonString.count("aaaa", "aa") == 2)
        #expect(PythonString.count("abc", "") == 4)
        #expect(PythonString.replace("ab", "", "-") == "-a-b-")
        #expect(PythonString.find("caf\u{E9}", "e\u{301}") == -1)
    }
}
