/// `detectable_content:number_placeholders`: at least N placeholders, counted as
/// `len(re.findall(r"\[.*?\]", response))`: a `[` and the nearest `]` on the same line.
struct NumberOfPlaceholders: Verifier {
    static let numPlaceholders = InstructionArgument.threshold("num_placeholders", promptStates: .number)
    static let description = InstructionDescription(
        id: "detectable_content:number_placeholders", suite: "ifeval",
        summary: "At least N placeholders in square brackets, such as [address].",
        arguments: [numPlaceholders],
        looseVariants: .failureIsFinal(),
        examples: examples
    )

    let minimum: Threshold

    init(arguments: InstructionArguments) throws(InstructionError) {
        minimum = try arguments[Self.numPlaceholders]
    }

    /// `[`, `]` and the line feed are single bytes that never occur inside a multi-byte
    /// sequence: counting on UTF-8 is exact.
    static func count(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var open = false
        for byte in text {
            if open {
                if byte == UInt8(ascii: "]") { count += 1; open = false } else if byte == 0x0A { open = false }
            } else if byte == UInt8(ascii: "[") {
                open = true
            }
        }
        return count
    }

    /// `[`...`]` pairs never span lines, removing lines keeps those of the lines kept, and
    /// removing `*` changes no bracket or line break: the count only shrinks.
    var variantsFailWhenResponseFails: Bool { true }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found = response.withUTF8Bytes { NumberOfPlaceholders.count($0) }
        return Verdict(found >= minimum, "found \(Plural.count(found, "[placeholder]")), expected at least \(minimum)")
    }

    static let examples: [VerifierExample] = [
        .followed("Dear [name], meet me at [place] on [date].", kwargs: #"{"num_placeholders": 3}"#),
        .notFollowed("Dear [name,\nsee you].", kwargs: #"{"num_placeholders": 1}"#),
        .followed("[a [b] c]", kwargs: #"{"num_placeholders": 1}"#),
        .notFollowed("[a [b] c]", kwargs: #"{"num_placeholders": 2}"#),
    ]
}
