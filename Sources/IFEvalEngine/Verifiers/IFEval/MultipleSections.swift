/// `detectable_format:multiple_sections`: at least N sections, counted as the pieces of
/// `re.split(r"\s?" + splitter + r"\s?\d+\s?", response)` minus one. The splitter is
/// used as a regular expression, case-sensitively ("Section 1" does not match SECTION).
struct MultipleSections: Verifier {
    static let sectionSpliter = InstructionArgument.string("section_spliter", promptStates: .phrase())
    static let numSections = InstructionArgument.threshold("num_sections", promptStates: .number)
    static let description = InstructionDescription(
        id: "detectable_format:multiple_sections", suite: "ifeval",
        summary: "At least N sections, each marked by the splitter and its number (SECTION 1).",
        arguments: [sectionSpliter, numSections],
        conflicts: ["detectable_format:number_highlighted_sections"],
        examples: examples
    )

    let splitter: String
    let matcher: Matcher
    let minimum: Threshold

    enum Matcher {
        /// A splitter without regex syntax: matched by a scanner.
        case literal([Unicode.Scalar])
        case pattern(PythonRegex)
    }

    init(arguments: InstructionArguments) throws(InstructionError) {
        splitter = PythonString.strip(try arguments[Self.sectionSpliter])
        minimum = try arguments[Self.numSections]
        if PythonRegex.isLiteral(splitter) {
            matcher = .literal(Array(splitter.unicodeScalars))
        } else {
            matcher = .pattern(try arguments.compilePattern(#"\s?"# + splitter + #"\s?\d+\s?"#, describing: "section splitter"))
        }
    }

    /// The number of non-overlapping matches of `\s?` + literal + `\s?\d+\s?`.
    static func countMarkers(_ text: [Unicode.Scalar], literal marker: [Unicode.Scalar]) -> Int {
        let n = text.count
        func literal(at j: Int) -> Bool {
            // The first scalar alone rules out almost every position.
            guard j + marker.count <= n else { return false }
            guard let first = marker.first else { return true }
            return text[j] == first && text[j..<(j + marker.count)].elementsEqual(marker)
        }
        func numberTail(from k: Int) -> Int? {
            var j: Int
            if k + 1 < n && PythonCharacterClass.isSpace(text[k]) && PythonCharacterClass.isDecimal(text[k + 1]) {
                j = k + 1
            } else if k < n && PythonCharacterClass.isDecimal(text[k]) {
                j = k
            } else {
                return nil
            }
            while j < n && PythonCharacterClass.isDecimal(text[j]) { j += 1 }
            if j < n && PythonCharacterClass.isSpace(text[j]) { j += 1 }
            return j
        }
        var count = 0
        var i = 0
        while i < n {
            var end: Int?
            if PythonCharacterClass.isSpace(text[i]) && literal(at: i + 1) {
                end = numberTail(from: i + 1 + marker.count)
            }
            if end == nil && literal(at: i) {
                end = numberTail(from: i + marker.count)
            }
            if let end {
                count += 1
                i = end
            } else {
                i += 1
            }
        }
        return count
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found: Int
        switch matcher {
        case let .literal(literal):
            // Every marker holds the splitter: a text without it has none.
            found = ScalarText.contains(response, splitter) ? MultipleSections.countMarkers(ScalarText.scalars(of: response), literal: literal) : 0
        case let .pattern(pattern):
            do { found = try pattern.split(ScalarText.scalars(of: response), budget: context.regexBudget).count - 1 } catch { return .patternTooCostly(splitter, error) }
        }
        return Verdict(found >= minimum, "found \(Plural.count(found, "section marker")) like \(Quote.text(splitter + " 1")), expected at least \(minimum)")
    }

    static let examples: [VerifierExample] = [
        .followed("SECTION 1\nIntro\nSECTION 2\nBody", kwargs: #"{"section_spliter": "SECTION", "num_sections": 2}"#),
        .notFollowed("Section 1\nIntro\nSection 2\nBody", kwargs: #"{"section_spliter": "SECTION", "num_sections": 2}"#),
        .notFollowed("SECTION one\nSECTION two", kwargs: #"{"section_spliter": "SECTION", "num_sections": 1}"#),
        .followed("Day 1: rest. Day 2: walk. Day 3: swim.", kwargs: #"{"section_spliter": "Day", "num_sections": 3}"#),
        // The splitter is a regular expression inside the official pattern, lookarounds included.
        .followed("SECTION 1\nIntro\nSECTION 2\nBody", kwargs: #"{"section_spliter": "SECTION(?=\\s)", "num_sections": 2}"#),
        .notFollowed("SECTION1\nIntro\nSECTION2\nBody", kwargs: #"{"section_spliter": "SECTION(?=\\s)", "num_sections": 1}"#),
    ]
}
