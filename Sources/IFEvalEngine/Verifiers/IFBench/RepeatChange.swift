import Foundation

/// `repeat:repeat_change`: the response is the request with its first word changed:
/// everything after the first white-space field equals the request's (fields joined by
/// single spaces), and the response is not the request itself.
struct RepeatChange: Verifier {
    static let promptToRepeat = InstructionArgument.nonEmptyString("prompt_to_repeat", promptStates: .verbatim,
                                                        what: "the official code raises ValueError")
    static let description = InstructionDescription(
        id: "repeat:repeat_change", suite: "ifbench",
        summary: "Repeat the request with its first word changed, and nothing else.",
        arguments: [promptToRepeat],
        examples: examples
    )

    let request: String
    /// The request's fields after the first, as UTF-8 bytes.
    let requestFields: [[UInt8]]

    init(arguments: InstructionArguments) throws(InstructionError) {
        request = try arguments[Self.promptToRepeat]
        requestFields = IFBenchText.fields(request).dropFirst().map { Array($0.utf8) }
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        if PythonString.identical(request, response) { return .notFollowed("the response is the request unchanged") }
        // Fields hold no white space and are never empty, so the fields joined by single
        // spaces are equal exactly when the lists of fields are: compared as bytes,
        // without building the joined text.
        let (same, rest) = response.withUTF8Bytes { bytes -> (Bool, ArraySlice<Range<Int>>) in
            let rest = IFBenchText.fieldRanges(bytes).dropFirst()
            guard rest.count == requestFields.count else { return (false, rest) }
            for (range, field) in zip(rest, requestFields) {
                guard field.withUnsafeBufferPointer({ ByteSearch.equal(bytes, range, $0) }) else { return (false, rest) }
            }
            return (true, rest)
        }
        if same { return .followed("the words after the first are the request's") }
        // The reason quotes at most 50 code points: join only what it shows.
        var shown = ""
        var scalars = 0
        for range in rest {
            if !shown.isEmpty { shown += " "; scalars += 1 }
            let field = PythonString.substring(response, utf8: range)
            shown += field
            scalars += field.unicodeScalars.count
            if scalars > 50 { break }
        }
        return .notFollowed("the words after the first differ from the request's (response: \(IFBenchText.quote(shown, limit: 50)))")
    }

    static let examples: [VerifierExample] = [
        .followed("Describe the moon in two lines.", kwargs: #"{"prompt_to_repeat": "Write the moon in two lines."}"#),
        .notFollowed("Write the moon in two lines.", kwargs: #"{"prompt_to_repeat": "Write the moon in two lines."}"#),
        .notFollowed("Describe the moon.", kwargs: #"{"prompt_to_repeat": "Write the moon in two lines."}"#),
    ]
}
