import Foundation
import Testing
@testable import IFEvalEngine

/// Guards and API behaviour that the oracle vectors do not cover.
@Suite struct PythonRegexBehaviourTests {
    /// Issue 17, defect B: under IGNORECASE a range reaching beyond the BMP also tests the
    /// upper case of the folded scalar, with CPython 3.11's Unicode 14 mapping, where
    /// U+0264 has no upper case (Unicode 16 maps it to U+A7CB, inside this range).
    /// CPython: `re.search("[\ua7c0-\U00010000]", "\u0264", re.I)` is None.
    @Test func ignoreCaseRangeBeyondTheBMPUsesUnicode14() throws {
        let regex = try PythonRegex("[\u{A7C0}-\u{10000}]", options: .ignoreCase)
        #expect(try regex.firstMatch(in: "\u{264}") == nil)
        #expect(try regex.firstMatch(in: "\u{A7C1}") != nil)
        #expect(RegexCaseFolding.upper(0x264) == 0x264)
        #expect(RegexCaseFolding.upper(0xDF) == 0x53)  // the first character of "SS", as sre's upper
    }

    /// Issue 17, defect E: CPython answers `len(re.findall("(a|b)*c", "ab" * 1000, re.I))`
    /// (0) in milliseconds; a pattern needing a character the text lacks fails at once.
    @Test func requiredCharacterMissingFailsAtOnce() throws {
        let regex = try PythonRegex("(a|b)*c", options: .ignoreCase)
        let text = String(repeating: "ab", count: 1000)
        #expect(try regex.count(in: text) == 0)
        #expect(try regex.count(in: text + "C") == 1)
    }

    @Test func errorDescriptionLooksLikePython() {
        #expect(throws: PythonRegexError.self) { try PythonRegex("(ab") }
        do {
            _ = try PythonRegex("a\n(b")
        } catch let error as PythonRegexError {
            #expect(error.description == "missing ), unterminated subpattern at position 2 (line 2, column 1)")
        } catch {
            Issue.record("\(error)")
        }
    }

    /// Exponential patterns on 30 `a`s end with no match or a budget error (a small
    /// budget here; the default lets CPython-sized work finish). With a required `b`
    /// missing they fail at once; with `(?:b|c)` they backtrack.
    @Test func pathologicalPatternsFinish() throws {
        let text = Array(String(repeating: "a", count: 30).unicodeScalars)
        for body in ["(a*)*", "(a|aa)*", "(a+)+", "(?:a|a)*", "(a*)*$", "a*a*a*a*a*a*", "(?:a?){30}a{30}"] {
            for tail in ["b", "(?:b|c)"] {
                let regex = try PythonRegex(body + tail, options: [], minimumSteps: 1_000_000)
                do {
                    #expect(try regex.firstMatch(in: text) == nil, "\(body + tail)")
                } catch let error as PythonRegexError {
                    #expect(error.kind == .backtrackingLimit)
                    #expect(tail != "b", "\(body + tail) needs a b, which the text lacks")
                }
            }
        }
    }

