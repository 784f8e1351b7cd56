import Foundation
import Testing
import IFEvalEngine

/// A suite's agreement with its official golden results, cell by cell (prompt ×
/// instruction, strict and loose), tallied per instruction id: the loop every suite's
/// parity test shares. Cells the golden file marks unstable (the official result
/// changes with the seed) are counted apart and never asserted, except for the ids in
/// `seededIDs`, whose golden cells hold the seed-0 results a seeded port reproduces.
struct SuiteParity {
    struct Tally {
        var agree = 0
        var total = 0
        var unstable = 0
        var unstableAgree = 0
        var mismatches: [String] = []
    }

    let suite: Suite
    let seededIDs: Set<String>
    private(set) var tallies: [String: Tally] = [:]
    /// Ids the suite does not have, with how many prompts hold them (left out).
    private(set) var notImplemented: [String: Int] = [:]
    private(set) var promptsCompared = 0

    init(suite: Suite, seededIDs: Set<String> = []) {
        self.suite = suite
        self.seededIDs = seededIDs
    }

    /// The lines of `inputData` to score, as written (so that the reader sees what the
    /// official code reads): those whose ids the suite all has and whose key is not in
    /// `leaving`. The ids the suite lacks are remembered for `printTable`.
    mutating func scoredLines(of inputData: String, leaving: Set<PromptKey> = []) throws -> (lines: String, kept: Int) {
        let text = try String(contentsOfFile: inputData, encoding: .utf8)
        var kept = ""
        var count = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let value = try JSONParser.parse(String(line))
            if let key = value["key"].flatMap(PromptKey.init), leaving.contains(key) { continue }
            let ids = (value["instruction_id_list"]?.arrayValue ?? []).compactMap(\.stringValue)
            let unknown = ids.filter { !suite.accepts($0) }
            if unknown.isEmpty {
                kept += line + "\n"
                count += 1
            } else {
                for id in unknown { notImplemented[id, default: 0] += 1 }
            }
        }
        return (kept, count)
    }

    /// Compares one corpus's results with its golden records. No cell of a golden corpus
    /// makes the official code raise (such cases are kept apart and tested on their own).
    mutating func compare(_ results: [ScoredPrompt], with golden: [PromptKey: GoldenRecord], corpus: String) {
        for result in results {
            guard let expected = golden[result.prompt.key] else {
                Issue.record("\(corpus): no golden line for key \(result.prompt.key)")
                continue
            }
            promptsCompared += 1
            #expect(expected.instructionIDs == result.prompt.instructionIDs)
            for (index, id) in result.prompt.instructionIDs.enumerated() {
                for (mode, got, want, unstable) in [
                    ("strict", result.evaluation.strict[index], expected.strict[index], expected.unstableStrict.contains(index)),
                    ("loose", result.evaluation.loose[index], expected.loose[index], expected.unstableLoose.contains(index)),
                ] {
                    #expect(!got.officialCodeRaises, "\(corpus) key \(result.prompt.key) \(mode) \(id): \(got.reason)")
                    if unstable && !seededIDs.contains(id) {
                        tallies[id, default: Tally()].unstable += 1
                        if got.followed == want { tallies[id, default: Tally()].unstableAgree += 1 }
                        continue
                    }
                    tallies[id, default: Tally()].total += 1
                    if got.followed == want {
                        tallies[id, default: Tally()].agree += 1
                    } else {
                        tallies[id, default: Tally()].mismatches.append(
                            "\(corpus) key \(result.prompt.key) \(mode): official \(want), ours \(got.followed) (\(got.reason.prefix(300)))")
                    }
                }
            }
        }
    }

    /// Prints agreement per id under `title`, then the ids left out.
    func printTable(_ title: String) {
        print(title)
        let width = max(40, (tallies.keys.map(\.count).max() ?? 0) + 2)
        for id in tallies.keys.sorted() {
            let t = tallies[id]!
            let percent = t.total == 0 ? 100 : Double(t.agree) * 100 / Double(t.total)
            var line = "  " + id.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: " %6d / %6d  %7.3f%%", t.agree, t.total, percent)
            if t.unstable > 0 { line += "   unstable \(t.unstableAgree) / \(t.unstable)" }
            print(line)
        }
        if !notImplemented.isEmpty {
            print("  not implemented (\(notImplemented.count) ids; their prompts left out): "
                  + notImplemented.keys.sorted().map { "\($0) (\(notImplemented[$0]!) prompts)" }.joined(separator: ", "))
        }
    }

    /// Every stable cell agrees, and every id of the suite has cells (a misspelt id has none).
    func expectFullAgreement() {
        for id in tallies.keys.sorted() {
            let t = tallies[id]!
            #expect(t.mismatches.isEmpty, "\(id): \(t.mismatches.count) of \(t.total) cells differ, e.g.\n\(t.mismatches.prefix(8).joined(separator: "\n"))")
        }
        for type in suite.ownTypes {
            #expect(tallies[type.id] != nil, "\(type.id) has no cell in the corpora (misspelt id?)")
        }
    }
}
