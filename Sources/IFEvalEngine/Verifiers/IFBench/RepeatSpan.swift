/// `repeat:repeat_span`: the response, stripped and lower-cased, is the request's
/// characters n_start to n_end inclusive (`prompt_to_repeat[n_start:n_end + 1]`, Python
/// slicing), stripped and lower-cased.
struct RepeatSpan: Verifier {
    static let promptToRepeat = InstructionArgument.nonEmptyString("prompt_to_repeat", promptStates: .verbatim,
                                                        what: "the official code raises ValueError")
    /// A character index: an integer (Python slicing; negative counts from the end). A
    /// float such as 3.0 makes the official slice raise TypeError at every check.
    static func index(_ name: String) -> InstructionArgument<Int?> {
        InstructionArgument(ArgumentDescription(name: name, kind: .count, promptStates: .number,
                                     note: "a JSON integer; a float makes the official code raise TypeError")) { arguments, name throws(InstructionError) in
            guard let value = arguments.values[name] else {
                throw arguments.error("missing argument '\(name)' (the official code would pick a random value, so the result would not be reproducible)")
            }
            guard case let .number(number) = value, let int = number.intValue else {
                if let outOfRange = arguments.outOfRange(name, value) { throw outOfRange }
                throw arguments.error("'\(name)' must be an integer, not \(JSONWriter.string(value))")
            }
            return number.isInteger ? int : nil
        }
    }
    static let nStart = index("n_start")
    static let nEnd = index("n_end")
    static let description = InstructionDescription(
        id: "repeat:repeat_span", suite: "ifbench",
        summary: "Copy the request's characters n_start to n_end (inclusive) and nothing else.",
        arguments: [promptToRepeat, nStart, nEnd],
        examples: examples
    )

    /// The expected span, stripped and lower-cased; nil when an index is a float.
    let span: String?

    init(arguments: InstructionArguments) throws(InstructionError) {
        let request = try arguments[Self.promptToRepeat]
        guard let start = try arguments[Self.nStart], let end = try arguments[Self.nEnd] else {
            span = nil
            return
        }
        let scalars = Array(request.unicodeScalars)
        // Python's slice bounds: negative from the end, then clamped.
        func bound(_ i: Int) -> Int { i < 0 ? max(0, i + scalars.count) : min(i, scalars.count) }
        let lower = bound(start)
        let upper = bound(end + 1)
        let slice = lower < upper ? ScalarText.string(scalars[lower..<upper]) : ""
        span = PythonString.lower(PythonString.strip(slice))
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        guard let span else { return .officialCodeRaises("TypeError (slice indices must be integers)") }
        let text = PythonString.lower(PythonString.strip(response))
        return PythonString.identical(text, span)
            ? .followed("the response is the span \(IFBenchText.quote(span, limit: 50))")
            : .notFollowed("the response \(IFBenchText.quote(text, limit: 50)) is not the span \(IFBenchText.quote(span, limit: 50))")
    }

    static let examples: [VerifierExample] = [
        .followed(" Quick brown ", kwargs: #"{"prompt_to_repeat": "The quick brown fox", "n_start": 4, "n_end": 14}"#),
        .notFollowed("quick brown fox", kwargs: #"{"prompt_to_repeat": "The quick brown fox", "n_start": 4, "n_end": 14}"#),
    ]
}
