import Foundation
import IFEvalEngine
import XCTest

/// A trainer-style client sends every shared-data response in 256-item batches; the
/// verdicts and reasons must equal those `ifeval score` writes for the same responses,
/// byte for byte, for every response file, the mutation set, with thinking traces
/// stripped, and with the prompt set in the Hugging Face layout.
final class ScoreParityTests: XCTestCase {
    /// One scored response as `ifeval score` wrote it: verdicts and reasons.
    struct Scored: Equatable {
        var strict: [Bool]
        var strictReasons: [String]
        var loose: [Bool]
        var looseReasons: [String]
    }

    func testEverySharedResponseFileMatchesScore() async throws {
        guard let ifeval = SharedData.ifeval else { throw XCTSkip(SharedData.skipMessage) }
        let prompts = ifeval.appendingPathComponent("input_data.jsonl")
        let files = try FileManager.default.contentsOfDirectory(atPath: ifeval.appendingPathComponent("responses").path)
            .filter { $0.hasSuffix(".jsonl") }.sorted()
        XCTAssertEqual(files.count, 6)
        let server = try await TestServer.start()
        var compared = 0
        for file in files {
            compared += try await compare(prompts: prompts, responses: ifeval.appendingPathComponent("responses/\(file)"), server: server)
        }
        compared += try await compare(prompts: ifeval.appendingPathComponent("mutations/input_data.jsonl"),
                                      responses: ifeval.appendingPathComponent("mutations/responses.jsonl"), server: server)
        XCTAssertGreaterThan(compared, 6 * 540 + 2_900)
        try await server.stop()
    }

