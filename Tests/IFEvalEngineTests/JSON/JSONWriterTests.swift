import Testing
import IFEvalEngine

@Suite struct JSONWriterTests {
    /// Strings with every character that needs escaping, at every offset of the
    /// eight-byte scan, survive writing and parsing back unchanged.
    @Test func roundTripsEscapesAtEveryOffset() throws {
        let specials: [String] = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "é", "😀", "\u{2028}", "a"]
        for special in specials {
            for prefix in 0..<17 {
                let text = String(repeating: "x", count: prefix) + special + String(repeating: "y", count: 9)
                let written = JSONWriter.string(.string(text))
                let parsed = try JSONParser.parse(written)
                #expect(parsed == .string(text), "\(text.debugDescription) -> \(written)")
            }
        }
        #expect(JSONWriter.string(.string("a\"b\\c\n\u{1}")) == #""a\"b\\c\n\u0001""#)
    }
}
