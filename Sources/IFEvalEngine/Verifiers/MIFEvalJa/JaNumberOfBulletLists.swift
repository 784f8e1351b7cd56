/// `ja:detectable_format:number_bullet_lists`: exactly N bullet items `・`
/// (`re.findall(r"^\s*・[^\・].*$", value, flags=re.MULTILINE)`: a line starting, after
/// optional white space (which may span lines), with `・` and one character that is not
/// `・`, a line break included).
struct JaNumberOfBulletLists: Verifier {
    static let numBullets = JaArgument.threshold("num_bullets")
    static let description = InstructionDescription(
        id: "ja:detectable_format:number_bullet_lists", suite: "mifeval-ja",
        summary: "Exactly N bullet items starting with ・.",
        arguments: [numBullets],
        examples: examples
    )

    static let bullet = JaPattern.compile(#"^\s*・[^\・].*$"#, .multiline)

    let expected: Threshold

    init(arguments: InstructionArguments) throws(InstructionError) {
        expected = try arguments[Self.numBullets]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let count: Int
        do { count = try Self.bullet.count(in: response) } catch { return .patternTooCostly(Self.bullet.pattern, error) }
        return Verdict(count == expected, "found \(Plural.count(count, "bullet item")) starting with \"・\", expected \(expected)")
    }

    static let examples: [VerifierExample] = [
        .followed("・一つ目\n・二つ目", kwargs: #"{"num_bullets": 2}"#),
        .notFollowed("・一つ目\n・・二つ目", kwargs: #"{"num_bullets": 2}"#),
        .notFollowed("- 一つ目\n- 二つ目", kwargs: #"{"num_bullets": 2}"#),
        .followed("  ・字下げ", kwargs: #"{"num_bullets": 1}"#),
    ]
}
