import Testing
import IFEvalEngine

/// `list(csv.reader(io.StringIO(text)))` of CPython 3.11, records or `csv.Error`, with the
/// dialects IFBench uses (`Scripts/oracle/csv_vectors.py`).
@Suite struct PythonCSVReaderTests {
    enum Outcome: Equatable {
        case records([[[Unicode.Scalar]]])
        case error(String)
    }

    static func expected(_ value: JSONValue?) throws -> Outcome {
        let value = try #require(value)
        if let message = value["error"]?.stringValue { return .error(message) }
        let records = try #require(value["records"]?.arrayValue)
        return .records(records.map { ($0.arrayValue ?? []).compactMap(\.stringValue).map { Array($0.unicodeScalars) } })
    }

    static func outcome(_ reader: PythonCSVReader, _ text: String) -> Outcome {
        do {
            return .records(try reader.records(text).map { $0.map { Array($0.unicodeScalars) } })
        } catch {
            return .error(error.message)
        }
    }

    @Test func recordsAndErrorsMatchCPython() throws {
        let vectors = try Vectors.load("csv_vectors")
        let cases = try #require(vectors["cases"]?.arrayValue)
        #expect(cases.count > 2500)
        var errors = 0
        for entry in cases {
            let text = try #require(entry["text"]?.stringValue)
            let comma = try Self.expected(entry["comma"]), tab = try Self.expected(entry["tab"])
            if case .error = comma { errors += 1 }
            #expect(Self.outcome(PythonCSVReader(), text) == comma, "comma: \(String(reflecting: text))")
            #expect(Self.outcome(PythonCSVReader(dialect: .excelTab), text) == tab, "tab: \(String(reflecting: text))")
        }
        #expect(errors > 100)
        for entry in vectors["limit16"]?.arrayValue ?? [] {
            let text = try #require(entry["text"]?.stringValue)
            #expect(Self.outcome(PythonCSVReader(fieldSizeLimit: 16), text) == (try Self.expected(entry["comma"])))
        }
    }

    /// Hand-worked: a bare CR ends a record and may only be followed by line breaks.
    @Test func bareCarriageReturnRaises() throws {
        #expect(throws: PythonCSVReader.Error.self) { try PythonCSVReader().records("a,b\rc,d") }
        #expect(try PythonCSVReader().records("a,b\r\n\nc") == [["a", "b"], [], ["c"]])
    }
}
