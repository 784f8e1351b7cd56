/// `keywords:letter_frequency`: a letter occurs fewer than / at least N times in the
/// lowercased response (`collections.Counter(response.lower())[letter]`).
struct LetterFrequency: Verifier {
    static let letter = InstructionArgument<String?>(ArgumentDescription(name: "letter", kind: .letter, isRequired: false, promptStates: .letter,
                                                             note: "when not one ASCII letter, a fixed letter is used")) { arguments, name in
        arguments.values[name]?.stringValue
    }
    static let letFrequency = InstructionArgument.threshold("let_frequency", promptStates: .number)
    static let letRelation = InstructionArgument.relation("let_relation")
    static let description = InstructionDescription(
        id: "keywords:letter_frequency", suite: "ifeval",
        summary: "A letter occurs fewer than / at least N times (case-insensitive).",
        arguments: [letter, letFrequency, letRelation],
        looseVariants: .failureIsFinal(when: "let_relation is \"at least\""),
        examples: examples
    )

    let letter: Unicode.Scalar
    /// Set when the given letter is not one ASCII letter: the official code then draws a
    /// random letter, so its result is not reproducible; we use a fixed one and say so.
    let substitutedFor: String?
    let frequency: Threshold
    let relation: ComparisonRelation

    init(arguments: InstructionArguments) throws(InstructionError) {
        let given = try arguments[Self.letter]
        if let given, let only = LetterFrequency.asciiLetter(given) {
            letter = only
            substitutedFor = nil
        } else {
            letter = LetterFrequency.fallbackLetter
            substitutedFor = given.map { Quote.text($0) } ?? "no letter"
        }
        frequency = try arguments[Self.letFrequency]
        relation = try arguments[Self.letRelation]
    }

    /// The official validity test: one code point whose lowercase form is `a`...`z`.
    static func asciiLetter(_ text: String) -> Unicode.Scalar? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 1 else { return nil }
        let lowered = Array(PythonString.lower(text).unicodeScalars)
        guard lowered.count == 1, ("a"..."z").contains(lowered[0]) else { return nil }
        return lowered[0]
    }

    /// The letter used when the official code would draw one at random: what
    /// `random.Random(0).choice(string.ascii_letters).lower()` gives.
    static let fallbackLetter: Unicode.Scalar = "y"

    /// The non-ASCII code points whose lowercase mapping holds an ASCII letter (once).
    static let nonASCIILowering: [(Unicode.Scalar, Unicode.Scalar)] = [("\u{130}", "i"), ("\u{212A}", "k")]

    /// Removing lines or `*` never adds a letter: an "at least" count that fails fails on
    /// every loose variant.
    var variantsFailWhenResponseFails: Bool { relation == .atLeast }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // Counter(response.lower())[letter]: each character adds the occurrences of the
        // letter in its lowercase mapping. Besides the ASCII letters, only two code points
        // lower to one: `İ` (U+0130) to `i` + a combining dot, the Kelvin sign (U+212A) to
        // `k` (checked over every code point by the tests). Counted on UTF-8 bytes.
        // A byte equals the letter or its capital exactly when `byte | 0x20` equals the
        // (lowercase) letter.
        let lower = UInt8(letter.value)
        var found = response.withUTF8Bytes { bytes in bytes.reduce(0) { $0 + (($1 | 0x20) == lower ? 1 : 0) } }
        for (scalar, lowered) in LetterFrequency.nonASCIILowering where lowered == letter && ScalarText.contains(response, String(scalar)) {
            found += response.unicodeScalars.count(where: { $0 == scalar })
        }
        var reason = "found the letter '\(letter)' \(Plural.times(found)), expected \(relation.describe(frequency))"
        if let substitutedFor {
            reason += " (\(substitutedFor) is not an ASCII letter; the official code would pick a random letter)"
        }
        return Verdict(relation.holds(found, frequency), reason)
    }

    static let examples: [VerifierExample] = [
        .followed("Quick quiet Queen", kwargs: #"{"letter": "q", "let_frequency": 3, "let_relation": "at least"}"#),
        .notFollowed("Quick quiet", kwargs: #"{"letter": "q", "let_frequency": 3, "let_relation": "at least"}"#),
        .followed("zebra", kwargs: #"{"letter": "Z", "let_frequency": 2, "let_relation": "less than"}"#),
    ]
}
