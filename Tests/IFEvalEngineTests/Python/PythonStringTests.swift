import Testing
@testable import IFEvalEngine

/// Expected values from CPython 3.11.7 (the oracle venv), written out by hand.
@Suite struct PythonStringTests {
    @Test func stripUsesPythonWhitespace() {
        #expect(PythonString.strip("\u{1C} a b\u{3000}\r\n") == "a b")
        #expect(PythonString.splitWhitespace(" a\u{1F}b\u{A0}c  ") == ["a", "b", "c"])
        // U+0085 and U+2003 are white space; U+200B is not.
        #expect(PythonString.splitWhitespace("\u{A0}a\u{2003}b\u{85}c\u{200B} d") == ["a", "b", "c\u{200B}", "d"])
    }

    @Test func stripWithNonASCIICharactersWorksOnCodePoints() {
        // 'xxéyx'.strip('xé') == 'y'
        #expect(PythonString.strip("xx\u{E9}yx", characters: ["x", "\u{E9}"]) == "y")
        // 'ééabé'.lstrip('é') == 'abé'
        #expect(PythonString.lstrip("\u{E9}\u{E9}ab\u{E9}", characters: ["\u{E9}"]) == "ab\u{E9}")
        // 'abé\u0301é'.rstrip('é') == 'abé\u0301': the combining mark stops it.
        #expect(PythonString.identical(PythonString.rstrip("ab\u{E9}\u{301}\u{E9}", characters: ["\u{E9}"]), "ab\u{E9}\u{301}"))
    }

    @Test func removePrefixAndSuffixCountCodePoints() {
        // 'e\u0301tude'.removeprefix('e') == '\u0301tude' (Swift sees "é" as one Character).
        #expect(PythonString.identical(PythonString.removePrefix("e\u{301}tude", "e"), "\u{301}tude"))
        // 'café\u0301'.removesuffix('\u0301') == 'café'
        #expect(PythonString.identical(PythonString.removeSuffix("caf\u{E9}\u{301}", "\u{301}"), "caf\u{E9}"))
    }

    @Test func lowerAndUpperUseFullMappings() {
        let text = "\u{3A3}\u{391}\u{3A3} \u{130}stanbul \u{C9}\u{301}T\u{C9} \u{1E9E}"
        // 'ΣΑΣ İstanbul É́TÉ ẞ'.lower() == 'σας i̇stanbul é́té ß' (final sigma, İ -> i + U+0307)
        #expect(PythonString.identical(PythonString.lower(text), "\u{3C3}\u{3B1}\u{3C2} i\u{307}stanbul \u{E9}\u{301}t\u{E9} \u{DF}"))
        #expect(PythonString.identical(PythonString.upper(text), "\u{3A3}\u{391}\u{3A3} \u{130}STANBUL \u{C9}\u{301}T\u{C9} \u{1E9E}"))
        // 'ἈΣ Σ'.lower() == 'ἀς σ'
        #expect(PythonString.identical(PythonString.lower("\u{1F08}\u{3A3} \u{3A3}"), "\u{1F00}\u{3C2} \u{3C3}"))
    }

    @Test func lowerPrefixAndSuffixAgreeWithLoweringEverything() {
        let texts = ["\u{130}stanbul is big", "ab\u{3A3} \u{3A3}x", "Stra\u{DF}e \u{1E9E}IG", "e\u{301}\u{C9}\u{C9}\u{C9}", ""]
        for text in texts {
            let lowered = Array(PythonString.lower(text).unicodeScalars)
            for count in 0...6 {
                #expect(Array(PythonString.lowerPrefix(text, count: count).unicodeScalars.prefix(count)) == Array(lowered.prefix(count)))
                #expect(Array(PythonString.lowerSuffix(text, count: count).unicodeScalars.suffix(count)) == Array(lowered.suffix(count)))
            }
        }
    }

    /// The byte-level answer agrees with lowering the text whenever it gives one, and
    /// gives none when a non-ASCII character is reached first.
    @Test func asciiLowerAffixAgreesWithLowering() {
        let texts = ["Hello World", "  HELLO there", "x\u{130}ello", "\u{212A}ey", "hel", "caf\u{E9} HELLO", "", "ab HELLO"]
        for text in texts {
            var copy = text
            let lowered = PythonString.lower(text)
            for (expected, atEnd) in [("hello", false), ("hello", true), ("he", false), ("key", false), ("y", true)] {
                let answer = copy.withUTF8 { PythonString.asciiLowerAffixMatches($0, 0..<$0.count, Array(expected.utf8), atEnd: atEnd) }
                if let answer {
                    #expect(answer == (atEnd ? PythonString.endsWith(lowered, expected) : PythonString.startsWith(lowered, expected)), "\(text) \(expected) \(atEnd)")
                }
            }
        }
        var kelvin = "\u{212A}ey"
        #expect(kelvin.withUTF8 { PythonString.asciiLowerAffixMatches($0, 0..<$0.count, Array("key".utf8), atEnd: false) } == nil)
    }

    @Test func byteSearchFindsNeedlesAnywhere() {
        func contains(_ needle: String, _ haystack: String) -> Bool {
            Array(haystack.utf8).withUnsafeBufferPointer { h in
                Array(needle.utf8).withUnsafeBufferPointer { n in ByteSearch.contains(n, in: h) }
            }
        }
        #expect(contains("</think>", "</think>"))
        #expect(contains("</think>", "a </think>"))
        #expect(contains("</think>", "<</thin</think>b"))
        #expect(!contains("</think>", "</think"))
        #expect(!contains("</think>", "<<<<<<<"))
        #expect(!contains("</think>", ""))
        #expect(!contains("", "abc"))
        #expect(ThinkingTraceStripper.containsClosingTag("x</think>y"))
        #expect(!ThinkingTraceStripper.containsClosingTag("x</thinkk>y"))
    }
}
