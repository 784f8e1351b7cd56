import Foundation
import Testing
@testable import IFEvalEngine

/// A response file that is a regular file is read twice (matched first, keeping where
/// each final answer is; scored a slice at a time from a second read): the results are
/// those of reading it once, whatever the order of its lines and the gaps between them.
@Suite struct StreamingTests {
    /// A scratch folder removed when the test ends.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ifeval-streaming-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func write(_ name: String, _ text: String) throws -> String {
            let path = url.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    static func line(_ object: [(String, JSONValue)]) -> String { JSONWriter.string(.object(object)) }

    /// `count` prompts asking for no commas; prompt `i` answers with a comma when `i` is a
    /// multiple of 3 (so it fails strictly and loosely), else without.
    static func promptSet(count: Int) -> String {
        (1...count).map { i in
            line([("key", .number(JSONNumber(i))), ("prompt", .string("Prompt \(i): no commas, please.")),
                  ("instruction_id_list", .array([.string("punctuation:no_comma")])), ("kwargs", .array([.object([])]))])
        }.joined(separator: "\n") + "\n"
    }

    static func response(_ i: Int, text: String? = nil) -> String {
        let answer = text ?? (i % 3 == 0 ? "Answer \(i), with a comma." : "Answer \(i)\n\"quoted\" \\ é 😀 \u{1}")
        return line([("prompt", .string("Prompt \(i): no commas, please.")), ("response", .string(answer))])
    }

    static func verdicts(_ results: [ScoredPrompt]) -> [String] {
        results.map { "\($0.prompt.key) \($0.status) \($0.response.debugDescription) \($0.evaluation.strict.map(\.followed)) \($0.evaluation.loose.map(\.followed))" }
    }

