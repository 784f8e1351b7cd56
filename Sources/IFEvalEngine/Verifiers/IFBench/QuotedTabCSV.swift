/// `custom:csv_quotes`: the first line is the tab-separated header StudentID, Subject,
/// Grade, Semester, Score (each optionally quoted); after every `"` is tripled, Python's
/// tab-delimited `csv.reader` reads 4 records of 5 fields, each field (stripped) starting
/// and ending with `"`. A blank field makes the official code raise IndexError.
struct QuotedTabCSV: Verifier {
    static let description = InstructionDescription(
        id: "custom:csv_quotes", suite: "ifbench",
        summary: "Tab-separated CSV with the header StudentID, Subject, Grade, Semester, Score, 3 rows, every field in double quotes.",
        arguments: [],
        examples: examples
    )

    static let headerPattern = try! PythonRegex(#"^(StudentID|"StudentID")\t *(Subject|"Subject")\t *(Grade|"Grade")\t *(Semester|"Semester")\t *(Score|"Score")$"#)

    init(arguments: InstructionArguments) throws(InstructionError) {}

    func check(_ response: String, context: VerificationContext) -> Verdict {
        let header = PythonString.strip(PythonString.split(response, separator: "\n")[0])
        do {
            guard try Self.headerPattern.prefixMatch(in: header) != nil else {
                return .notFollowed("the first line \(IFBenchText.quote(header, limit: 60)) is not the tab-separated header StudentID, Subject, Grade, Semester, Score")
            }
        } catch {
            return .notFollowed("the header search gave up (\(error))")
        }
        let records: [[String]]
        do {
            records = try PythonCSVReader(dialect: .excelTab).records(PythonString.replace(response, "\"", "\"\"\""))
        } catch {
            return .officialCodeRaises("\(error) (csv.reader)")
        }
        guard records.count == 4 else { return .notFollowed("\(Plural.count(records.count, "CSV record")), expected 4 (header and 3 rows)") }
        for (index, row) in records.enumerated() {
            let line = index == 0 ? "the header" : "row \(index)"
            guard row.count == 5 else { return .notFollowed("\(line) has \(Plural.count(row.count, "field")), expected 5") }
            for (column, field) in row.enumerated() {
                let scalars = Array(PythonString.strip(field).unicodeScalars)
                guard let first = scalars.first, let last = scalars.last else {
                    return .officialCodeRaises("IndexError (field.strip()[0] on the blank field \(column + 1) of \(line))")
                }
                if first != "\"" || last != "\"" {
                    return .notFollowed("field \(column + 1) of \(line), \(IFBenchText.quote(field, limit: 30)), is not in double quotes")
                }
            }
        }
        return .followed("the header and 3 rows, every field in double quotes")
    }

    static let examples: [VerifierExample] = [
        .followed("\"StudentID\"\t\"Subject\"\t\"Grade\"\t\"Semester\"\t\"Score\"\n" + (1...3).map { "\"\($0)\"\t\"Math\"\t\"A\"\t\"Fall\"\t\"9\($0)\"" }.joined(separator: "\n")),
        .notFollowed("StudentID\tSubject\tGrade\tSemester\tScore\n" + (1...3).map { "\"\($0)\"\t\"Math\"\t\"A\"\t\"Fall\"\t\"9\($0)\"" }.joined(separator: "\n")),
        .notFollowed("\"StudentID\"\t\"Subject\"\t\"Grade\"\t\"Semester\"\t\"Score\"\n\"1\"\t\"Math\"\t\"A\"\t\"Fall\"\t\"91\""),
    ]
}
