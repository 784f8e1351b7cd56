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
        if let count = Self.recordCountWithoutQuotes(response), count != 8 {
            return .notFollowed("\(Plural.count(count, "CSV record")), expected 8 (header and 7 rows)")
        }
        // The shape first (no field strings): most texts have not 8 records.
        let shape: [Int]
        do {
            shape = try PythonCSVReader().recordFieldCounts(response)
        } catch {
            return .officialCodeRaises("\(error) (csv.reader)")
        }
        guard shape.count == 8 else { return .notFollowed("\(Plural.count(shape.count, "CSV record")), expected 8 (header and 7 rows)") }
        // The same reading again, with the text (it cannot raise now).
        let records = (try? PythonCSVReader().records(response)) ?? []
        let header = records[0]
        guard header.count == Self.header.count, zip(header, Self.header).allSatisfy({ PythonString.identical($0, $1) }) else {
            return .notFollowed("the header is \(IFBenchText.quote(header.joined(separator: ","), limit: 60)), expected ID,Country,City,Year,Count")
        }
        for (index, row) in records.enumerated().dropFirst() where row.count != 5 {
            return .notFollowed("row \(index) has \(Plural.count(row.count, "field")), expected 5")
        }
        return .followed("the header and 7 rows of 5 fields")
    }

    /// How many records `csv.reader` (excel dialect) reads from a text without `"` or
    /// `\r`, no longer than the field size limit (nil for any other text): then no field
    /// is quoted, none is too long and no line break is unexpected, so each line (up to
    /// and including a "\n", as `io.StringIO` hands them) is one record, a blank one `[]`.
    static func recordCountWithoutQuotes(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard utf8.count <= 131_072 else { return nil }
        var lineBreaks = 0
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\r") { return nil }
            if byte == UInt8(ascii: "\n") { lineBreaks += 1 }
        }
        return lineBreaks + (utf8.last.map { $0 != UInt8(ascii: "\n") } ?? false ? 1 : 0)
    }

    static let examples: [VerifierExample] = [
        .followed("ID,Country,City,Year,Count\n" + (1...7).map { "\($0),France,Paris,2020,\($0 * 10)" }.joined(separator: "\n")),
        .notFollowed("ID,Country,City,Year,Count\n" + (1...6).map { "\($0),France,Paris,2020,\($0 * 10)" }.joined(separator: "\n")),
        .notFollowed("ID,Country,City,Year\n" + (1...7).map { "\($0),France,Paris,2020" }.joined(separator: "\n")),
    ]
}
