/// `count:person_names`: at least N different names of IFBench's list of 50 occur, each
/// found by `re.search(r'\bName\b', response)` (case-sensitive; `re`'s word boundary).
struct PersonNameCount: Verifier {
    static let n = InstructionArgument.count("N", promptStates: .number)
    static let description = InstructionDescription(
        id: "count:person_names", suite: "ifbench",
        summary: "At least N different person names from IFBench's list of 50.",
        arguments: [n],
        examples: examples
    )

    static let names = [
        "Emma", "Liam", "Sophia", "Jackson", "Olivia", "Noah", "Ava", "Lucas", "Isabella", "Mason", "Mia", "Ethan",
        "Charlotte", "Alexander", "Amelia", "Benjamin", "Harper", "Leo", "Zoe", "Daniel", "Chloe", "Samuel", "Lily",
        "Matthew", "Grace", "Owen", "Abigail", "Gabriel", "Ella", "Jacob", "Scarlett", "Nathan", "Victoria", "Elijah",
        "Layla", "Nicholas", "Audrey", "David", "Hannah", "Christopher", "Penelope", "Thomas", "Nora", "Andrew", "Aria",
        "Joseph", "Claire", "Ryan", "Stella", "Jonathan",
    ]
    static let nameScalars: [[Unicode.Scalar]] = names.map { Array($0.unicodeScalars) }

    let minimum: Int

    init(arguments: InstructionArguments) throws(InstructionError) {
        minimum = try arguments[Self.n]
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let text = Array(response.unicodeScalars)
        var found: [String] = []
        for (name, scalars) in zip(Self.names, Self.nameScalars) where Self.occursAsWord(scalars, in: text) {
            found.append(name)
        }
        let listed = found.isEmpty ? "" : " (" + found.prefix(10).joined(separator: ", ") + (found.count > 10 ? ", …" : "") + ")"
        return Verdict(found.count >= minimum, "found \(found.count) of the listed names\(listed), expected at least \(minimum)")
    }

    /// `re.search(r'\b' + name + r'\b', text)` for an ASCII name starting and ending with
    /// a letter: an occurrence not preceded or followed by a word character (`re`'s `\w`).
    static func occursAsWord(_ name: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Bool {
        guard text.count >= name.count else { return false }
        var i = 0
        while i + name.count <= text.count {
            if text[i] == name[0] && text[i..<(i + name.count)].elementsEqual(name)
                && (i == 0 || !PythonCharacterClass.isWord(text[i - 1]))
                && (i + name.count == text.count || !PythonCharacterClass.isWord(text[i + name.count])) {
                return true
            }
            i += 1
        }
        return false
    }

    static let examples: [VerifierExample] = [
        .followed("Emma met Liam and Noah.", kwargs: #"{"N": 3.0}"#),
        .notFollowed("Emmanuel met LIAM and noah.", kwargs: #"{"N": 1.0}"#),
        .followed("Zoe_ met Zoe, and Ava.", kwargs: #"{"N": 2}"#),
    ]
}
