/// `count:words_japanese`: every Nth white-space field, stripped of ASCII punctuation,
/// holds a Japanese character (U+3040...U+30FF or U+4E00...U+9FFF), unless it is empty
/// or `str.isdigit()`. N = 0 makes the official code divide by zero.
struct NthWordJapanese: Verifier {
    static let n = InstructionArgument.count("N", promptStates: .numberOrOrdinal)
    static let description = InstructionDescription(
        id: "count:words_japanese", suite: "ifbench",
        summary: "Every Nth word is in Japanese.",
        arguments: [n],
        examples: examples
    )

    let period: Int

    init(arguments: InstructionArguments) throws(InstructionError) {
        period = try arguments[Self.n]
    }

    static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        (0x3040...0x30FF).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // Only every `period`-th field is cut from the text.
        var copy = response
        let words = copy.withUTF8 { IFBenchText.fieldRanges($0) }
        guard period > 0 else {
            // `(i + 1) % N` on the first word.
            return words.isEmpty ? .followed("no words") : .officialCodeRaises("ZeroDivisionError (N is 0)")
        }
        var checked = 0
        for index in stride(from: period - 1, to: words.count, by: period) {
            let word = IFBenchText.stripPunctuation(PythonString.slice(copy, utf8: words[index]))
            guard !word.isEmpty, !PythonString.isDigit(word) else { continue }
            checked += 1
            if !word.unicodeScalars.contains(where: Self.isJapanese) {
                return .notFollowed("word \(index + 1) \(IFBenchText.quote(word, limit: 30)) has no Japanese character")
            }
        }
        return .followed("each of the \(checked) checked words at multiples of \(period) has a Japanese character")
    }

    static let examples: [VerifierExample] = [
        .followed("I like 寿司 very much, すし!", kwargs: #"{"N": 3.0}"#),
        .notFollowed("I like sushi very much.", kwargs: #"{"N": 3.0}"#),
        // Digits and punctuation-only words are skipped.
        .followed("one two 42 three four ...", kwargs: #"{"N": 3}"#),
    ]
}
