import Testing
import IFEvalEngine

/// `emoji.is_emoji` (emoji 2.15.0) and `syllapy.count` (syllapy 0.7.2) against the pinned
/// IFBench environment (`Scripts/oracle/emoji_syllapy_vectors.py`).
@Suite struct EmojiSyllapyTests {
    @Test func isEmojiOnEverySingleCodePoint() throws {
        let expected = try Vectors.rangeMembership("emoji_syllapy_vectors", "is_emoji_single")
        var mismatches: [String] = []
        for cp in 0..<0x110000 {
            guard let scalar = Unicode.Scalar(UInt32(cp)) else { continue }
            if EmojiTable.isEmoji(scalar) != expected[cp] || EmojiTable.isEmoji(String(scalar)) != expected[cp] {
                mismatches.append(String(cp, radix: 16))
            }
        }
        #expect(expected.filter { $0 }.count == 1400)
        #expect(mismatches.isEmpty, "\(mismatches.count) code points differ: \(mismatches.prefix(20))")
    }

    @Test func isEmojiOnSubstrings() throws {
        let vectors = try Vectors.load("emoji_syllapy_vectors")
        let cases = (vectors["is_emoji_substrings"]?.arrayValue ?? []).compactMap(\.stringValue)
        let yes = Set((vectors["is_emoji_true"]?.arrayValue ?? []).compactMap(\.stringValue).map { Array($0.utf8) })
        #expect(cases.count > 5000 && yes.count > 10)
        for text in cases {
            #expect(EmojiTable.isEmoji(text) == yes.contains(Array(text.utf8)), "\(String(reflecting: text))")
        }
        // Exact code points: the keycap needs its U+FE0F here, a bare heart is an emoji.
        #expect(EmojiTable.isEmoji("\u{2764}") && EmojiTable.isEmoji("\u{2764}\u{FE0F}"))
        #expect(!EmojiTable.isEmoji("\u{1F600}\u{1F600}") && !EmojiTable.isEmoji(""))
    }

    @Test func syllableCounts() throws {
        let vectors = try Vectors.load("emoji_syllapy_vectors")
        let cases = try #require(vectors["syllables"]?.arrayValue)
        #expect(cases.count > 3000)
        var mismatches: [String] = []
        for entry in cases {
            let pair = try #require(entry.arrayValue)
            let word = try #require(pair[0].stringValue)
            guard case let .number(n) = pair[1], let expected = n.intValue else { Issue.record("bad vector"); continue }
            let got = Syllapy.count(word)
            if got != expected { mismatches.append("\(String(reflecting: word)): \(got) vs \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20).joined(separator: "\n"))")
    }
}
