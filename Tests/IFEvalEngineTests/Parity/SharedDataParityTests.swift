import Foundation
import Testing
import IFEvalEngine

/// Scores every response file of `../shared` and compares each cell (prompt ×
/// instruction, strict and loose) with the official results.
@Suite(.serialized) struct SharedDataParityTests {
    /// Ids whose unstable cells come only from langdetect's sampling: the golden files
    /// hold the seed-0 results, which the seeded port must reproduce too.
    static let seededIDs: Set<String> = [
        "language:response_language",
        "change_case:english_capital",
        "change_case:english_lowercase",
    ]

    static let cases: [(name: String, inputData: String, responses: String, golden: String)] = {
        var cases: [(String, String, String, String)] = []
        let responsesDir = SharedData.path("ifeval/responses")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: responsesDir)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        for file in files {
            cases.append((file, SharedData.path("ifeval/input_data.jsonl"), responsesDir + "/" + file, SharedData.path("ifeval/golden/" + file)))
        }
        cases.append(("mutations", SharedData.path("ifeval/mutations/input_data.jsonl"), SharedData.path("ifeval/mutations/responses.jsonl"), SharedData.path("ifeval/mutations/golden.jsonl")))
        return cases
    }()

    @Test(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
    func everyStableCellMatchesTheOfficialResults() throws {
        try compareWithGolden(label: "official pair") { testCase in
            let prompts = try PromptSetReader.read(path: testCase.inputData)
            let run = ScoringRun(evaluator: Evaluator(), missingPolicy: .skip)
            return try run.score(prompts: prompts, responsesPath: testCase.responses).results
        }
    }

    /// The same responses written as lm-eval `--log_samples` files (which carry their own
    /// prompts) score the same.
    @Test(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
    func lmEvalSamplesFilesScoreTheSame() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ifeval-samples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try compareWithGolden(label: "lm-eval samples") { testCase in
            let path = folder.appendingPathComponent("samples_ifeval_\(testCase.name).jsonl").path
            try Self.writeSamplesFile(inputData: testCase.inputData, responses: testCase.responses, to: path)
            let run = ScoringRun(evaluator: Evaluator(), missingPolicy: .skip)
            let (results, report) = try run.score(prompts: nil, responsesPath: path)
            #expect(report.format == .samples)
            return results
        }
    }

    /// Writes what lm-eval logs for the ifeval task: `doc_id`, `doc`, `resps`,
    /// `filtered_resps`, and the metrics; one line per answered prompt.
    static func writeSamplesFile(inputData: String, responses: String, to path: String) throws {
        var docsByPrompt: [String: JSONValue] = [:]
        for case let .success(line) in JSONLinesReader(path: inputData) {
            docsByPrompt[line.value["prompt"]!.stringValue!] = line.value
        }
        var out = ""
        var docID = 0
        for case let .success(line) in JSONLinesReader(path: responses) {
            guard let doc = docsByPrompt[line.value["prompt"]!.stringValue!] else { continue }
            let response = line.value["response"] ?? .null
            let sample: JSONValue = .object([
                ("doc_id", .number(JSONNumber(docID))),
                ("doc", doc),
                ("target", .number(JSONNumber(0))),
                ("arguments", .array([])),
                ("resps", .array([.array([response])])),
                ("filtered_resps", .array([response])),
                ("filter", .string("none")),
                ("metrics", .array([.string("prompt_level_strict_acc")])),
                ("prompt_level_strict_acc", .bool(false)),
            ])
            docID += 1
            out += JSONWriter.string(sample) + "\n"
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func compareWithGolden(label: String, score: ((name: String, inputData: String, responses: String, golden: String)) throws -> [ScoredPrompt]) throws {
        var parity = SuiteParity(suite: .ifeval, seededIDs: Self.seededIDs)
        for testCase in Self.cases {
            let results = try score(testCase)
            let golden = GoldenRecord.read(path: testCase.golden)
            #expect(golden.count == results.count, "\(testCase.name): \(golden.count) golden lines for \(results.count) scored prompts")
            parity.compare(results, with: golden, corpus: testCase.name)
        }
        parity.printTable("[\(label)] Parity with the official results over \(parity.promptsCompared) scored prompts (strict + loose cells; unstable cells compared for the three langdetect ids, skipped for the others):")
        parity.expectFullAgreement()
    }
}
