import Testing
import IFEvalEngine

/// The eight loose texts, worked by hand from the official definition
/// (`r = response.split("\n")`, `"\n".join(r[1:]).strip()`, ... and `.replace("*", "")`).
@Suite struct LooseVariantTests {
    @Test func threeLinesWithAsterisksAndCRLF() {
        let texts = LooseVariant.texts(for: "Title *x*\r\n  body **b**  \r\nlast\u{3000}")
        #expect(texts == [
            "Title *x*\r\n  body **b**  \r\nlast\u{3000}",
            "Title x\r\n  body b  \r\nlast\u{3000}",
            "body **b**  \r\nlast",
            "Title *x*\r\n  body **b**",
            "body **b**",
            "body b  \r\nlast",
            "Title x\r\n  body b",
            "body b",
        ])
    }

    @Test func oneLineHasEmptyLineVariants() {
        #expect(LooseVariant.texts(for: "only *one*") == ["only *one*", "only one", "", "", "", "", "", ""])
    }

    @Test func twoLinesHaveNoMiddle() {
        let texts = LooseVariant.texts(for: "a\n\u{1C}b ")
        #expect(texts[2] == "b")
        #expect(texts[3] == "a")
        #expect(texts[4] == "")
    }

    @Test func stripIsPythonsNotSwifts() {
        // U+001C...U+001F are white space to Python's strip(); U+200B is not.
        let texts = LooseVariant.texts(for: "x\n\u{1F}\u{200B}y\u{1D}\nz")
        #expect(texts[4] == "\u{200B}y")
    }
}