    /// Patterns without general repeats become linear once the failure memo switches on.
    @Test func nestedSingleScalarRepeatsStayFast() throws {
        let text = Array((String(repeating: "ab ", count: 2000) + "x").unicodeScalars)
        let regex = try PythonRegex(#"\s*.*b.*a.*c"#)
        let clock = ContinuousClock()
        var result: PythonRegex.Match?
        let elapsed = try clock.measure { result = try regex.firstMatch(in: text) }
        #expect(result == nil)
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }

    @Test func stringConveniencesUseScalarOffsets() throws {
        let regex = try PythonRegex(#"\r\n"#)
        #expect(try regex.firstMatch(in: "é\r\nx")?.range == 1..<3)
        #expect(try regex.split("a\r\nb") == ["a", "b"])
        #expect(try PythonRegex("(a)|(b)").split("xby") == ["x", nil, "b", "y"])
        #expect(try PythonRegex("(a)(b)?").findAllGroups(in: "a ab") == [["a", ""], ["a", "b"]])
        #expect(try PythonRegex("key", options: .ignoreCase).count(in: "Key KEY kEy") == 3)
        #expect(try PythonRegex(#"\bk\b"#, options: .ignoreCase).matchesAnywhere(in: "a \u{212A} b"))
    }

    @Test func compiledRegexIsUsableAcrossTasks() async throws {
        let regex = try PythonRegex(#"^\s*\*[^\*].*$"#, options: .multiline)
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<8 {
                group.addTask { try regex.count(in: String(repeating: "* item\n", count: i + 1)) }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }.sorted()
        }
        #expect(counts == Array(1...8))
    }

    /// Not an assertion on speed: prints the figure for the report.
    @Test func speedOfBulletPatternOnFourKilobytes() throws {
        var text = ""
        while text.unicodeScalars.count < 4096 {
            text += "* bullet point with some words in it\n  - a nested dash item here\nPlain sentence, with *emphasis* and [placeholder].\n\n"
        }
        let scalars = Array(text.unicodeScalars)
        let patterns: [(String, PythonRegex.Options)] = [
            (#"^\s*\*[^\*].*$"#, .multiline), (#"\[.*?\]"#, []), (#"\*[^\n\*]*\*"#, []), ("keyword", .ignoreCase),
            (#"\bwords\b"#, .ignoreCase), (#"\s*p\.\s?s\..*$"#, .multiline),
        ]
        let clock = ContinuousClock()
        for (pattern, options) in patterns {
            let regex = try PythonRegex(pattern, options: options)
            let rounds = 200
            var total = 0
            let elapsed = try clock.measure {
                for _ in 0..<rounds { total += try regex.findAll(in: scalars).count }
            }
            #expect(total >= 0)
            let micros = Double(elapsed.components.attoseconds) / 1e12 / Double(rounds) + Double(elapsed.components.seconds) * 1e6 / Double(rounds)
            print("findall \(pattern) over \(scalars.count) scalars: \(String(format: "%.1f", micros)) µs")
        }
    }
}

@Suite struct PythonRegexSpeedPathTests {
    /// The ASCII bitmap of a first-character filter answers exactly as the matcher does.
    @Test func scalarFilterAgreesWithItsMatcher() throws {
        for (pattern, options) in [("k", PythonRegex.Options.ignoreCase), ("s", .ignoreCase), ("[^a-z\\d]", []), ("\\w", []), ("\\s", .ignoreCase), (".", [])] {
            let regex = try PythonRegex(pattern, options: options)
            let filter = try #require(regex.program.firstChar)
            for c in UInt32(0)..<0x2200 { #expect(filter.matches(c) == filter.matcher.matches(c), "\(pattern) at \(c)") }
        }
    }

    /// `\bkelvin\b` with IGNORECASE: the filter must still find "K" written as the Kelvin sign.
    @Test func wordBoundedSearchFindsCaseVariants() throws {
        let regex = try PythonRegex(#"\bkelvin\b"#, options: .ignoreCase)
        #expect(try regex.matchesAnywhere(in: "a \u{212A}ELVIN b"))
        #expect(try regex.matchesAnywhere(in: "KELVIN"))
        #expect(try !regex.matchesAnywhere(in: "kelvins"))
    }

    @Test func cacheReturnsTheSameProgramAndDoesNotCacheErrors() throws {
        let cache = PythonRegexCache()
        let a = try cache.regex("cat", options: .ignoreCase)
        let b = try cache.regex("cat", options: .ignoreCase)
        let c = try cache.regex("cat")
        #expect(try a.matchesAnywhere(in: "CAT") && b.matchesAnywhere(in: "CAT"))
        #expect(try !c.matchesAnywhere(in: "CAT"))
        #expect(throws: (any Error).self) { try cache.regex("(") }
        #expect(throws: (any Error).self) { try cache.regex("(") }
    }

    /// Fuzzer run 5 (seed 5, chunk 1): a forbidden word whose groups sre leaves in a state
    /// where this engine once ended a group before its start, and `Match` trapped building
    /// the span. CPython: `re.search(pattern, "E.G", re.I).span()` is (0, 3).
    @Test func aGroupEndingBeforeItsStartDoesNotTrap() throws {
        let word = #"(((alltake|\s*)(trainer[-a]|problemourthis?+)(because|trainer{2,}?)|ß?)|((?#)(or{,2}アnow?+|dumpsection){2,}?|her)(?<!the))((?<!a)?out(?#x)|.{1,3})+?"#
        let regex = try PythonRegex(#"\b"# + word + #"\b"#, options: .ignoreCase)
        #expect(try regex.firstMatch(in: "E.G")?.range == 0..<3)
        #expect(try regex.firstMatch(in: "E.G. CATALOG SEE")?.range == 0..<3)
    }
}
