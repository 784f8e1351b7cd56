import Testing
@testable import IFEvalEngine

/// The shortcuts the IFBench verifiers take for speed, each against the long way it
/// replaces, on random texts made of the characters that matter.
@Suite struct IFBenchShortcutTests {
    static let pieces = ["a", "Zimbabwe", "Zim", "babwe", ",", "\"", "\r", "\n", "\n\n", " ", "é", "e\u{301}", "\u{1F600}", "ID", "x,y",
                         "\u{0}", "*", "Σ", "ς", "bald", "eagle", "Ea", "GLE", ".", "-", "\t", "\u{3000}", "İ", "K"]

    static func randomTexts(seed: Int, count: Int = 3000, maxPieces: Int = 30) -> [String] {
        var generator = CPythonRandom(seed: seed)
        return (0..<count).map { _ in
            let length = Int(generator.random() * Double(maxPieces))
            return (0..<length).map { _ in pieces[Int(generator.random() * Double(pieces.count))] }.joined()
        }
    }

    /// The record count read off the line breaks equals `csv.reader`'s whenever it is given.
    @Test func csvRecordCountWithoutQuotes() throws {
        var counted = 0
        for text in Self.randomTexts(seed: 3) {
            guard let count = CityCSV.recordCountWithoutQuotes(text) else {
                #expect(text.unicodeScalars.contains { $0 == "\"" || $0 == "\r" })
                continue
            }
            #expect(count == (try PythonCSVReader().records(text)).count, "\(text.debugDescription)")
            counted += 1
        }
        #expect(counted > 500)
        // The shape-only reading: the same field counts, or the same error.
        for text in Self.randomTexts(seed: 4) {
            let full = Result { () throws(PythonCSVReader.Error) -> [[String]] in try PythonCSVReader().records(text) }
            let shape = Result { () throws(PythonCSVReader.Error) -> [Int] in try PythonCSVReader().recordFieldCounts(text) }
            switch (full, shape) {
            case let (.success(records), .success(counts)): #expect(records.map(\.count) == counts)
            case let (.failure(a), .failure(b)): #expect(a == b)
            default: Issue.record("\(text.debugDescription): one reading raised, the other not")
            }
        }
        #expect(CityCSV.recordCountWithoutQuotes("") == 0)
        #expect(CityCSV.recordCountWithoutQuotes("\n") == 1)
        #expect(CityCSV.recordCountWithoutQuotes("a\n\nb") == 3)
        #expect(CityCSV.recordCountWithoutQuotes(String(repeating: "a", count: 131_073)) == nil)
    }

    /// `in`, `startswith` and `endswith` on UTF-8 bytes agree with the same on code points.
    @Test func substringTestsOnBytesAreCodePointTests() {
        let texts = Self.randomTexts(seed: 5, count: 400, maxPieces: 8)
        for haystack in texts {
            let h = Array(haystack.unicodeScalars)
            for needle in texts.prefix(60) {
                let n = Array(needle.unicodeScalars)
                let inside = n.isEmpty || (n.count <= h.count && (0...(h.count - n.count)).contains { h[$0..<($0 + n.count)].elementsEqual(n) })
                #expect(PythonString.contains(haystack, needle) == inside, "\(haystack.debugDescription) \(needle.debugDescription)")
                #expect(PythonString.startsWith(haystack, needle) == h.starts(with: n))
                #expect(PythonString.endsWith(haystack, needle) == h.reversed().starts(with: n.reversed()))
            }
        }
        // Canonically equivalent but different code points: never the same.
        #expect(!PythonString.contains("caf\u{E9}", "e\u{301}") && !PythonString.endsWith("cafe\u{301}", "\u{E9}"))
    }

    /// `quote` shows the first `limit` code points, however the text is made.
    @Test func quoteLooksOnlyAtWhatItShows() {
        for text in Self.randomTexts(seed: 9, count: 1000) {
            for limit in [0, 1, 5, 30] {
                let scalars = Array(text.unicodeScalars)
                let expected = scalars.count <= limit ? "\"\(text)\""
                    : "\"\(String(String.UnicodeScalarView(scalars.prefix(limit))))…\""
                #expect(Array(IFBenchText.quote(text, limit: limit).unicodeScalars) == Array(expected.unicodeScalars))
            }
        }
    }

