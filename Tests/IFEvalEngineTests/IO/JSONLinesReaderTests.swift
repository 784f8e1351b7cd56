import Foundation
import Testing
@testable import IFEvalEngine

/// The line reader reads the file in chunks: lines that straddle chunks, lines longer than
/// a chunk, a last line without a line feed, a byte-order mark and blank lines come out
/// as a plain split of the bytes on line feeds says, whatever the chunk size.
@Suite struct JSONLinesReaderTests {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ifeval-jsonl-\(UUID().uuidString)")

    static func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The non-blank lines of `bytes` with their numbers and offsets, by splitting the whole
    /// byte array at once.
    static func expectedLines(_ bytes: [UInt8]) -> [JSONLinesReader.RawLine] {
        var lines: [JSONLinesReader.RawLine] = []
        var pieces = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if bytes.last == 0x0A { pieces.removeLast() }
        for (index, piece) in pieces.enumerated() {
            let line = index == 0 && piece.starts(with: [0xEF, 0xBB, 0xBF]) ? piece.dropFirst(3) : piece
            if !line.allSatisfy({ [0x20, 0x09, 0x0D].contains($0) }) { lines.append((Array(line), index + 1, line.startIndex)) }
        }
        return lines
    }

    static func readLines(_ path: String, chunkSize: Int) throws -> [JSONLinesReader.RawLine] {
        var iterator = JSONLinesReader(path: path, chunkSize: chunkSize).makeIterator()
        var lines: [JSONLinesReader.RawLine] = []
        while let line = try iterator.nextNonBlankLine() { lines.append(line) }
        return lines
    }

    @Test(arguments: [1, 2, 3, 7, 64, 1 << 20])
    func linesAndOffsetsDoNotDependOnTheChunkSize(chunkSize: Int) throws {
        let long = "{\"response\": \"" + String(repeating: "é x", count: 300) + "\"}"
        var text = "\u{FEFF}{\"a\": 1}\r\n\n   \n" + long + "\n{\"b\": 2}\n\t\r\n" + long + long.reversed() + "\n{\"c\": [3]}"
        for round in [0, 1] {
            if round == 1 { text += "\n" }
            let bytes = Array(text.utf8)
            let path = try Self.write("lines-\(chunkSize)-\(round).jsonl", bytes)
            let got = try Self.readLines(path, chunkSize: chunkSize)
            let expected = Self.expectedLines(bytes)
            #expect(expected.count == 5)
            #expect(got.map(\.bytes) == expected.map(\.bytes))
            #expect(got.map(\.number) == expected.map(\.number))
            #expect(got.map(\.offset) == expected.map(\.offset))
        }
    }

    @Test func parsedLinesKeepTheirNumbers() throws {
        let path = try Self.write("parsed.jsonl", Array("{\"a\": 1}\n\n{\"a\": \n{\"a\": 3}".utf8))
        let results = Array(JSONLinesReader(path: path, chunkSize: 4))
        #expect(results.count == 3)
        guard results.count == 3, case let .success(first) = results[0], case let .failure(error) = results[1],
              case let .success(third) = results[2] else {
            Issue.record("expected a line, a failure and a line: \(results)")
            return
        }
        #expect(first.number == 1 && first.value == .object([("a", .number(JSONNumber(1)))]))
        #expect(error.line == 3)
        #expect(third.number == 4)
    }

    @Test func aMissingFileOrAFolderIsOneFailure() throws {
        let missing = Array(JSONLinesReader(path: Self.folder.appendingPathComponent("absent.jsonl").path))
        #expect(missing.count == 1)
        if case let .failure(error) = missing.first { #expect(error.message == "no such file") } else { Issue.record("expected a failure") }
        _ = try Self.write("placeholder", [])
        let folder = Array(JSONLinesReader(path: Self.folder.path))
        #expect(folder.count == 1)
        if case let .failure(error) = folder.first {
            #expect(error.message.contains("is it a directory"))
        } else {
            Issue.record("expected a failure")
        }
    }
}
