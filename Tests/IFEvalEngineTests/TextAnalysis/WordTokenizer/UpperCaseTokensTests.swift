import Testing
@testable import IFEvalEngine

/// `countUppercaseWords`, which rewrites only the parts of a sentence that can yield an
/// upper-case token (`UpperCaseTokens`), against counting the tokens of the whole
/// `word_tokenize` on random texts made of the pieces the rules treat specially.
@Suite struct UpperCaseTokensTests {
    static let words = [
        "I", "A", "a", "NASA", "Nasa", "nasa", "AI", "It", "In", "Tis", "TWAS", "Two", "CANNOT", "Cannot", "canNOT",
        "GONNA", "GonNA", "WANNA", "gotTA", "LEMME", "GIMME", "MORE'N", "D'YE", "'TIS", "'Twas", "'tIS", "DON'T", "DOn't",
        "doN'T", "CAN'T", "In't", "In'T", "On't", "I'm", "I'M", "I've", "I'LL", "YOU'RE", "NASA's", "NASA'S", "JOHN'S", "USA'", "'EM", "O'NEIL",
        "U.S.", "U.S.A", "D.C.", "P.S.", "Mr.", "MR.", "No.", "3D", "X1", "_A_", "A_b", "\u{C9}T\u{C9}", "\u{E9}T\u{C9}",
        "\u{1C5}A", "\u{130}S", "T\u{130}S", "T\u{131}s", "\u{24B6}", "\u{24B6}can", "\u{24D0}A", "\u{17F}A", "\u{212A}",
        "A\u{345}", "\u{2160}", "\u{FF21}", "\u{1D400}", "\u{10400}\u{10428}", "\u{4E2D}A", "\u{1F600}A",
    ]
    static let marks = [
        ".", ",", ":", ";", "!", "?", "\"", "'", "''", "`", "``", "\u{AB}", "\u{BB}", "\u{201C}", "\u{201D}", "\u{2018}",
        "\u{2019}", "\u{201E}", "(", ")", "[", "]", "{", "}", "<", ">", "--", "...", "..", "*", "**", "@", "#", "$", "%",
        "&", "\u{2014}", "\u{2013}", "-", "_", "1", "2,000", "1.5",
    ]
    static let spaces = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "\u{A0}", "\u{1C}", "\u{2003}", "\r\n", " \n"]

    static func randomText(_ rng: inout SplitMix64) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...14, using: &rng) {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<4: text += words.randomElement(using: &rng)!
            case 4..<7: text += marks.randomElement(using: &rng)!
            default: text += spaces.randomElement(using: &rng)!
            }
        }
        return text
    }

    @Test func countMatchesTheWholeTokenization() {
        var rng = SplitMix64(state: 20_261_121)
        let tokenizer = NLTKWordTokenizer()
        var mismatches: [String] = []
        for _ in 0..<30_000 {
            let text = Self.randomText(&rng)
            let expected = tokenizer.wordTokens(in: text).filter { PythonString.isUpper($0) }.count
            let count = tokenizer.countUppercaseWords(in: text)
            if count != expected && mismatches.count < 20 {
                mismatches.append("\(String(reflecting: text)): \(count), tokens give \(expected)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }
}
