/// `words:palindrome`: at least ten words (punctuation removed, lower-cased) of five or
/// more characters that read the same backwards.
struct PalindromeCount: Verifier {
    static let description = InstructionDescription(
        id: "words:palindrome", suite: "ifbench",
        summary: "At least 10 palindromes of 5 or more letters.",
        arguments: [],
        looseVariants: .failureIsFinalOnParts,
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let words = IFBenchText.fields(PythonString.lower(IFBenchText.removingPunctuation(response)))
        let palindromes = words.filter { word in
            let scalars = Array(word.unicodeScalars)
            return scalars.count >= 5 && scalars.elementsEqual(scalars.reversed())
        }
        let shown = palindromes.prefix(5).map { IFBenchText.quote($0, limit: 20) }.joined(separator: ", ")
        return Verdict(palindromes.count >= 10, "\(Plural.count(palindromes.count, "palindrome")) of 5+ letters\(shown.isEmpty ? "" : " (\(shown)\(palindromes.count > 5 ? ", …" : ""))"), expected at least 10")
    }

    static let examples: [VerifierExample] = [
        .followed("Level, kayak, radar, civic, refer, rotor, madam, stats, tenet and racecar; also noon."),
        .notFollowed("Level, kayak, radar and civic."),
    ]
}