    /// Responses are matched to prompts by text code point by code point, whether the
    /// file is read before the prompt set, read twice, or read once through a pipe: "café"
    /// written with U+00E9 and with e + U+0301 are two prompts (equal for Swift's `==`).
    @Test func promptTextsMatchCodePointByCodePointInEveryReadingMode() throws {
        let folder = try Folder()
        let texts = ["Say caf\u{E9} without commas.", "Say cafe\u{301} without commas."]
        let prompts = try PromptSetReader.read(path: try folder.write("prompts.jsonl", texts.enumerated().map { i, text in
            Self.line([("key", .number(JSONNumber(i + 1))), ("prompt", .string(text)),
                       ("instruction_id_list", .array([.string("punctuation:no_comma")])), ("kwargs", .array([.object([])]))])
        }.joined(separator: "\n") + "\n"))
        // The decomposed prompt's answer comes first and has a comma; the composed one's has none.
        let responses = [(texts[1], "a, b"), (texts[0], "a b")].map { text, answer in
            Self.line([("prompt", .string(text)), ("response", .string(answer))])
        }.joined(separator: "\n") + "\n"
        let path = try folder.write("responses.jsonl", responses)
        let fifo = folder.url.appendingPathComponent("responses.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        var run = ScoringRun(evaluator: Evaluator(), missingPolicy: .error, parallelism: 2)
        for (limit, file) in [(64 << 20, path), (0, path), (64 << 20, fifo)] {
            run.readOnceLimit = limit
            let feeder = Thread {
                if file == fifo, let handle = FileHandle(forWritingAtPath: fifo) {
                    handle.write(Data(responses.utf8))
                    try? handle.close()
                }
            }
            feeder.start()
            let (results, report) = try run.score(prompts: prompts, responsesPath: file)
            #expect(results.map(\.response) == ["a b", "a, b"], "limit \(limit), \(file)")
            #expect(results.map { $0.evaluation.strict.map(\.followed) } == [[true], [false]])
            #expect(report.duplicated.isEmpty && report.unmatchedLines.isEmpty)
        }
    }

    /// A reading's lines are taken by the first `stream` (its responses are then freed as
    /// they are scored); streaming the same reading again reads the file again.
    @Test func aReadingStreamedTwiceGivesTheSameResults() throws {
        let folder = try Folder()
        let prompts = try PromptSetReader.read(path: try folder.write("prompts.jsonl", Self.promptSet(count: 40)))
        let path = try folder.write("responses.jsonl", (1...40).map { Self.response($0) }.joined(separator: "\n") + "\n")
        let run = ScoringRun(evaluator: Evaluator(), missingPolicy: .error, parallelism: 2)
        let reading = try run.readResponses(path: path)
        var first: [ScoredPrompt] = []
        var second: [ScoredPrompt] = []
        let firstReport = try run.stream(prompts: prompts, responses: reading) { first += $0 }
        let secondReport = try run.stream(prompts: prompts, responses: reading) { second += $0 }
        #expect(first.count == 40)
        #expect(Self.verdicts(second) == Self.verdicts(first))
        #expect(secondReport == firstReport)
    }

    /// Slices cover every answer once, in order: 1,024 at a time, the last 1,024 in four.
    @Test(arguments: [0, 1, 255, 256, 257, 1_023, 1_024, 1_025, 2_048, 6_229])
    func slicesCoverTheAnswersInOrder(count: Int) {
        let slices = ScoringRun.slices(of: count)
        #expect(slices.flatMap { Array($0) } == Array(0..<count))
        #expect(slices.allSatisfy { !$0.isEmpty && $0.count <= 1_024 })
        #expect(slices.suffix(4).allSatisfy { $0.count <= 256 })
    }

    @Test func linesInAnyOrderWithWideGapsScoreAsExpected() throws {
        let folder = try Folder()
        let count = 2_500  // six slices: 1,024, 452, then four of 256
        let prompts = try PromptSetReader.read(path: try folder.write("prompts.jsonl", Self.promptSet(count: count)))
        // Reverse order, a byte-order mark, CRLF ends, blank lines, an early answer that a
        // later one replaces, an unmatched line wider than the gap read through, a null.
        let padding = String(repeating: "x", count: LineFetcher.largestGap + 10)
        var lines = ["\u{FEFF}" + Self.response(7, text: "early, replaced")]
        for i in stride(from: count, through: 1, by: -1) {
            if i == 7 { continue }
            lines.append(Self.response(i) + (i % 5 == 0 ? "\r" : ""))
            if i == 1_200 {
                lines.append("")
                lines.append(Self.line([("prompt", .string("not in the set")), ("response", .string(padding))]))
            }
        }
        lines.append(Self.line([("prompt", .string("Prompt 7: no commas, please.")), ("response", .null)]))
        let path = try folder.write("responses.jsonl", lines.joined(separator: "\n") + "\n")

        var run = ScoringRun(evaluator: Evaluator(), missingPolicy: .error, parallelism: 2)
        run.readOnceLimit = 0  // read twice, however small the file
        var slices: [[ScoredPrompt]] = []
        let report = try run.stream(prompts: prompts, responsesPath: path) { slices.append($0) }
        let results = Array(slices.joined())
        #expect(slices.map(\.count) == [1_024, 452, 256, 256, 256, 256])
        #expect(results.map(\.prompt.key) == (1...count).map { PromptKey.int($0) })
        for result in results {
            guard case let .int(i) = result.prompt.key else { continue }
            if i == 7 {
                #expect(result.status == .null && result.response.isEmpty)
                #expect(result.evaluation.strict.map(\.followed) == [false])  // empty: nothing is followed
                continue
            }
            #expect(result.response.contains("Answer \(i)"))
            #expect(result.evaluation.strict.map(\.followed) == [i % 3 != 0], "prompt \(i)")
            #expect(result.evaluation.loose.map(\.followed) == [i % 3 != 0], "prompt \(i)")
        }
        #expect(report.duplicated == [.int(7)])
        #expect(report.unmatchedLines.count == 1)
        #expect(report.nullResponses == 1)
        #expect(report.responseLines == count + 2)

        // Summed slice by slice, the summary is that of all results at once.
        var summary = ScoreSummary()
        for slice in slices { summary.add(slice) }
        #expect(summary == ScoreSummary(results))
        #expect(summary.promptLevel.strict.followed == count - count / 3 - 1)  // not prompt 7 (null)

        // Read once (through a pipe), the same file gives the same results and report.
        let fifo = folder.url.appendingPathComponent("responses.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(LineFetcher(path: fifo) == nil)
        let contents = try Data(contentsOf: URL(fileURLWithPath: path))
        let feeder = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(contents)
                try? handle.close()
            }
        }
        feeder.start()
        // (Its layout is not guessed from a first line that could then not be read again.)
        #expect(ResponseFileFormat.detect(path: fifo) == .responses)
        let (piped, pipedReport) = try run.score(prompts: prompts, responsesPath: fifo)
        #expect(Self.verdicts(piped) == Self.verdicts(results))
        #expect(pipedReport == report)
        // And so does the file read once (below the limit).
        run.readOnceLimit = 64 << 20
        let (once, onceReport) = try run.score(prompts: prompts, responsesPath: path)
        #expect(Self.verdicts(once) == Self.verdicts(results))
        #expect(onceReport == report)
    }

