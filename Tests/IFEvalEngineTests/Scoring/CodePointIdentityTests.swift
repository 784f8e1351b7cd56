import Testing
@testable import IFEvalEngine

/// Keys that Python compares code point by code point stay apart where Swift's `==`
/// (canonical equivalence) would merge them: prompt keys, prompt texts, cached patterns.
@Suite struct CodePointIdentityTests {
    let composed = "caf\u{E9}"
    let decomposed = "cafe\u{301}"

    @Test func promptKeys() {
        #expect(composed == decomposed)  // Swift's view, which Python does not share
        #expect(PromptKey.string(composed) != PromptKey.string(decomposed))
        #expect(Set([PromptKey.string(composed), .string(decomposed), .string(composed), .int(1), .string("1")]).count == 4)
    }

    @Test func promptTexts() {
        // Texts that share long prefixes and differ anywhere (the hash reads 8 bytes at a time).
        let base = String(repeating: "Write an essay. ", count: 8)
        var index: [CodePointKey: Int] = [:]
        var texts: [String] = [composed, decomposed]
        for position in 0..<40 {
            var scalars = Array(base.unicodeScalars)
            scalars[position] = "#"
            texts.append(String(String.UnicodeScalarView(scalars)))
            texts.append(base + String(repeating: "x", count: position))
        }
        for (i, text) in texts.enumerated() { index[CodePointKey(text)] = i }
        #expect(index.count == texts.count)
        for (i, text) in texts.enumerated() { #expect(index[CodePointKey(String(text.unicodeScalars))] == i) }
    }

    @Test func cachedPatterns() throws {
        let cache = PythonRegexCache()
        let a = try cache.regex(composed, options: .ignoreCase)
        let b = try cache.regex(decomposed, options: .ignoreCase)
        let text = Array("Un caf\u{E9}.".unicodeScalars)
        #expect(try a.matchesAnywhere(in: text))
        #expect(try !b.matchesAnywhere(in: text))
    }
}
