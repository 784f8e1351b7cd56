import Testing
@testable import IFEvalEngine

/// The byte-level keyword search never rules out a real match, and counts matches as
/// the regex engine does wherever it gives a count.
@Suite struct CaselessLiteralPrefilterTests {
    /// The four non-ASCII characters are exactly those the engine's IGNORECASE rules make
    /// equal to an ASCII letter or digit (CPython agrees: İ, ı, ſ and the Kelvin sign).
    @Test func equivalentNonASCIICharactersAreComplete() {
        let matchers = (Array(0x30...0x39) + Array(0x41...0x5A) + Array(0x61...0x7A)).map {
            RegexCharMatcher.literal(UInt32($0), negated: false, fold: .unicode)
        }
        var found: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF where Unicode.Scalar(value) != nil && matchers.contains(where: { $0.matches(value) }) {
            found.append(value)
        }
        #expect(found == CaselessLiteralPrefilter.equivalentNonASCII.map(\.value))
    }

    @Test func agreesWithTheRegexEngine() throws {
        let texts = [
            "The quick brown fox", "THE QUICK", "thequick", "no match here", "", "Ḱ k", "\u{212A}ey", "key", "Ke-y",
            "ſtop", "stop", "Istanbul", "\u{130}stanbul", "naïve", "it's fine", "IT'S", "x\ny", "über alles", "a b",
            "keykeyKEY", "a ba b a b", "xxxx", "ké-ykE-Y",
        ]
        let literals = ["quick", "the quick", "key", "stop", "istanbul", "it's", "a b", "über", "x", "xx", "ke-y", "a b a"]
        for literal in literals {
            let prefilter = CaselessLiteralPrefilter(literal: literal)
            let pattern = try PythonRegex(literal, options: .ignoreCase)
            for text in texts {
                let matches = try pattern.matchesAnywhere(in: text)
                if let prefilter, !prefilter.mayMatch(text) {
                    #expect(!matches, "\(literal) in \(text.debugDescription) was ruled out but matches")
                }
                if let prefilter, text.unicodeScalars.allSatisfy(\.isASCII) {
                    #expect(prefilter.mayMatch(text) == matches, "\(literal) in \(text.debugDescription)")
                }
                if let count = prefilter?.matchCount(in: text) {
                    #expect(count == (try pattern.count(in: text)), "count of \(literal) in \(text.debugDescription)")
                }
            }
        }
        #expect(CaselessLiteralPrefilter(literal: "über") == nil)
        #expect(CaselessLiteralPrefilter(literal: "a.b") == nil)
        #expect(CaselessLiteralPrefilter(literal: "") == nil)
    }
}
