import Foundation
import Testing
import IFEvalEngine

/// Scores M-IFEval's Japanese corpora of `../shared/mifeval-ja` (six models' real
/// responses to the 172 official prompts, ~2,500 boundary mutations) and compares every
/// stable cell (prompt × instruction, strict and loose) with the official results
/// (`golden/`, the official code at 0bc3143 with seed 0). Agreement is printed per id.
///
/// Left out: the mutation cases whose kwargs make the official code draw random values
/// (`meta.jsonl` families ending in `random_*`; here they are input errors, tested
/// below), cells the golden files mark unstable across seeds (printed, not asserted), and
/// prompts holding an id the suite does not have (listed as not implemented).
@Suite(.serialized) struct MIFEvalJaParityTests {
    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: SharedData.path("mifeval-ja/test/ja_input_data.jsonl"))
    }

    static let skipMessage = "../shared/mifeval-ja is absent: the M-IFEval Japanese parity tests are skipped (clone the project next to its shared/ folder to run them)"

    static let corpora: [(name: String, inputData: String, responses: String, golden: String)] = {
        var cases: [(String, String, String, String)] = []
        let responsesDir = SharedData.path("mifeval-ja/responses")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: responsesDir)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        for file in files {
            cases.append((file, SharedData.path("mifeval-ja/test/ja_input_data.jsonl"), responsesDir + "/" + file, SharedData.path("mifeval-ja/golden/" + file)))
        }
        cases.append(("mutations", SharedData.path("mifeval-ja/mutations/input_data.jsonl"), SharedData.path("mifeval-ja/mutations/responses.jsonl"),
                      SharedData.path("mifeval-ja/mutations/golden.jsonl")))
        return cases
    }()

    /// The mutation keys whose family ends in `random_*`.
    static func randomKeys() -> Set<PromptKey> {
        var keys = Set<PromptKey>()
        for case let .success(line) in JSONLinesReader(path: SharedData.path("mifeval-ja/mutations/meta.jsonl")) {
            guard let family = line.value["family"]?.stringValue, family.split(separator: ":").last?.hasPrefix("random_") == true,
                  let key = line.value["key"].flatMap(PromptKey.init) else { continue }
            keys.insert(key)
        }
        return keys
    }

    @Test(.enabled(if: isAvailable, Comment(rawValue: skipMessage)))
    func everyStableCellMatchesTheOfficialResults() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mifeval-ja-parity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let random = Self.randomKeys()
        #expect(random.count == 14)
        var parity = SuiteParity(suite: .mifevalJa)
        for corpus in Self.corpora {
            let (lines, kept) = try parity.scoredLines(of: corpus.inputData, leaving: random)
            guard kept > 0 else { continue }
            let inputPath = folder.appendingPathComponent("input.jsonl").path
            try lines.write(toFile: inputPath, atomically: true, encoding: .utf8)
            let set = try PromptSetReader.readPromptSet(path: inputPath)
            #expect(set.suite.name == "mifeval-ja")
            let run = ScoringRun(evaluator: Evaluator(), missingPolicy: .fail)
            let results = try run.score(prompts: set.prompts, responsesPath: corpus.responses).results
            #expect(results.count == kept)
            parity.compare(results, with: GoldenRecord.read(path: corpus.golden), corpus: corpus.name)
        }
        parity.printTable("M-IFEval Japanese parity with the official results over \(parity.promptsCompared) prompts (6 models + mutations; stable strict + loose cells; unstable cells: seed-0 agreement, not asserted):")
        print("  random_* cases left out: \(random.count)")
        parity.expectFullAgreement()
    }

    /// The suite's ids are ids of the official prompt set's registry.
    @Test(.enabled(if: isAvailable, Comment(rawValue: skipMessage)))
    func suiteIDsAreTheOfficialIDs() throws {
        var official = Set<String>()
        for case let .success(line) in JSONLinesReader(path: SharedData.path("mifeval-ja/test/ja_input_data.jsonl")) {
            for id in line.value["instruction_id_list"]?.arrayValue ?? [] { official.insert(try #require(id.stringValue)) }
        }
        #expect(official.count == 33)
        let own = Set(Suite.mifevalJa.ownTypes.map { $0.id })
        #expect(own.isSubset(of: official), "ids not in M-IFEval's prompt set: \(own.subtracting(official).sorted())")
    }

    /// Each `random_*` case (kwargs missing, null, empty or out of range) is an input
    /// error whose message says the official code draws a random value.
    @Test(.enabled(if: isAvailable, Comment(rawValue: skipMessage)))
    func randomCasesAreInputErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mifeval-ja-random-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let random = Self.randomKeys()
        var checked = 0
        for case let .success(line) in JSONLinesReader(path: SharedData.path("mifeval-ja/mutations/input_data.jsonl")) {
            guard let key = line.value["key"].flatMap(PromptKey.init), random.contains(key) else { continue }
            let ids = (line.value["instruction_id_list"]?.arrayValue ?? []).compactMap(\.stringValue)
            guard ids.allSatisfy(Suite.mifevalJa.accepts) else { continue }
            let path = folder.appendingPathComponent("\(key).jsonl").path
            try (JSONWriter.string(line.value) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            #expect(throws: InputErrors.self, "key \(key)") { try PromptSetReader.read(path: path, suites: .fixed(.mifevalJa)) }
            do {
                _ = try PromptSetReader.read(path: path, suites: .fixed(.mifevalJa))
            } catch {
                #expect(error.description.contains("random value"), "key \(key): \(error.description)")
            }
            checked += 1
        }
        print("M-IFEval Japanese random_* cases: \(checked) of \(random.count) read as input errors (the others hold ids not implemented)")
        #expect(checked > 0)
    }
}
