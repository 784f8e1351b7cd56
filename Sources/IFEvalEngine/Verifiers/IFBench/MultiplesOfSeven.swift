/// `custom:multiples`: the numbers in the response (`re.findall(r'\d+')`, after a space is
/// put after every comma) are exactly 14, 21, 28, 35, 42, 49, in that order.
struct MultiplesOfSeven: Verifier {
    static let description = InstructionDescription(
        id: "custom:multiples", suite: "ifbench",
        summary: "The multiples of 7 from 14 to 49, and no other number.",
        arguments: [],
        examples: examples
    )

    static let expected = stride(from: 14, through: 49, by: 7).map { String($0) }
    static let digits = try! PythonRegex("\\d+")

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // `value.replace(',', ', ')` cannot change where a run of digits starts or ends.
        let numbers: [String]
        do {
            numbers = try Self.digits.findAll(in: Array(response.unicodeScalars))
        } catch {
            return .notFollowed("the number search gave up (\(error))")
        }
        let same = numbers.count == Self.expected.count && zip(numbers, Self.expected).allSatisfy { PythonString.identical($0, $1) }
        let shown = numbers.prefix(12).joined(separator: ", ") + (numbers.count > 12 ? ", …" : "")
        return Verdict(same, same ? "the numbers are 14, 21, 28, 35, 42, 49"
                                  : "the numbers are [\(shown)], expected exactly 14, 21, 28, 35, 42, 49")
    }

    static let examples: [VerifierExample] = [
        .followed("14,21,28,35,42,49"),
        .notFollowed("7, 14, 21, 28, 35, 42, 49"),
    ]
}