    @Test func lineFetcherReadsLocationsInAnyOrder() throws {
        let folder = try Folder()
        var text = ""
        var locations: [LineLocation] = []
        for i in 0..<200 {
            let line = String(repeating: Character(Unicode.Scalar(UInt8(65 + i % 26))), count: i * 37 % 500 + 1)
            locations.append(LineLocation(offset: text.utf8.count, length: line.utf8.count, line: i + 1))
            text += line + (i == 100 ? String(repeating: " ", count: LineFetcher.largestGap * 2) : "") + "\n"
        }
        let fetcher = try #require(LineFetcher(path: try folder.write("lines.txt", text)))
        let bytes = Array(text.utf8)
        var generator = SystemRandomNumberGenerator()
        let shuffled = locations.shuffled(using: &generator) + [locations[3], locations[3]]
        let read = try fetcher.read(shuffled)
        for (location, got) in zip(shuffled, read) {
            #expect(Array(got) == Array(bytes[location.offset..<location.offset + location.length]), "line \(location.line)")
        }
        // A location past the end (the file shrank between the passes) is an input error.
        #expect(throws: InputError.self) { try fetcher.read([LineLocation(offset: bytes.count - 2, length: 10, line: 9)]) }
        #expect(LineFetcher(path: folder.url.path) == nil)
        #expect(LineFetcher(path: folder.url.appendingPathComponent("absent").path) == nil)
    }
}

/// A response file read twice (first to match, then to score) that is replaced between
/// the passes by one with the same line lengths: parsing the second pass cannot tell, the
/// file's identity (inode, size, modification time) can.
@Suite struct TwoPassIdentityTests {
    final class Flag: @unchecked Sendable { var value = false }

    @Test func aFileSwappedBetweenThePassesIsAnInputError() throws {
        let folder = try StreamingTests.Folder()
        let count = 16_400  // past the first progress report (every 16,384 lines), where the swap happens
        let prompts = try PromptSetReader.read(path: try folder.write("prompts.jsonl", StreamingTests.promptSet(count: count)))
        let original = (1...count).map { StreamingTests.response($0, text: "Answer \($0)") }
        let swapped = (1...count).map { StreamingTests.response($0, text: "Answer,\($0)") }
        let path = try folder.write("responses.jsonl", original.joined(separator: "\n") + "\n")
        let other = try folder.write("other.jsonl", swapped.joined(separator: "\n") + "\n")
        var run = ScoringRun(evaluator: Evaluator(analyzers: .standard), missingPolicy: .error, parallelism: 2)
        run.readOnceLimit = 0  // read twice, however small the file
        let moved = Flag()
        run.progress = { progress in
            if case .read = progress, !moved.value {
                moved.value = true
                rename(other, path)
            }
        }
        var followed = 0
        #expect(throws: ScoringError.self, "before: scored the other file's responses (all with a comma)") {
            _ = try run.stream(prompts: prompts, responsesPath: path) { results in
                followed += results.filter(\.evaluation.followsAllStrict).count
            }
        }
        #expect(moved.value)
        #expect(followed == 0)
        // Read again, unchanged, the same file scores.
        let report = try run.stream(prompts: prompts, responsesPath: path) { _ in }
        #expect(report.matched == count)
    }
}

