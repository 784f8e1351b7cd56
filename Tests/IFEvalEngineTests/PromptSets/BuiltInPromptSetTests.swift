import Foundation
import Testing
@testable import IFEvalEngine

/// The prompt set compiled into the engine: its size, coverage and validity.
@Suite struct BuiltInPromptSetTests {
    static let sourceFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // PromptSets
        .deletingLastPathComponent()  // IFEvalEngineTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Prompts/builtin_prompts.jsonl")

    @Test func coversEveryInstructionIdOftenEnough() throws {
        let records = try BuiltInPromptSet.records()
        #expect(records.count >= 480)
        let statistics = PromptSetStatistics(records)
        #expect(statistics.perInstruction.count == 25)
        for (id, count) in statistics.perInstruction {
            #expect(count >= 12, "\(id) is used \(count) times")
        }
        #expect(Set(statistics.perInstructionCount.keys) == [1, 2, 3])
        // The 30 languages the official prompts ask for, each at least once.
        let languages = "en es pt ar hi fr ru de ja it bn uk th ur ta te bg ko pl he fa vi ne sw kn mr gu pa ml fi".split(separator: " ")
        for code in languages {
            #expect(statistics.perLanguage[String(code), default: 0] >= 1, "no prompt asks for \(code)")
        }
        #expect(statistics.instructions == records.reduce(0) { $0 + $1.instructionIDs.count })
    }

    @Test func passesTheValidator() throws {
        let records = try BuiltInPromptSet.records()
        let problems = PromptSetValidator.validate(records.enumerated().map { ($0.offset + 1, $0.element) }, file: BuiltInPromptSet.name)
        #expect(problems.isEmpty, "\(problems.prefix(10).map(\.description).joined(separator: "\n"))")
        #expect(try BuiltInPromptSet.prepared().count == records.count)
    }

    /// Self-Instruct's novelty rule: no two prompts have a ROUGE-L F-measure of 0.7 or
    /// more; the highest pair is the one the README states.
    @Test func hasNoNearDuplicates() throws {
        let records = try BuiltInPromptSet.records()
        let similarity = PromptSimilarity(records.map(\.prompt))
        #expect(similarity.pairs(atLeast: 0.7).isEmpty)
        let highest = try #require(similarity.survey(top: 1).top.first)
        #expect(highest.fmeasure < 0.7)
        #expect(PromptSimilarity.format(highest.fmeasure) == "0.6970")
        #expect([records[highest.first].key, records[highest.second].key] == [.int(7), .int(170)])
    }

    @Test func keysRunFromOne() throws {
        let keys = try BuiltInPromptSet.records().map(\.key)
        #expect(keys == (1...keys.count).map { PromptKey.int($0) })
    }

    /// The compiled-in text is the committed source file, byte for byte (regenerate with
    /// Scripts/prompts/embed_prompts.py after changing it).
    @Test func embeddedTextMatchesTheSourceFile() throws {
        let source = try String(contentsOf: Self.sourceFile, encoding: .utf8)
        #expect(BuiltInPromptSet.jsonl == source)
        #expect(PromptSetValidator.validate(path: Self.sourceFile.path).isEmpty)
    }
}
