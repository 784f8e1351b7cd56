import IFEvalEngine
import Testing
@testable import IFEvalReporter

/// Table text escaping, and comparisons of runs whose prompt sets differ.
@Suite struct ReportTableTests {
    @Test func csvQuotesOnlyWhatNeedsIt() {
        #expect(TableText.csvLine(["plain", "a,b", "say \"hi\"", "two\nlines"]) == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n")
    }

    @Test func percentagesRoundAndNeverShowMinusZero() {
        #expect(TableText.percent(0.790740) == "79.07")
        #expect(TableText.percent(1) == "100.00")
        #expect(TableText.percent(0.12345, digits: 1) == "12.3")
        #expect(TableText.signedPoints(-0.00001) == "0.00")
        #expect(TableText.signedPoints(0.0125) == "+1.25")
        #expect(TableText.signedPoints(-0.004) == "-0.40")
    }

    @Test func markdownCellsEscapePipes() {
        #expect(TableText.markdownCell("a|b\nc") == "a\\|b c")
        #expect(TableText.htmlEscape("<b>\"x\" & 'y'</b>") == "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;")
    }

    static func run(_ model: String, _ prompts: [(Int, [String], [Bool])]) -> RunDirectory {
        let verdicts = prompts.map { key, ids, followed in
            RunDirectory.PromptVerdicts(key: .int(key), instructionIDs: ids, strict: followed, loose: followed,
                                        strictReasons: [], looseReasons: [], looseVariants: [], response: "", rawResponse: nil)
        }
        return RunDirectory(path: model, model: model, summary: ScoreSummary(promptLevel: StrictLooseCounts(), instructionLevel: StrictLooseCounts(),
                                                                             perCategory: [:], perInstruction: [:]), prompts: verdicts)
    }

    @Test func promptsWithDifferentInstructionsAreLeftOutAndCounted() throws {
        let a = Self.run("a", [(1, ["x:a"], [true]), (2, ["x:a"], [false]), (3, ["x:a"], [true])])
        let b = Self.run("b", [(1, ["x:a"], [false]), (2, ["x:b"], [true]), (4, ["x:a"], [true])])
        let comparison = try RunComparison(a: a, b: b)
        #expect(comparison.shared == 1)
        #expect(comparison.mismatched == [.int(2)])
        #expect(comparison.onlyInA == 1)
        #expect(comparison.onlyInB == 1)
        let promptStrict = try #require(comparison.differences.first { $0.metric == .promptLevelStrict })
        #expect(promptStrict.onlyA == 1 && promptStrict.onlyB == 0)
        #expect(promptStrict.difference == -1)
    }

    /// Compare and gate pair runs with one model; only their policy for a key whose
    /// instruction lists differ is theirs: compare leaves it out, the gate stops.
    @Test func pairingPoliciesForMismatchedInstructionLists() throws {
        let a = Self.run("a", [(1, ["x:a"], [true]), (2, ["x:a"], [false])])
        let b = Self.run("b", [(1, ["x:a"], [true]), (2, ["x:b"], [true])])
        let excluded = try PairedRuns.pair(baseline: a, candidate: b, mismatches: .exclude)
        #expect(excluded.pairs.map { excluded.baseline($0).key } == [.int(1)])
        #expect(excluded.mismatched == [.int(2)])
        #expect(excluded.onlyInBaseline.isEmpty && excluded.onlyInCandidate.isEmpty)
        let error = #expect(throws: GateInputError.self) { try PairedRuns.pair(baseline: a, candidate: b) }
        #expect(error?.description.hasPrefix("prompt 2 has instructions [\"x:a\"] in the baseline but [\"x:b\"] in the candidate") == true)
    }

    @Test func runsWithNothingInCommonAreAnError() {
        let a = Self.run("a", [(1, ["x:a"], [true])])
        let b = Self.run("b", [(2, ["x:a"], [true])])
        #expect(throws: RunComparison.Failure.self) { try RunComparison(a: a, b: b) }
    }
}
