/// `custom:date_format_list`: the response (stripped) is a comma-separated list of dates
/// YYYY-MM-DD (`\d` as Python's `re`: any decimal digit) with years 1769 to 1821, months up
/// to 12 and days within the month's length (29 for February).
struct DateList: Verifier {
    static let description = InstructionDescription(
        id: "custom:date_format_list", suite: "ifbench",
        summary: "A comma-separated list of YYYY-MM-DD dates between 1769 and 1821.",
        arguments: [],
        examples: examples
    )

    static let datePattern = try! PythonRegex(#"^\d{4}-\d{2}-\d{2}$"#)

    init(arguments: InstructionArguments) throws(InstructionError) {}

    /// `int(s)` for a run of decimal digits (any script's, as Python's `int` reads them).
    static func integer(_ digits: String) -> Int {
        digits.unicodeScalars.reduce(0) { $0 * 10 + (PythonCharacterClass.decimalValue($1) ?? 0) }
    }

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let dates = PythonString.split(PythonString.strip(response), separator: ",")
        for raw in dates {
            let date = PythonString.strip(raw)
            let matched: Bool
            do { matched = try Self.datePattern.prefixMatch(in: date) != nil } catch { matched = false }
            guard matched else { return .notFollowed("\(IFBenchText.quote(date, limit: 30)) is not a YYYY-MM-DD date") }
            let parts = PythonString.split(date, separator: "-").map(Self.integer)
            let (year, month, day) = (parts[0], parts[1], parts[2])
            if year < 1769 || year > 1821 { return .notFollowed("\(IFBenchText.quote(date)) is not between 1769 and 1821") }
            if month > 12 { return .notFollowed("\(IFBenchText.quote(date)) has month \(month)") }
            let limit = [1, 3, 5, 7, 8, 10, 12].contains(month) ? 31 : [4, 6, 9, 11].contains(month) ? 30 : month == 2 ? 29 : Int.max
            if day > limit { return .notFollowed("\(IFBenchText.quote(date)) has day \(day), more than month \(month) has") }
        }
        return .followed("\(Plural.count(dates.count, "date")) in YYYY-MM-DD form between 1769 and 1821")
    }

    static let examples: [VerifierExample] = [
        .followed("1769-08-15, 1800-02-29,1821-05-05"),
        .followed("١٨٠٠-٠١-٠١"),
        .notFollowed("1769-08-15, 1822-01-01"),
        .notFollowed("1769-04-31"),
        .notFollowed("15 August 1769"),
    ]
}
