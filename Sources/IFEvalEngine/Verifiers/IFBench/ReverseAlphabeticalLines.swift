/// `custom:reverse_newline`: from the first line holding "Zimbabwe", at least 52 non-empty
/// lines (outer punctuation and spaces stripped) in reverse alphabetical order, compared
/// after NFKD folding to ASCII.
struct ReverseAlphabeticalLines: Verifier {
    static let description = InstructionDescription(
        id: "custom:reverse_newline", suite: "ifbench",
        summary: "Countries one per line in reverse alphabetical order, from Zimbabwe.",
        arguments: [],
        examples: examples
    )

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // A line holds "Zimbabwe" exactly when the text does (stripping never reaches into
        // a run of letters, and lines split at "\n" only): most texts stop here.
        guard PythonString.contains(response, "Zimbabwe") else { return .notFollowed("no line holds \"Zimbabwe\"") }
        let lines = PythonString.split(response, separator: "\n").map(IFBenchText.stripPunctuation).filter { !$0.isEmpty }
        guard let start = lines.firstIndex(where: { PythonString.contains($0, "Zimbabwe") }) else {
            return .notFollowed("no line holds \"Zimbabwe\"")
        }
        let target = lines[start...]
        guard target.count >= 52 else {
            return .notFollowed("\(Plural.count(target.count, "line")) from the \"Zimbabwe\" line on, expected at least 52")
        }
        let normalized = target.map { Array(PythonUnicodeData.nfkdASCII($0).unicodeScalars.map(\.value)) }
        for index in normalized.indices.dropLast() where normalized[index].lexicographicallyPrecedes(normalized[index + 1]) {
            let line = target[target.startIndex + index], next = target[target.startIndex + index + 1]
            return .notFollowed("\(IFBenchText.quote(line, limit: 30)) comes before \(IFBenchText.quote(next, limit: 30)), not in reverse alphabetical order")
        }
        return .followed("\(Plural.count(target.count, "line")) from \"Zimbabwe\" on, in reverse alphabetical order")
    }

    static let examples: [VerifierExample] = [
        .followed((["Zimbabwe", "Zambia"] + (0..<50).map { "Country \(String(format: "%02d", 49 - $0))" }).joined(separator: "\n")),
        .notFollowed((["Zimbabwe", "Zambia"] + (0..<50).map { "Country \(String(format: "%02d", $0))" }).joined(separator: "\n")),
        .notFollowed("Zimbabwe\nZambia\nYemen"),
    ]
}