    func testStrippedThinkingTracesMatchScoreWithStripThinking() async throws {
        guard let ifeval = SharedData.ifeval else { throw XCTSkip(SharedData.skipMessage) }
        // Real responses behind made-up traces (commas, capitals, several lines), some
        // with two closing tags, some cut off (no closing tag).
        let source = try SharedData.lines(ifeval.appendingPathComponent("responses/claude-3-haiku-20240307.jsonl"))
        var lines: [String] = []
        for (index, line) in source.enumerated() {
            guard let prompt = line["prompt"], let response = line["response"]?.stringValue else { continue }
            let traced: String
            switch index % 4 {
            case 0: traced = "<think>First, I think; then, I WRITE.\n\nOk</think>" + response
            case 1: traced = "<think>a</think>\nnot this</think>" + response
            case 2: traced = "<think>cut off, " + response
            default: traced = response
            }
            lines.append(JSONWriter.string(.object([("prompt", prompt), ("response", .string(traced))])))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ifeval-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let responses = folder.appendingPathComponent("traced.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: responses)
        let server = try await TestServer.start()
        let compared = try await compare(prompts: ifeval.appendingPathComponent("input_data.jsonl"), responses: responses, server: server,
                                         stripThinking: true)
        // Every prompt of the set that the file answers (its one line that answers no
        // prompt of the set is left out, by both).
        let known = Set(try SharedData.lines(ifeval.appendingPathComponent("input_data.jsonl")).compactMap { $0["prompt"]?.stringValue.map { Array($0.utf8) } })
        let answered = Set(source.compactMap { $0["prompt"]?.stringValue.map { Array($0.utf8) } }).intersection(known)
        XCTAssertEqual(compared, answered.count)
        try await server.stop()
    }

    func testHuggingFaceLayoutMatchesScore() async throws {
        guard let ifeval = SharedData.ifeval else { throw XCTSkip(SharedData.skipMessage) }
        let server = try await TestServer.start()
        let compared = try await compare(prompts: ifeval.appendingPathComponent("input_data.jsonl"),
                                         responses: ifeval.appendingPathComponent("responses/Qwen__Qwen2.5-7B-Instruct-GPTQ-Int4.jsonl"),
                                         server: server, huggingFaceLayout: true)
        XCTAssertEqual(compared, 540)
        try await server.stop()
    }

    /// Scores `responses` with `ifeval score` and through the server (256 items a
    /// request), and compares every response's verdicts and reasons. Returns how many.
    func compare(prompts: URL, responses: URL, server: TestServer, stripThinking: Bool = false,
                 huggingFaceLayout: Bool = false) async throws -> Int {
        let expected = try scoreWithCLI(prompts: prompts, responses: responses, stripThinking: stripThinking)
        // The prompt set by prompt text, code point by code point (UTF-8 bytes).
        var promptsByText: [[UInt8]: JSONValue] = [:]
        for prompt in try SharedData.lines(prompts) {
            promptsByText[Array(try XCTUnwrap(prompt["prompt"]?.stringValue).utf8)] = prompt
        }
        let allArguments = Set(Suite.ifeval.types.flatMap { $0.description.argumentNames }).sorted()
        // The last answer to a prompt wins, as in `ifeval score`.
        var items: [Keyed] = []
        var position: [String: Int] = [:]
        for line in try SharedData.lines(responses) {
            guard let text = line["prompt"]?.stringValue, let prompt = promptsByText[Array(text.utf8)] else { continue }
            let key = JSONWriter.string(try XCTUnwrap(prompt["key"]))
            var kwargs = try XCTUnwrap(prompt["kwargs"])
            if huggingFaceLayout {
                kwargs = .array(try XCTUnwrap(kwargs.arrayValue).map { object in
                    let members = object.objectMembers ?? []
                    return .object(allArguments.map { name in (name, members.last { $0.0 == name }?.1 ?? .null) })
                })
            }
            let item = JSONValue.object([
                ("instruction_id_list", try XCTUnwrap(prompt["instruction_id_list"])),
                ("kwargs", kwargs),
                ("prompt", prompt["prompt"]!),
                ("response", line["response"] ?? .null),
            ])
            if let earlier = position[key] {
                items[earlier] = Keyed(key: key, item: item)
            } else {
                position[key] = items.count
                items.append(Keyed(key: key, item: item))
            }
        }
        XCTAssertEqual(items.count, expected.count, responses.lastPathComponent)
        var start = 0
        while start < items.count {
            let batch = items[start..<min(start + 256, items.count)]
            let request = JSONValue.object([
                ("items", .array(batch.map { $0.item })),
                ("reasons", .bool(true)),
                ("strip_thinking", .bool(stripThinking)),
            ])
            let answer = try await HTTP.post(server.base + "/v1/verify", request)
            XCTAssertEqual(answer.status, 200, answer.text.prefix(500) + "")
            let results = try XCTUnwrap(answer.json()["results"]?.arrayValue)
            XCTAssertEqual(results.count, batch.count)
            for (result, keyed) in zip(results, batch) {
                let key = keyed.key
                let got = Scored(strict: result["strict"]?.arrayValue?.map { $0 == .bool(true) } ?? [],
                                 strictReasons: result["reasons"]?["strict"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                                 loose: result["loose"]?.arrayValue?.map { $0 == .bool(true) } ?? [],
                                 looseReasons: result["reasons"]?["loose"]?.arrayValue?.compactMap(\.stringValue) ?? [])
                XCTAssertEqual(got, expected[key], "\(responses.lastPathComponent) key \(key)")
                let reward = result["reward"]
                XCTAssertEqual(reward?["strict"], .number(JSONNumber(text: got.strict.allSatisfy { $0 } ? "1.0" : "0.0")))
                XCTAssertEqual(reward?["loose"], .number(JSONNumber(text: got.loose.allSatisfy { $0 } ? "1.0" : "0.0")))
            }
            start += 256
        }
        return items.count
    }

    struct Keyed {
        var key: String
        var item: JSONValue
    }

    /// `ifeval score`'s result files, by prompt key.
    func scoreWithCLI(prompts: URL, responses: URL, stripThinking: Bool) throws -> [String: Scored] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ifeval-serve-score-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var arguments = ["score", "--input-data", prompts.path, "--responses", responses.path, "--missing", "skip",
                         "--output-dir", output.path, "--report", "none"]
        if stripThinking { arguments.append("--strip-thinking") }
        let run = try Executable.run(arguments)
        XCTAssertEqual(run.status, 0, run.stderr)
        var scored: [String: Scored] = [:]
        let strict = try SharedData.lines(output.appendingPathComponent("eval_results_strict.jsonl"))
        let loose = try SharedData.lines(output.appendingPathComponent("eval_results_loose.jsonl"))
        XCTAssertEqual(strict.count, loose.count)
        for (s, l) in zip(strict, loose) {
            let key = JSONWriter.string(try XCTUnwrap(s["key"]))
            scored[key] = Scored(strict: s["follow_instruction_list"]?.arrayValue?.map { $0 == .bool(true) } ?? [],
                                 strictReasons: s["reasons"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                                 loose: l["follow_instruction_list"]?.arrayValue?.map { $0 == .bool(true) } ?? [],
                                 looseReasons: l["reasons"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        }
        return scored
    }
}
