import Testing
import IFEvalEngine

/// `unicodedata.normalize('NFD' | 'NFKD')` of CPython 3.11 (Unicode 14.0), and IFBench's
/// NFKD-to-ASCII folding (`Scripts/oracle/unicodedata_vectors.py`).
@Suite struct PythonUnicodeDataTests {
    @Test func normalizationMatchesCPython() throws {
        let vectors = try Vectors.load("unicodedata_vectors")
        let cases = try #require(vectors["cases"]?.arrayValue)
        #expect(cases.count > 1100)
        var mismatches: [String] = []
        func same(_ a: String, _ b: String) -> Bool { Array(a.unicodeScalars) == Array(b.unicodeScalars) }
        for entry in cases {
            let fields = (entry.arrayValue ?? []).compactMap(\.stringValue)
            try #require(fields.count == 4)
            let text = fields[0]
            if !same(PythonUnicodeData.normalize(.nfd, text), fields[1]) { mismatches.append("NFD \(String(reflecting: text))") }
            if !same(PythonUnicodeData.normalize(.nfkd, text), fields[2]) { mismatches.append("NFKD \(String(reflecting: text))") }
            if !same(PythonUnicodeData.nfkdASCII(text), fields[3]) { mismatches.append("ASCII \(String(reflecting: text))") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count): \(mismatches.prefix(10).joined(separator: "\n"))")
    }

    /// Hand-worked: IFBench's own docstring example, and a ligature.
    @Test func foldsToASCII() {
        #expect(PythonUnicodeData.nfkdASCII("S\u{E3}o Tom\u{E9}") == "Sao Tome")
        #expect(PythonUnicodeData.nfkdASCII("\u{FB01}ne \u{2126}") == "fine ")
    }
}
