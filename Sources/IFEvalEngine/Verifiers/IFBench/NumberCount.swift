/// `count:numbers`: exactly N numbers: with ASCII punctuation removed (so "3.14" and
/// "1,000" are one number each), the runs of decimal digits (`re`'s `\d+`, Unicode 14).
struct NumberCount: Verifier {
    static let n = InstructionArgument.count("N", promptStates: .number)
    static let description = InstructionDescription(
        id: "count:numbers", suite: "ifbench",
        summary: "Exactly N numbers.",
        arguments: [n],
        examples: examples
    )

    let expected: Int

    init(arguments: InstructionArguments) throws(InstructionError) {
        expected = try arguments[Self.n]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        var count = 0
        var inNumber = false
        for scalar in response.unicodeScalars where !IFBenchText.isPunctuation(scalar.value) {
            let digit = PythonCharacterClass.isDecimal(scalar)
            if digit && !inNumber { count += 1 }
            inNumber = digit
        }
        return Verdict(count == expected, "found \(Plural.count(count, "number")), expected exactly \(expected)")
    }

    static let examples: [VerifierExample] = [
        .followed("Pi is 3.14, and 1,000 is large.", kwargs: #"{"N": 2.0}"#),
        .notFollowed("1 2 3", kwargs: #"{"N": 2.0}"#),
        // Punctuation is removed first: "1-2" becomes "12", one number.
        .followed("1-2 and \u{0663}", kwargs: #"{"N": 2}"#),
    ]
}
