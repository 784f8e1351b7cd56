import Foundation
import Testing
import IFEvalEngine

/// Scoring on several threads gives the results of one thread, in the same order, and
/// the slices handed out while scoring add up to the results.
@Suite struct ParallelScoringTests {
    @Test(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
    func resultsDoNotDependOnTheNumberOfThreads() throws {
        let prompts = try PromptSetReader.read(path: SharedData.path("ifeval/mutations/input_data.jsonl"))
        let responses = SharedData.path("ifeval/mutations/responses.jsonl")
        func run(_ threads: Int) throws -> (results: [ScoredPrompt], slices: [[ScoredPrompt]]) {
            let scoring = ScoringRun(evaluator: Evaluator(), missingPolicy: .fail, parallelism: threads)
            var slices: [[ScoredPrompt]] = []
            let results = try scoring.score(prompts: prompts, responsesPath: responses, onResults: { slices.append($0) }).results
            return (results, slices)
        }
        func summary(_ result: ScoredPrompt) -> String {
            let verdicts = (result.evaluation.strict + result.evaluation.loose).map { "\($0.followed) \($0.reason) \(String(describing: $0.looseVariant))" }
            return "\(result.prompt.key) \(result.response.utf8.count) \(verdicts)"
        }
        let one = try run(1)
        #expect(one.results.count == prompts.count)
        for threads in [2, 3] {
            let many = try run(threads)
            #expect(many.results.map(summary) == one.results.map(summary), "\(threads) threads")
            #expect(many.slices.count > 1)
            #expect(many.slices.joined().map(summary) == many.results.map(summary))
        }
    }
}
