import Foundation
import Testing
@testable import IFEvalEngine

/// The official scripts read JSONL with `open(path)` and `for line in f` (text mode,
/// universal newlines): LF, CR LF and a lone CR each end a line; nothing else does (not
/// VT, FF or U+2028, which `str.splitlines` would split at). Python 3.11 on
/// `{"a":1}\r{"b":2}\r\n{"c":3}\n{"d":"x\u2028y"}\f\n` gives the lines `{"a":1}`,
/// `{"b":2}`, `{"c":3}` and `{"d":"x\u2028y"}\f` (whose form feed then fails json.loads
/// with "Extra data").
@Suite struct UniversalNewlineTests {
    static func lines(_ bytes: [UInt8], chunkSize: Int) throws -> [(number: Int, value: JSONValue, location: LineLocation)] {
        let path = try JSONLinesReaderTests.write("universal-\(UUID().uuidString).jsonl", bytes)
        var iterator = JSONLinesReader(path: path, chunkSize: chunkSize).makeIterator()
        var lines: [(number: Int, value: JSONValue, location: LineLocation)] = []
        while let (lineBytes, number, offset) = try iterator.nextNonBlankLine() {
            let value = try JSONLinesReader.parse(lineBytes, line: number, file: path).get().value
            // The location reads the same text again (what the second pass of a large file does).
            let again = Array(bytes[offset..<(offset + lineBytes.count)])
            #expect(again == lineBytes)
            lines.append((number, value, LineLocation(offset: offset, length: lineBytes.count, line: number)))
        }
        return lines
    }

    @Test(arguments: [1, 2, 3, 5, 8, 1 << 20])
    func loneCarriageReturnsEndLinesAsPythonTextModeDoes(chunkSize: Int) throws {
        let bytes = Array("{\"a\":1}\r{\"b\":2}\r\n{\"c\":3}\n\r\r\n{\"d\":4}\r".utf8)
        let got = try Self.lines(bytes, chunkSize: chunkSize)
        // Python: ['{"a":1}\n', '{"b":2}\n', '{"c":3}\n', '\n', '\n', '{"d":4}\n'].
        #expect(got.map(\.number) == [1, 2, 3, 6])
        #expect(got.map(\.value) == ["a", "b", "c", "d"].enumerated().map { .object([($0.element, .number(JSONNumber($0.offset + 1)))]) })
    }

    @Test func aFileOfOnlyCarriageReturnsIsReadLineByLine() throws {
        // 20,000 CR-ended lines in 64-byte chunks: one LF search per buffer, not per line.
        let text = (1...20_000).map { "{\"k\": \($0)}\r" }.joined()
        let got = try Self.lines(Array(text.utf8), chunkSize: 64)
        #expect(got.count == 20_000)
        #expect(got.last?.value == .object([("k", .number(JSONNumber(20_000)))]))
    }

    @Test func otherLineSeparatorsDoNotEndALine() throws {
        let bytes = Array("{\"d\":\"x\u{2028}y\u{85}z\"}\u{0C}\n{\"e\":1}\u{0B}\n".utf8)
        let path = try JSONLinesReaderTests.write("separators.jsonl", bytes)
        let results = Array(JSONLinesReader(path: path, chunkSize: 4))
        #expect(results.count == 2)
        for (index, result) in results.enumerated() {
            guard case let .failure(error) = result else { Issue.record("line \(index + 1) should fail"); continue }
            #expect(error.line == index + 1)
            #expect(error.message.contains("Extra data"))
        }
    }
}
