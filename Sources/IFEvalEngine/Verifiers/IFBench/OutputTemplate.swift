/// `format:output_template`: the response holds "My Answer:", "My Conclusion:" and
/// "Future Outlook:" (anywhere, in any order, case-sensitive, as the official checker).
struct OutputTemplate: Verifier {
    static let description = InstructionDescription(
        id: "format:output_template", suite: "ifbench",
        summary: "Use the template My Answer: … My Conclusion: … Future Outlook: …",
        arguments: [],
        examples: examples
    )

    static let labels = ["My Answer:", "My Conclusion:", "Future Outlook:"]

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let missing = Self.labels.filter { !PythonString.contains(response, $0) }
        if missing.isEmpty { return .followed("holds \"My Answer:\", \"My Conclusion:\" and \"Future Outlook:\"") }
        return .notFollowed("missing \(missing.map { "\"\($0)\"" }.joined(separator: ", "))")
    }

    static let examples: [VerifierExample] = [
        .followed("My Answer: yes My Conclusion: it works Future Outlook: bright"),
        .notFollowed("My answer: yes My Conclusion: it works Future Outlook: bright"),
    ]
}
