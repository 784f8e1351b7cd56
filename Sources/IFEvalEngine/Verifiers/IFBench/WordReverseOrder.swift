/// `custom:word_reverse`: the words of the response (lower-cased, stripped, punctuation
/// removed), put back in reverse order, include "bald eagle" and form one sentence by
/// `nltk.sent_tokenize`.
struct WordReverseOrder: Verifier {
    static let description = InstructionDescription(
        id: "custom:word_reverse", suite: "ifbench",
        summary: "The sentence about the bald eagle, words in reverse order.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let text = IFBenchText.removingPunctuation(PythonString.strip(PythonString.lower(response)))
        // The words joined hold no white space, so "bald" and "eagle" must each be inside
        // one word: without both in the text, the reversed text cannot hold "bald eagle"
        // (and the reason quotes only its first 50 characters, the last words: only they
        // are cut from the text).
        guard PythonString.contains(text, "bald") && PythonString.contains(text, "eagle") else {
            var copy = text
            let ranges = copy.withUTF8 { IFBenchText.fieldRanges($0) }
            var shown: [String] = []
            var length = 0
            for range in ranges.reversed() {
                if length > 51 { break }
                let word = PythonString.slice(copy, utf8: range)
                shown.append(word)
                length += word.unicodeScalars.count + 1
            }
            return .notFollowed("reversed, the words do not contain \"bald eagle\" (\(IFBenchText.quote(shown.joined(separator: " "), limit: 50)))")
        }
        let reversed = IFBenchText.fields(text).reversed().joined(separator: " ")
        guard PythonString.contains(reversed, "bald eagle") else {
            return .notFollowed("reversed, the words do not contain \"bald eagle\" (\(IFBenchText.quote(reversed, limit: 50)))")
        }
        let sentences = IFBenchText.sentences(reversed, context)
        let whole = sentences.contains { PythonString.identical($0, reversed) }
        return Verdict(whole, whole ? "reversed, the words read \(IFBenchText.quote(reversed, limit: 50)), one sentence"
                                    : "reversed, the words \(IFBenchText.quote(reversed, limit: 50)) are not one sentence (\(Plural.count(sentences.count, "sentence")))")
    }

    static let examples: [VerifierExample] = [
        .followed("sky. the in flies eagle bald The"),
        .notFollowed("The bald eagle flies in the sky."),
    ]
}
