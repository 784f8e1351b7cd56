/// `count:conjunctions`: at least small_n different coordinating conjunctions. A
/// white-space field is a conjunction when, stripped of ASCII punctuation and lower-cased,
/// it is one of and, but, for, nor, or, so, yet; the fields are told apart as written
/// ("and" and "and," are two).
struct ConjunctionCount: Verifier {
    static let smallN = InstructionArgument.count("small_n", promptStates: .number)
    static let description = InstructionDescription(
        id: "count:conjunctions", suite: "ifbench",
        summary: "At least small_n different coordinating conjunctions.",
        arguments: [smallN],
        looseVariants: .failureIsFinalOnParts,
        examples: examples
    )

    static let conjunctions = ["and", "but", "for", "nor", "or", "so", "yet"]

    let minimum: Int

    init(arguments: InstructionArguments) throws(InstructionError) {
        minimum = try arguments[Self.smallN]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        var found = Set<CodePointKey>()
        var order: [String] = []
        for word in IFBenchText.fields(response) {
            let stripped = IFBenchText.stripPunctuation(word)
            // The conjunctions have 2 or 3 letters; lower() keeps ASCII lengths.
            guard stripped.utf8.count <= 12 else { continue }
            let bare = PythonString.lower(stripped)
            if Self.conjunctions.contains(where: { PythonString.identical($0, bare) }), found.insert(CodePointKey(word)).inserted {
                order.append(word)
            }
        }
        let listed = order.prefix(8).map { IFBenchText.quote($0, limit: 20) }.joined(separator: ", ")
        return Verdict(found.count >= minimum,
                       "found \(found.count) different conjunction\(found.count == 1 ? "" : "s")\(listed.isEmpty ? "" : " (\(listed))"), expected at least \(minimum)")
    }

    static let examples: [VerifierExample] = [
        .followed("Tea and cake, but no coffee, or water.", kwargs: #"{"small_n": 3.0}"#),
        .notFollowed("Tea and cake and jam.", kwargs: #"{"small_n": 2.0}"#),
        // The words are compared as written: "and" and "And" are two.
        .followed("And tea and cake.", kwargs: #"{"small_n": 2}"#),
    ]
}
