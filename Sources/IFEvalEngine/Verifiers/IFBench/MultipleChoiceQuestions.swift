/// `custom:mcq_count_length`: the response starts with "Question" and holds four questions
/// ("Question N" headings), each with five options ("A." to "E." or "a)" …), the question
/// texts strictly increasing in length.
struct MultipleChoiceQuestions: Verifier {
    static let description = InstructionDescription(
        id: "custom:mcq_count_length", suite: "ifbench",
        summary: "Four multiple-choice questions of five options each, each question longer than the one before.",
        arguments: [],
        examples: examples
    )

    static let heading = try! PythonRegex("\\n*(?:Question \\d+[\\.|\\):;]?\\s*)")
    static let option = try! PythonRegex("^[A-Ea-e][\\.|\\)]\\s*\\w+")

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        // `value[value.find('Question'):] != value`: the response must start with "Question"
        // (when it is absent, find is -1 and the slice is the last character).
        let start = PythonString.find(response, "Question")
        let length = PythonString.length(response)
        if start > 0 || (start < 0 && length > 1) {
            return .notFollowed(start < 0 ? "no \"Question\" in the response" : "text before the first \"Question\"")
        }
        do {
            var parts = try Self.heading.split(Array(response.unicodeScalars)).map { $0 ?? "" }
            if parts.first?.isEmpty == true { parts.removeFirst() }
            let questions = parts.map { PythonString.strip($0) }.filter { !$0.isEmpty }
            guard questions.count == 4 else { return .notFollowed("\(Plural.count(questions.count, "question")), expected 4") }
            var lengths: [Int] = []
            for (index, question) in questions.enumerated() {
                var text = ""
                var options = 0
                var doneWithQuestion = false
                for line in PythonString.split(question, separator: "\n") {
                    let stripped = PythonString.strip(line)
                    if try Self.option.prefixMatch(in: stripped) != nil {
                        options += 1
                        doneWithQuestion = true
                    } else if !doneWithQuestion {
                        text += " " + stripped
                    }
                }
                guard options == 5 else {
                    return .notFollowed("question \(index + 1) has \(Plural.count(options, "option")), expected 5")
                }
                lengths.append(PythonString.length(PythonString.strip(text)))
            }
            let increasing = zip(lengths, lengths.dropFirst()).allSatisfy { $0 < $1 }
            let list = lengths.map(String.init).joined(separator: ", ")
            return Verdict(increasing, "4 questions of 5 options; question lengths \(list) characters\(increasing ? ", increasing" : ", not strictly increasing")")
        } catch {
            return .notFollowed("the question search gave up (\(error))")
        }
    }

    static let examples: [VerifierExample] = [
        .followed("Question 1: Why?\nA. a\nB. b\nC. c\nD. d\nE. e\nQuestion 2: Why so?\nA. a\nB. b\nC. c\nD. d\nE. e\nQuestion 3: Why so, now?\nA. a\nB. b\nC. c\nD. d\nE. e\nQuestion 4: Why so, now, then?\nA. a\nB. b\nC. c\nD. d\nE. e"),
        .notFollowed("Question 1: Why so?\nA. a\nB. b\nC. c\nD. d\nE. e\nQuestion 2: Why?\nA. a\nB. b\nC. c\nD. d\nE. e\nQuestion 3: Why so, now?\nA. a\nB. b\nC. c\nD. d\nE. e\nQuestion 4: Why so, now, then?\nA. a\nB. b\nC. c\nD. d\nE. e"),
        .notFollowed("Here are the questions.\nQuestion 1: Why?\nA. a\nB. b"),
    ]
}
