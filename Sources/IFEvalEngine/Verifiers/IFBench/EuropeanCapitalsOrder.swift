/// `custom:european_capitals_sort`: the response (NFKD folded to ASCII), split on commas,
/// is exactly the 27 capitals north of Zagreb's latitude, from north to south.
struct EuropeanCapitalsOrder: Verifier {
    static let description = InstructionDescription(
        id: "custom:european_capitals_sort", suite: "ifbench",
        summary: "The European capitals north of 45° latitude, comma-separated, from north to south.",
        arguments: [],
        examples: examples
    )

    static let order = ["Reykjavik", "Helsinki", "Oslo", "Tallinn", "Stockholm", "Riga", "Moscow", "Copenhagen", "Vilnius",
                        "Minsk", "Dublin", "Berlin", "Amsterdam", "Warsaw", "London", "Brussels", "Prague", "Luxembourg",
                        "Paris", "Vienna", "Bratislava", "Budapest", "Vaduz", "Chisinau", "Bern", "Ljubljana", "Zagreb"]

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let capitals = PythonString.split(PythonUnicodeData.nfkdASCII(response), separator: ",")
            .map { PythonString.strip($0) }.filter { !$0.isEmpty }
        guard capitals.count == Self.order.count else {
            return .notFollowed("\(Plural.count(capitals.count, "comma-separated item")), expected the \(Self.order.count) capitals")
        }
        for (index, capital) in capitals.enumerated() where !PythonString.identical(capital, Self.order[index]) {
            return .notFollowed("item \(index + 1) is \(IFBenchText.quote(capital, limit: 30)), expected \"\(Self.order[index])\"")
        }
        return .followed("the \(Self.order.count) capitals in order, from Reykjavik to Zagreb")
    }

    static let examples: [VerifierExample] = [
        .followed((["Reykjavík"] + order.dropFirst()).joined(separator: ", ")),
        .notFollowed(order.reversed().joined(separator: ", ")),
    ]
}
