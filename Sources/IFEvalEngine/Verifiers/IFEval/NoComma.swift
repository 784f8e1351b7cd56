import Foundation

/// `punctuation:no_comma`: no `,` (U+002C; other comma-like characters are allowed).
struct NoComma: Verifier {
    static let description = InstructionDescription(
        id: "punctuation:no_comma", suite: "ifeval",
        summary: "No comma (,) anywhere.",
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let count = response.withUTF8Bytes { bytes -> Int in
            guard ByteSearch.firstIndex(of: 0x2C, in: bytes, 0..<bytes.count) != nil else { return 0 }
            // A reduction without branches, which the compiler vectorises.
            var commas = 0
            for byte in bytes { commas &+= byte == 0x2C ? 1 : 0 }
            return commas
        }
        return count == 0 ? .followed("no commas") : .notFollowed("found \(Plural.count(count, "comma"))")
    }

    static let examples: [VerifierExample] = [
        .followed("No commas here; none at all."),
        .notFollowed("Well, here is one."),
        .followed("Full-width，and ideographic、commas are not commas here."),
    ]
}
