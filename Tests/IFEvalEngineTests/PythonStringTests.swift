import Testing
@testable import IFEvalEngine

@Suite struct PythonStringTests {
    @Test func stripUsesPythonWhitespace() {
        #expect(PythonString.strip("\u{1C} a b\u{3000}\r\n") == "a b")
        #expect(PythonString.splitWhitespace(" a\u{1F}b\u{A0}c  ") == ["a", "b", "c"])
    }
}
