import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The CI reports of `ifeval gate`: JUnit XML parsed back, Markdown, and the GitHub
/// step summary.
@Suite struct GateReportTests {
    let fixture: GateFixture

    init() throws {
        fixture = try GateFixture()
        // A model name that needs escaping in XML and Markdown.
        try fixture.run("base", model: "base <v1> & \"friends\" | x")
        try fixture.run("cand", commaFails: Set(1...10))
    }

    /// Five checks: min-score and significant-drop on two metrics, and the per-id rule.
    /// Failing: the prompt-level floor (0.8333 < 0.9), both significant drops (p =
    /// 2/1024), and punctuation:no_comma (1.0 -> 50/60, more than 0.1). Passing: the
    /// instruction-level floor (110/120 = 0.9167).
    static let arguments = ["--baseline", "base", "--candidate", "cand", "--alpha", "0.05", "--min-score", "0.9", "--max-instruction-drop", "0.1",
                            "--metric", "prompt_level_strict_acc", "--metric", "inst_level_strict_acc"]

    @Test func junitHasOneTestcasePerCheck() throws {
        let output = try fixture.gate(Self.arguments + ["--junit", "gate.xml"])
        #expect(output.status == 1)
        let document = try XMLDocument(xmlString: try fixture.runner.read("gate.xml"))
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.count == 1)
        let suite = try #require(suites.first)
        #expect(suite.attribute(forName: "name")?.stringValue == "ifeval-gate")
        #expect(suite.attribute(forName: "tests")?.stringValue == "5")
        #expect(suite.attribute(forName: "failures")?.stringValue == "4")

        let cases = suite.elements(forName: "testcase")
        #expect(cases.map { $0.attribute(forName: "name")?.stringValue ?? "" } == [
            "min-score prompt_level_strict_acc", "significant-drop prompt_level_strict_acc",
            "min-score inst_level_strict_acc", "significant-drop inst_level_strict_acc", "max-instruction-drop",
        ])
        let failed = cases.filter { !$0.elements(forName: "failure").isEmpty }.map { $0.attribute(forName: "name")?.stringValue ?? "" }
        #expect(failed == ["min-score prompt_level_strict_acc", "significant-drop prompt_level_strict_acc",
                           "significant-drop inst_level_strict_acc", "max-instruction-drop"])
        let failure = try #require(cases[1].elements(forName: "failure").first)
        #expect(failure.attribute(forName: "message")?.stringValue == "prompt_level_strict_acc: dropped 0.1667 (1.0000 -> 0.8333), more than --max-drop 0.0000; McNemar p = 0.0020 < alpha 0.05 (10 prompts regressed, 0 improved, of 60 shared)")
        #expect(cases[4].elements(forName: "failure").first?.stringValue?.contains("punctuation:no_comma 1.0000 -> 0.8333 (-0.1667; 10 regressed, 0 improved, of 60)") == true)

        var properties: [String: String] = [:]
        for property in suite.elements(forName: "properties").first?.elements(forName: "property") ?? [] {
            properties[property.attribute(forName: "name")?.stringValue ?? ""] = property.attribute(forName: "value")?.stringValue
        }
        #expect(properties["baseline_model"] == "base <v1> & \"friends\" | x")
        #expect(properties["candidate.prompt_level_strict_acc"] == "0.8333333333333334")  // Python: 50/60
        #expect(properties["baseline.inst_level_strict_acc"] == "1.0")
        #expect(properties["mcnemar_p.prompt_level_strict_acc"] == "0.001953125")
        #expect(properties["shared_prompts"] == "60")
    }

    @Test func passingJUnitHasNoFailures() throws {
        let output = try fixture.gate(["--baseline", "cand", "--candidate", "cand", "--junit", "gate.xml"])
        #expect(output.status == 0)
        let document = try XMLDocument(xmlString: try fixture.runner.read("gate.xml"))
        let suite = try #require(document.rootElement()?.elements(forName: "testsuite").first)
        #expect(suite.attribute(forName: "failures")?.stringValue == "0")
        #expect(suite.elements(forName: "testcase").count == 1)
        #expect(suite.elements(forName: "testcase").first?.elements(forName: "failure").isEmpty == true)
    }

    @Test func markdownTableAndPerIDRegressions() throws {
        let output = try fixture.gate(Self.arguments + ["--markdown", "gate.md"])
        #expect(output.status == 1)
        let markdown = try fixture.runner.read("gate.md")
        #expect(markdown.hasPrefix("## IFEval gate: FAIL\n"))
        #expect(markdown.contains("Baseline **base \\<v1> & \"friends\" \\| x**"))
        #expect(markdown.contains("| `prompt_level_strict_acc` | 1.0000 | 0.8333 | -0.1667 | **FAIL** |"))
        #expect(markdown.contains("| `inst_level_strict_acc` | 1.0000 | 0.9167 | -0.0833 | **FAIL** |"))
        #expect(markdown.contains("| `prompt_level_loose_acc` | 1.0000 | 0.8333 | -0.1667 | not gated |"))
        #expect(markdown.contains("| `punctuation:no_comma` | 1.0000 | 0.8333 | -0.1667 | 10 | 0 | 60 |"))
        #expect(!markdown.contains("startend:quotation"), "ids that did not drop are not listed")
    }

    @Test func appendsToTheGitHubStepSummary() throws {
        let summary = try fixture.runner.write("step-summary.md", "previous step\n")
        let first = try fixture.gate(Self.arguments + ["--markdown", "gate.md"], stepSummary: summary)
        #expect(first.status == 1)
        let markdown = try fixture.runner.read("gate.md")
        #expect(try fixture.runner.read("step-summary.md") == "previous step\n\n" + markdown)
        let second = try fixture.gate(["--baseline", "cand", "--candidate", "cand"], stepSummary: summary)
        #expect(second.status == 0)
        let appended = try fixture.runner.read("step-summary.md")
        #expect(appended.hasPrefix("previous step\n\n" + markdown + "\n## IFEval gate: PASS\n"))
    }

    @Test func unwritableReportExitsThreeAndKeepsNoPartialFile() throws {
        let output = try fixture.gate(Self.arguments + ["--junit", "no/such/folder/gate.xml"])
        #expect(output.status == 3)
        #expect(output.stderr.contains("cannot write no/such/folder/gate.xml"))
        #expect(output.stdout.isEmpty)
    }
}
