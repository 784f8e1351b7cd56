import Testing
@testable import IFEvalEngine

/// The tokenizers' shortcuts on character classes agree with the exact Python classes.
@Suite struct ScalarTextTests {
    @Test func caseFlagsMatchPythonOnEveryCharacter() {
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            let classes = [PythonCharacterClass.isUpper(c), PythonCharacterClass.isLower(c), PythonCharacterClass.isTitle(c)]
            let expected = zip(classes, [ScalarText.upperFlag, ScalarText.lowerFlag, ScalarText.titleFlag])
                .reduce(UInt8(0)) { $0 | ($1.0 ? $1.1 : 0) }
            #expect(ScalarText.flags(c) == expected, "U+\(String(v, radix: 16))")
            // Python's `lower()` changes only upper- and title-case characters (checked on
            // every code point with CPython 3.11), which `PunktTypeBytes` relies on.
            if expected & (ScalarText.upperFlag | ScalarText.titleFlag) == 0 {
                #expect(Array(PythonString.lower(String(c)).unicodeScalars) == [c], "U+\(String(v, radix: 16))")
            }
        }
    }

    @Test func decodingMatchesUnicodeScalars() {
        let texts = ["", "plain ASCII text longer than eight bytes", "caf\u{E9} \u{2019}quote\u{201D} \u{1F600}!",
                     "\r\n\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}abcdefgh\u{E9}"]
        for text in texts + ["One. Two? Three! Four...", "caf\u{E9}. \u{2019}Quote?\u{201D} Longer ASCII run!.?", "!", "a.b?c!d\u{E9}.f"] {
            #expect(ScalarText.scalars(of: text) == Array(text.unicodeScalars))
            #expect(ScalarText.codePoints(of: text) == text.unicodeScalars.map(\.value))
            let (scalars, marks) = ScalarText.scalarsAndEndMarks(of: text)
            #expect(scalars == Array(text.unicodeScalars))
            #expect(marks == PunktEndContexts.endMarks(in: scalars), "\(String(reflecting: text))")
        }
    }
}

extension ScalarTextTests {
    @Test func isUpperMatchesPythonOnEveryCharacterPair() {
        // One and two characters: every case class, through the table and past it.
        let samples: [UInt32] = [0x41, 0x61, 0x31, 0xB5, 0xC0, 0xE0, 0x1C5, 0x391, 0x3B1, 0x410, 0x430, 0x2019,
                                 0x2160, 0x2170, 0x24B6, 0x24D0, 0x3000, 0xFF21, 0xFF41, 0x10400, 0x10428]
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            let expected = (PythonCharacterClass.isUpper(c) ? ScalarText.upperFlag : 0)
            let lowerOrTitle = PythonCharacterClass.isLower(c) || PythonCharacterClass.isTitle(c)
            #expect(ScalarText.isUpper([c]) == (expected != 0 && !lowerOrTitle), "U+\(String(v, radix: 16))")
        }
        for a in samples {
            for b in samples {
                let pair = [Unicode.Scalar(a)!, Unicode.Scalar(b)!]
                let upper = pair.contains(where: PythonCharacterClass.isUpper)
                let lower = pair.contains { PythonCharacterClass.isLower($0) || PythonCharacterClass.isTitle($0) }
                #expect(ScalarText.isUpper(pair) == (upper && !lower))
            }
        }
    }
}

extension ScalarTextTests {
    @Test func punktCharacterMasksMatchTheirClasses() {
        for v in UInt32(0)...0xFF {
            let c = Unicode.Scalar(v)!
            let special = RegexModuleCharacterClass.isSpace(c) || PunktWordScanner.isNonWordCharacter(c) || c == "-" || c == "." || c == ","
            #expect(PunktWordScanner.continuesWord(c) == (v < 0x80 && !special), "U+\(String(v, radix: 16))")
            #expect(NLTKWordTokenizer.isSpace(c) == PythonCharacterClass.isSpace(c), "U+\(String(v, radix: 16))")
        }
    }
}