/// A response file written to while it is read the second time (a log still being
/// appended to, a copy still running): the lines read so far parse, the file's identity
/// at the end of the second pass tells.
@Suite struct SecondPassChangeTests {
    @Test func aFileWrittenToDuringTheSecondPassIsAnInputError() throws {
        let folder = try StreamingTests.Folder()
        let count = 2_500  // several slices: the write lands between two of them
        let prompts = try PromptSetReader.read(path: try folder.write("prompts.jsonl", StreamingTests.promptSet(count: count)))
        let path = try folder.write("responses.jsonl", (1...count).map { StreamingTests.response($0) }.joined(separator: "\n") + "\n")
        var run = ScoringRun(evaluator: Evaluator(analyzers: .standard), missingPolicy: .error, parallelism: 2)
        run.readOnceLimit = 0  // read twice, however small the file
        let written = TwoPassIdentityTests.Flag()
        run.progress = { progress in
            if case .scored = progress, !written.value, let handle = FileHandle(forWritingAtPath: path) {
                written.value = true
                handle.seekToEndOfFile()
                handle.write(Data("\n".utf8))  // a blank line: nothing a parser would notice
                try? handle.close()
            }
        }
        do {
            _ = try run.stream(prompts: prompts, responsesPath: path) { _ in }
            Issue.record("before: the run succeeded on a file that changed under it")
        } catch {
            #expect(error.description.contains("the file was replaced or written to while it was read the second time"), "\(error.description)")
        }
        #expect(written.value)
    }
}

/// Two prompts with the same text: the official code looks responses up by prompt text,
/// so both get the response given for that text. Before, the earlier prompt was reported
/// as having no response.
@Suite struct SameTextPromptTests {
    @Test func promptsWithTheSameTextShareTheirResponseInEveryReadingMode() throws {
        let folder = try StreamingTests.Folder()
        let text = "Say hi without commas."
        let prompts = try PromptSetReader.read(path: try folder.write("prompts.jsonl", [1, 2, 3].map { key in
            StreamingTests.line([("key", .number(JSONNumber(key))), ("prompt", .string(key == 3 ? "Another prompt." : text)),
                                 ("instruction_id_list", .array([.string("punctuation:no_comma")])), ("kwargs", .array([.object([])]))])
        }.joined(separator: "\n") + "\n"))
        let responses = [(text, "hi there"), ("Another prompt.", "a, b")].map { prompt, answer in
            StreamingTests.line([("prompt", .string(prompt)), ("response", .string(answer))])
        }.joined(separator: "\n") + "\n"
        let path = try folder.write("responses.jsonl", responses)
        let fifo = folder.url.appendingPathComponent("responses.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        var run = ScoringRun(evaluator: Evaluator(analyzers: .standard), missingPolicy: .error, parallelism: 2)
        for (limit, file) in [(64 << 20, path), (0, path), (64 << 20, fifo)] {
            run.readOnceLimit = limit
            if file == fifo {
                let feeder = Thread {
                    if let handle = FileHandle(forWritingAtPath: fifo) {
                        handle.write(Data(responses.utf8))
                        try? handle.close()
                    }
                }
                feeder.start()
            }
            let (results, report) = try run.score(prompts: prompts, responsesPath: file)
            #expect(results.map(\.response) == ["hi there", "hi there", "a, b"], "limit \(limit), \(file)")
            #expect(results.map(\.status) == [.present, .present, .present])
            #expect(results.map(\.evaluation.followsAllStrict) == [true, true, false])
            #expect(report.missing.isEmpty)
        }
        // Matched by key, each prompt needs its own answer.
        let keyed = try folder.write("keyed.jsonl", StreamingTests.line([("key", .number(JSONNumber(2))), ("response", .string("hi"))]) + "\n"
            + StreamingTests.line([("key", .number(JSONNumber(3))), ("response", .string("hi"))]) + "\n")
        run.readOnceLimit = 64 << 20
        #expect(throws: ScoringError.self) { _ = try run.score(prompts: prompts, responsesPath: keyed) }
    }
}
