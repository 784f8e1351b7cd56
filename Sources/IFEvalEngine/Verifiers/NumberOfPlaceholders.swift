/// `detectable_content:number_placeholders`: at least N placeholders, counted as
/// `len(re.findall(r"\[.*?\]", response))`: a `[` and the nearest `]` on the same line.
struct NumberOfPlaceholders: Verifier {
    static let id = "detectable_content:number_placeholders"
    static let argumentNames = ["num_placeholders"]

    let minimum: Int

    init(arguments: InstructionArguments) throws(InstructionError) {
        minimum = try arguments.count("num_placeholders")
    }

    static func count(_ text: some Collection<Unicode.Scalar>) -> Int {
        var count = 0
        var open = false
        for scalar in text {
            if open {
                if scalar == "]" { count += 1; open = false } else if scalar == "\n" { open = false }
            } else if scalar == "[" {
                open = true
            }
        }
        return count
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found = NumberOfPlaceholders.count(response.unicodeScalars)
        return Verdict(found >= minimum, "found \(Plural.count(found, "[placeholder]")), expected at least \(minimum)")
    }

    static let examples: [VerifierExample] = [
        .followed("Dear [name], meet me at [place] on [date].", kwargs: #"{"num_placeholders": 3}"#),
        .notFollowed("Dear [name,\nsee you].", kwargs: #"{"num_placeholders": 1}"#),
        .followed("[a [b] c]", kwargs: #"{"num_placeholders": 1}"#),
        .notFollowed("[a [b] c]", kwargs: #"{"num_placeholders": 2}"#),
    ]
}
