/// `format:thesis`: a thesis in HTML italics followed by plain text. As the official
/// checker: from the first `<i>` (or, when there is none, the first `<em>`), up to the
/// first `</i>` after it (or else `</em>`), the text after the first 3 characters must not
/// be blank (for `<em>` that keeps "m>"), and the text 4 characters after the closing tag's
/// start (for `</em>` that keeps ">") must not be blank either.
struct ItalicThesis: Verifier {
    static let description = InstructionDescription(
        id: "format:thesis", suite: "ifbench",
        summary: "Each section begins with a thesis statement in HTML italics.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    /// `haystack.find(needle)` on code points (-1 as nil).
    private static func find(_ needle: String, in haystack: ArraySlice<Unicode.Scalar>) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard haystack.count >= n.count else { return nil }
        var i = haystack.startIndex
        while i + n.count <= haystack.endIndex {
            if haystack[i..<(i + n.count)].elementsEqual(n) { return i - haystack.startIndex }
            i += 1
        }
        return nil
    }

    private static func isBlank(_ s: ArraySlice<Unicode.Scalar>) -> Bool { s.allSatisfy(PythonCharacterClass.isSpace) }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // Most texts have no tag: found on the UTF-8 bytes, as exact as on code points.
        guard PythonString.contains(response, "<i>") || PythonString.contains(response, "<em>") else {
            return .notFollowed("no <i> or <em> tag")
        }
        let all = Array(response.unicodeScalars)
        guard let start = Self.find("<i>", in: all[...]) ?? Self.find("<em>", in: all[...]) else {
            return .notFollowed("no <i> or <em> tag")
        }
        let value = all[start...]
        guard let end = Self.find("</i>", in: value) ?? Self.find("</em>", in: value) else {
            return .notFollowed("no </i> or </em> after the opening tag")
        }
        let thesisStart = min(value.startIndex + 3, value.endIndex)
        let thesis = value[thesisStart..<max(thesisStart, value.startIndex + end)]
        if Self.isBlank(thesis) {
            return .notFollowed("the italic text is blank")
        }
        let rest = value[min(value.startIndex + end + 4, value.endIndex)...]
        if Self.isBlank(rest) {
            return .notFollowed("nothing but white space follows the italic thesis \(IFBenchText.quote(String(String.UnicodeScalarView(thesis)), limit: 40))")
        }
        return .followed("italic thesis \(IFBenchText.quote(String(String.UnicodeScalarView(thesis)), limit: 40)) followed by plain text")
    }

    static let examples: [VerifierExample] = [
        .followed("<i>Cats rule the internet.</i> They do, because videos."),
        .notFollowed("<i>Cats rule the internet.</i>"),
        .notFollowed("*Cats rule the internet.* They do."),
    ]
}
