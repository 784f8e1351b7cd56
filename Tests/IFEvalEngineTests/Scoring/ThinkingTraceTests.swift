import Foundation
import Testing
@testable import IFEvalEngine

@Suite struct ThinkingTraceTests {
    let stripper = ThinkingTraceStripper()

    @Test func removesThroughTheLastClosingTagAndKeepsTheRestByteForByte() {
        #expect(stripper.strip("<think>a</think>\n\nAnswer.\n").text == "\n\nAnswer.\n")
        #expect(stripper.strip("<think>a</think>answer").text == "answer")
        #expect(stripper.strip("<think>a</think>x<think>b</think>\r\ny").text == "\r\ny")
        #expect(stripper.strip("no trace here").outcome == .unchanged)
    }

    @Test func aClosingTagInsideACodeBlockStillCounts() {
        let response = "<think>t</think>Use:\n```\nprint('</think>')\n```\nDone."
        #expect(stripper.strip(response).text == "')\n```\nDone.")
    }

    @Test func unclosedTracesAreEmptyOrKept() {
        #expect(stripper.strip("<think>cut off by the limit") == ("", .unclosed))
        let keep = ThinkingTraceStripper(unclosed: .keep)
        #expect(keep.strip("<think>cut off") == ("<think>cut off", .unclosed))
    }

    @Test func otherTagPairs() {
        let custom = ThinkingTraceStripper(tags: [.init(open: "<reasoning>", close: "</reasoning>"), .think])
        #expect(custom.strip("<reasoning>r</reasoning>A<think>t</think>B").text == "B")
        #expect(custom.strip("<reasoning>r</reasoning>\nA").text == "\nA")
        #expect(custom.strip("<reasoning>never closed").outcome == .unclosed)
    }

    @Test func nonASCIIAroundTheTagIsKeptExactly() {
        #expect(stripper.strip("<think>é</think>\u{301}café").text == "\u{301}café")
    }

    /// Hand-made reasoning outputs: scoring them with stripping gives the verdicts the
    /// official checkers give on the same answers stripped by hand, and without
    /// stripping the verdicts they give on the raw text (vectors from
    /// `Scripts/oracle/official_eval.py`).
    @Test func verdictsMatchTheOfficialCheckersOnHandStrippedText() throws {
        guard let folder = Bundle.module.url(forResource: "thinking", withExtension: nil, subdirectory: "Vectors") else {
            Issue.record("missing Vectors/thinking")
            return
        }
        let prompts = try PromptSetReader.read(path: folder.appendingPathComponent("prompts.jsonl").path)
        let evaluator = Evaluator()
        for (stripping, expectedFile) in [(true, "official_on_stripped.jsonl"), (false, "official_on_raw.jsonl")] {
            let run = ScoringRun(evaluator: evaluator, thinking: stripping ? stripper : nil)
            let (results, report) = try run.score(prompts: prompts, responsesPath: folder.appendingPathComponent("raw_responses.jsonl").path)
            var expected: [PromptKey: (strict: [Bool], loose: [Bool])] = [:]
            for case let .success(line) in JSONLinesReader(path: folder.appendingPathComponent(expectedFile).path) {
                func bools(_ name: String) -> [Bool] { line.value[name]!.arrayValue!.map { $0 == .bool(true) } }
                if case let .number(n)? = line.value["key"] { expected[.int(n.intValue!)] = (bools("strict"), bools("loose")) }
            }
            for result in results {
                let want = try #require(expected[result.prompt.key])
                #expect(result.evaluation.strict.map(\.followed) == want.strict, "key \(result.prompt.key), stripping \(stripping), strict")
                #expect(result.evaluation.loose.map(\.followed) == want.loose, "key \(result.prompt.key), stripping \(stripping), loose")
            }
            if stripping {
                #expect(report.thinkingStripped == 7)
                #expect(report.thinkingUnclosed == 1)
                let byHand = Dictionary(uniqueKeysWithValues: JSONLinesReader(path: folder.appendingPathComponent("stripped_by_hand.jsonl").path).compactMap { result -> (PromptKey, String)? in
                    guard case let .success(line) = result, case let .number(n)? = line.value["key"] else { return nil }
                    return (.int(n.intValue!), line.value["response"]!.stringValue!)
                })
                for result in results {
                    #expect(result.response == byHand[result.prompt.key], "key \(result.prompt.key)")
                    #expect(result.rawResponse == nil || result.rawResponse != result.response)
                }
            } else {
                #expect(report.closingTagsSeen == 7)
                #expect(report.warnings.contains { if case .thinkingTracesNotStripped = $0 { return true } else { return false } })
            }
        }
    }
}
