/// `detectable_format:title`: some `<<...>>` on one line (`<<[^\n]+>>`, greedy) has a
/// non-blank inside once the outer `<` and `>` are stripped.
struct Title: Verifier {
    static let description = InstructionDescription(
        id: "detectable_format:title", suite: "ifeval",
        summary: "A title in double angular brackets, such as <<poem of joy>>.",
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    /// The findall matches of `<<[^\n]+>>` as ranges: from `<<`, the last `>>` on the
    /// line leaving at least one character between.
    static func titles(in text: [Unicode.Scalar]) -> [Range<Int>] {
        let n = text.count
        var ranges: [Range<Int>] = []
        var i = 0
        while i + 5 <= n {
            guard text[i] == "<", text[i + 1] == "<" else { i += 1; continue }
            var lineEnd = i + 2
            while lineEnd < n && text[lineEnd] != "\n" { lineEnd += 1 }
            var close = lineEnd - 2
            while close >= i + 3 && !(text[close] == ">" && text[close + 1] == ">") { close -= 1 }
            if close >= i + 3 {
                ranges.append(i..<(close + 2))
                i = close + 2
            } else {
                i += 1
            }
        }
        return ranges
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let text = ScalarText.scalars(of: response)
        let found = Title.titles(in: text)
        for range in found {
            var inner = ScalarText.string(text[range])
            inner = PythonString.lstrip(inner, characters: ["<"])
            inner = PythonString.rstrip(inner, characters: [">"])
            inner = PythonString.strip(inner)
            if !inner.isEmpty { return .followed("has the title <<\(inner)>>") }
        }
        return .notFollowed(found.isEmpty ? "no title in double angular brackets like <<title>>" : "only empty titles in << >>")
    }

    static let examples: [VerifierExample] = [
        .followed("<<A Poem of Joy>>\nLines..."),
        .notFollowed("<< >>\nLines..."),
        .notFollowed("<A Poem>\nLines..."),
        .followed("<<<Nested>>>"),
        .notFollowed("<<split\nacross lines>>"),
    ]
}