    /// `lower` on UTF-8 bytes equals `lower` scalar by scalar: every code point alone, and
    /// random texts (those with a capital sigma take the scalar path).
    @Test func lowerOnBytesIsLowerByScalars() {
        var differing: [UInt32] = []
        for value in UInt32(0)..<0x110000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A" + String(scalar) + "b\u{E9}"
            if !PythonString.lower(text).unicodeScalars.elementsEqual(PythonString.lowerByScalars(text).unicodeScalars) { differing.append(value) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
        for text in Self.randomTexts(seed: 13) {
            #expect(PythonString.lower(text).unicodeScalars.elementsEqual(PythonString.lowerByScalars(text).unicodeScalars), "\(text.debugDescription)")
        }
        #expect(PythonString.lower("\u{130}K\u{212A}") == "i\u{307}kk")
    }

    /// `strip(string.punctuation + ' ')` on bytes equals the same on code points.
    @Test func stripPunctuationCutsByCodePoint() {
        for text in Self.randomTexts(seed: 17, count: 2000, maxPieces: 6) + ["-\u{301}a-", "..", "", " é. "] {
            let scalars = Array(text.unicodeScalars)
            let strip: (Unicode.Scalar) -> Bool = { $0 == " " || ($0.isASCII && IFBenchText.isPunctuation($0.value)) }
            let first = scalars.firstIndex { !strip($0) }
            let expected = first.map { Array(scalars[$0...scalars.lastIndex { !strip($0) }!]) } ?? []
            #expect(Array(IFBenchText.stripPunctuation(text).unicodeScalars) == expected, "\(text.debugDescription)")
        }
    }

    /// `translate` removing `string.punctuation`, on bytes, against the same on code points.
    @Test func removingPunctuationOnBytes() {
        for text in Self.randomTexts(seed: 19, count: 2000, maxPieces: 10) + ["", "...", "a.b"] {
            let expected = text.unicodeScalars.filter { !($0.isASCII && IFBenchText.isPunctuation($0.value)) }
            #expect(Array(IFBenchText.removingPunctuation(text).unicodeScalars) == Array(expected), "\(text.debugDescription)")
        }
    }

    /// The stopword count of ASCII text, on packed bytes, equals the count token by token.
    @Test func stopwordCountOnASCIIBytes() {
        let words = NLTKStopwords.english + ["The", "THEMSELVES", "Yourselves", "x_1", "ab9", "themselvesx", "don", "t", "I", "a1"]
        var generator = CPythonRandom(seed: 23)
        for _ in 0..<2000 {
            let length = Int(generator.random() * 20)
            let text = (0..<length).map { _ in
                words[Int(generator.random() * Double(words.count))] + [" ", ", ", "'", "\n", "-", "_", "."][Int(generator.random() * 7)]
            }.joined()
            var copy = text
            let fast = copy.withUTF8 { NLTKStopwords.countInASCII($0) }
            #expect(fast == NLTKStopwords.countByScalars(text), "\(text.debugDescription)")
        }
        var nonASCII = "caf\u{E9} the"
        #expect(nonASCII.withUTF8 { NLTKStopwords.countInASCII($0) } == nil)
    }

    /// `nfkdASCII` on bytes keeps exactly the ASCII code points of each character's NFKD.
    @Test func nfkdASCIIOnBytes() {
        var differing: [UInt32] = []
        for value in UInt32(0x80)..<0x110000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "b"
            let expected = PythonUnicodeData.normalize(.nfkd, text).unicodeScalars.filter(\.isASCII)
            if !PythonUnicodeData.nfkdASCII(text).unicodeScalars.elementsEqual(expected) { differing.append(value) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    /// The tables built faster at start-up are the same tables.
    @Test func tablesBuiltTheSlowWayAreTheSame() {
        #expect(PythonStrTables.buildStages(uniformPagesByValue: true) == PythonStrTables.buildStages(uniformPagesByValue: false))
        for data in [PythonUnicodeData.TableData.canonical, PythonUnicodeData.TableData.compatibility] {
            let fast = PythonUnicodeData.decompositions(data), slow = PythonUnicodeData.decompositionsBySplitting(data)
            #expect(fast.count == slow.count && fast.count > 2000)
            #expect(fast.allSatisfy { slow[$0.key] == $0.value })
        }
    }

    /// The field counter on bytes equals counting the fields as strings, code point by
    /// code point, in first-occurrence order.
    @Test func fieldCountsEqualCountingStrings() {
        for text in Self.randomTexts(seed: 29, count: 2000, maxPieces: 40) {
            var order: [[Unicode.Scalar]] = []
            var counts: [[Unicode.Scalar]: Int] = [:]
            for field in IFBenchText.fields(text) {
                let key = Array(field.unicodeScalars)
                if counts[key] == nil { order.append(key) }
                counts[key, default: 0] += 1
            }
            let fast = IFBenchText.fieldCounts(text)
            #expect(fast.map { Array(PythonString.slice(text, utf8: $0.range).unicodeScalars) } == order)
            #expect(fast.map(\.count) == order.map { counts[$0]! })
        }
    }

    /// The tokens at both ends, found sentence by sentence from each end, are those of
    /// tokenizing the whole text.
    @Test func edgeWordTokensAreTheWholeTextsEnds() {
        let words = ["Mr.", "Smith", "went", "home", ".", "It", "rained", "!", "Why", "?", "e.g.", "\n\n", " ", "\"", "it's", "U.S.", "(a)", "...", "ok"]
        var generator = CPythonRandom(seed: 31)
        for flavor in [TextAnalysisFlavor.nltk3_9, .nltk3_10] {
            let tokenizer = NLTKWordTokenizer(flavor: flavor)
            for _ in 0..<1500 {
                let length = Int(generator.random() * 30)
                let text = (0..<length).map { _ in words[Int(generator.random() * Double(words.count))] }.joined(separator: " ")
                let all = tokenizer.wordTokens(in: text)
                for count in [1, 3] {
                    let (tokens, complete) = tokenizer.edgeWordTokens(in: text, count: count)
                    if complete {
                        #expect(tokens == all, "\(text.debugDescription)")
                    } else {
                        #expect(all.count >= 2 * count && tokens == Array(all.prefix(count) + all.suffix(count)), "\(text.debugDescription)")
                    }
                    #expect(complete || all.count > 2 * count || tokens.count == 2 * count)
                }
            }
        }
    }
}
