import Testing
@testable import IFEvalReporter

/// Text that lands in CSV, Markdown and terminals.
@Suite struct EscapingTests {
    @Test func csvNeutralisesFormulasButNotNumbers() {
        #expect(TableText.csvField("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(TableText.csvField("+cmd") == "'+cmd")
        #expect(TableText.csvField("-2+3") == "'-2+3")
        #expect(TableText.csvField("@SUM(A1)") == "'@SUM(A1)")
        #expect(TableText.csvField("\tx") == "'\tx")
        #expect(TableText.csvField("-0.25") == "-0.25", "a number is left as it is")
        #expect(TableText.csvField("model-1") == "model-1")
    }

    @Test func csvQuotesCarriageReturns() {
        #expect(TableText.csvField("a\rb") == "\"a\rb\"")
        #expect(TableText.csvField("a\r\nb") == "\"a\r\nb\"")
    }

    @Test func markdownEscapesHTMLAndCarriageReturns() {
        #expect(TableText.markdownCell("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;")
        #expect(TableText.markdownCell("a\rb\r\nc\nd") == "a b c d")
        #expect(TableText.markdownCell("R&D") == "R&amp;D")
        #expect(TableText.markdownCell("`a<b`") == "`a<b`", "code spans show their text literally")
        #expect(TableText.markdownCell("x\u{1B}[2Jy") == "x\\u001B[2Jy")
    }

    @Test func terminalTextShowsControlCharactersEscaped() {
        #expect(TerminalText.visible("hi \u{1B}]0;title\u{07} there") == "hi \\u001B]0;title\\u0007 there")
        #expect(TerminalText.visible("line\nnext\ttab") == "line\nnext\ttab")
        #expect(TerminalText.visible("c1 \u{9B}31m del \u{7F} cr \r") == "c1 \\u009B31m del \\u007F cr \\u000D")
        #expect(TerminalText.visible("héllo 日本") == "héllo 日本")
    }
}
