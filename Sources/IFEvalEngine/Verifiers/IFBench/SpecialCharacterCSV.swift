/// `custom:csv_special_character`: the first line is the header ProductID, Category, Brand,
/// Price, Stock (each optionally quoted); after every `"` is tripled, Python's `csv.reader`
/// reads 15 records, and a row of 5 fields has a field holding a quoted special character
/// (`re.match(r'".*[^\d\w\s].*"', field)`) before any row of another length.
struct SpecialCharacterCSV: Verifier {
    static let description = InstructionDescription(
        id: "custom:csv_special_character", suite: "ifbench",
        summary: "CSV with the header ProductID, Category, Brand, Price, Stock, 14 rows, a special character in double quotes.",
        arguments: [],
        examples: examples
    )

    static let headerPattern = try! PythonRegex(#"^(ProductID|"ProductID"),[ \t]*(Category|"Category"),[ \t]*(Brand|"Brand"),[ \t]*(Price|"Price"),[ \t]*(Stock|"Stock")$"#)
    static let specialField = try! PythonRegex(#"".*[^\d\w\s].*""#)

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let header = PythonString.strip(PythonString.split(response, separator: "\n")[0])
        do {
            guard try Self.headerPattern.prefixMatch(in: header) != nil else {
                return .notFollowed("the first line \(IFBenchText.quote(header, limit: 60)) is not the header ProductID,Category,Brand,Price,Stock")
            }
            let records: [[String]]
            do {
                records = try PythonCSVReader().records(PythonString.replace(response, "\"", "\"\"\""))
            } catch {
                return .officialCodeRaises("\(error) (csv.reader)")
            }
            guard records.count == 15 else { return .notFollowed("\(Plural.count(records.count, "CSV record")), expected 15 (header and 14 rows)") }
            for (index, row) in records.enumerated().dropFirst() {
                guard row.count == 5 else { return .notFollowed("row \(index) has \(Plural.count(row.count, "field")), expected 5") }
                for field in row where try Self.specialField.prefixMatch(in: field) != nil {
                    return .followed("row \(index) has the quoted special character field \(IFBenchText.quote(field, limit: 40))")
                }
            }
            return .notFollowed("no field is a special character in double quotes")
        } catch {
            return .notFollowed("the pattern search gave up (\(error))")
        }
    }

    static let examples: [VerifierExample] = [
        .followed("ProductID,Category,Brand,Price,Stock\n" + (1...14).map { "\($0),Tools,\($0 == 3 ? "\"A&B\"" : "Acme"),9.99,5" }.joined(separator: "\n")),
        .notFollowed("ProductID,Category,Brand,Price,Stock\n" + (1...14).map { "\($0),Tools,Acme,9.99,5" }.joined(separator: "\n")),
        .notFollowed("Product,Category,Brand,Price,Stock\n1,Tools,\"A&B\",9.99,5"),
    ]
}
