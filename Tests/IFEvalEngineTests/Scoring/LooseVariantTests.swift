import Testing
@testable import IFEvalEngine

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

    /// The lazy texts answer "blank?" and "same as an earlier one?" without building every
    /// text: checked against the texts themselves on edge cases (never a false repeat).
    @Test func blankAndRepeatAnswersAgreeWithTheTexts() {
        let responses = [
            "", " ", "*", " * \n*", "**\n**", "a", "a\nb", "a\nb\nc", "*a*\n*a*\n*a*", "x\n\n\ny",
            "héllo *wörld*\n  * item\n* item\u{3000}", "line\r\n**bold**\r\nlast*", "\n\n", "*\n*\n*",
            "same\nsame", "a*\nb\na*", "\u{85}*\u{85}", "one *\n two\n three *",
        ]
        for response in responses {
            var variants = LooseVariantTexts(response)
            let texts = LooseVariant.texts(for: response)
            for variant in LooseVariant.allCases {
                #expect(variants.isBlank(variant) == PythonString.isBlank(texts[variant.rawValue]), "\(response.debugDescription) \(variant)")
                if variants.repeatsEarlier(variant) {
                    #expect(texts[..<variant.rawValue].contains(texts[variant.rawValue]), "\(response.debugDescription) \(variant)")
                }
            }
            // A variant that only removes `*` from text without any repeats its counterpart.
            if !response.contains("*") {
                #expect(variants.repeatsEarlier(.withoutAsterisks))
            }
        }
    }
}
