/// `custom:csv_city`: CSV (Python's `csv.reader`, excel dialect) of 8 records: the header
/// ID, Country, City, Year, Count and 7 rows of 5 fields.
struct CityCSV: Verifier {
    static let description = InstructionDescription(
        id: "custom:csv_city", suite: "ifbench",
        summary: "CSV with the header ID, Country, City, Year, Count and 7 rows.",
        arguments: [],
        examples: examples
    )

    static let header = ["ID", "Country", "City", "Year", "Count"]

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let records: [[String]]
        do {
            records = try PythonCSVReader().records(response)
        } catch {
            return .officialCodeRaises("\(error) (csv.reader)")
        }
        guard records.count == 8 else { return .notFollowed("\(Plural.count(records.count, "CSV record")), expected 8 (header and 7 rows)") }
        let header = records[0]
        guard header.count == Self.header.count, zip(header, Self.header).allSatisfy({ PythonString.identical($0, $1) }) else {
            return .notFollowed("the header is \(IFBenchText.quote(header.joined(separator: ","), limit: 60)), expected ID,Country,City,Year,Count")
        }
        for (index, row) in records.enumerated().dropFirst() where row.count != 5 {
            return .notFollowed("row \(index) has \(Plural.count(row.count, "field")), expected 5")
        }
        return .followed("the header and 7 rows of 5 fields")
    }

    static let examples: [VerifierExample] = [
        .followed("ID,Country,City,Year,Count\n" + (1...7).map { "\($0),France,Paris,2020,\($0 * 10)" }.joined(separator: "\n")),
        .notFollowed("ID,Country,City,Year,Count\n" + (1...6).map { "\($0),France,Paris,2020,\($0 * 10)" }.joined(separator: "\n")),
        .notFollowed("ID,Country,City,Year\n" + (1...7).map { "\($0),France,Paris,2020" }.joined(separator: "\n")),
    ]
}
