@testable import IFEvalEngine

/// `toy:exclamation_count`: at least N exclamation marks. A test-only instruction type,
/// written as any new type is: this file and one line in its suite (`TestSuites.toy`).
/// The generic tests pick it up from there: its examples, its loose-variant claim, the
/// validator's checks of its arguments and conflicts, and the listing.
struct ExclamationCount: Verifier {
    static let count = InstructionArgument.count("num_exclamations", promptStates: .number)
    static let description = InstructionDescription(
        id: "toy:exclamation_count", suite: "toy",
        summary: "At least N exclamation marks (!).",
        arguments: [count],
        conflicts: ["punctuation:no_comma"],
        // Removing lines or `*` never adds a `!`.
        looseVariants: .failureIsFinal(),
        examples: [
            .followed("Wow! Great!", kwargs: #"{"num_exclamations": 2}"#),
            .notFollowed("Wow! Great.", kwargs: #"{"num_exclamations": 2}"#),
            .followed("!!!", kwargs: #"{"num_exclamations": 3}"#),
        ]
    )

    let minimum: Int

    init(arguments: InstructionArguments) throws(InstructionError) {
        minimum = try arguments[Self.count]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let found = response.unicodeScalars.count { $0 == "!" }
        return Verdict(found >= minimum, "found \(found) exclamation marks, expected at least \(minimum)")
    }
}
