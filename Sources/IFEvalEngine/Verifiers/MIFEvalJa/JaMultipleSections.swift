/// `ja:detectable_format:multiple_sections`: at least N sections, counted as
/// `len(re.split(r"\s?第[\d\uFF10-\uFF19]+" + section_spliter + r"\s?", value)) - 1`. The
/// splitter (stripped) goes into the pattern unescaped, as in the official code: its
/// regex syntax counts (a group adds its captures to the split), and a splitter that is no
/// valid pattern (such as `(`) is an input error where the official code raises.
struct JaMultipleSections: Verifier {
    static let sectionSpliter = JaArgument.strippedString("section_spliter", promptStates: .phrase())
    static let numSections = JaArgument.threshold("num_sections")
    static let description = InstructionDescription(
        id: "ja:detectable_format:multiple_sections", suite: "mifeval-ja",
        summary: "At least N sections, each starting 第1章, 第2章, ... (the splitter given).",
        arguments: [sectionSpliter, numSections],
        examples: examples
    )

    let splitter: String
    let minimum: Threshold
    let pattern: PythonRegex

    init(arguments: InstructionArguments) throws(InstructionError) {
        splitter = try arguments[Self.sectionSpliter]
        minimum = try arguments[Self.numSections]
        pattern = try arguments.compilePattern(#"\s?第[\d\uFF10-\uFF19]+"# + splitter + #"\s?"#, describing: "section pattern")
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let pieces: [String?]
        do { pieces = try pattern.split(response) } catch { return .patternTooCostly(splitter, error) }
        let count = pieces.count - 1
        return Verdict(count >= minimum, "found \(Plural.count(count, "section")) starting \(Quote.text("第1" + splitter)), expected at least \(minimum)")
    }

    static let examples: [VerifierExample] = [
        .followed("第1章\n始まり\n第2章\n終わり", kwargs: #"{"section_spliter": "章", "num_sections": 2}"#),
        .followed("第１節 全角数字\n第２節 も数字", kwargs: #"{"section_spliter": "節", "num_sections": 2}"#),
        .notFollowed("第一章\n漢数字は数えない", kwargs: #"{"section_spliter": "章", "num_sections": 1}"#),
        .notFollowed("第1章だけ", kwargs: #"{"section_spliter": " 章 ", "num_sections": 2}"#),
    ]
}
