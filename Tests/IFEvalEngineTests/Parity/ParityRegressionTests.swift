import Testing
@testable import IFEvalEngine

/// The classes of disagreement that differential fuzzing found, replayed against the
/// official checkers' verdicts (`Scripts/oracle/parity_vectors.py`): code points rather
/// than graphemes (A), json.loads's nesting depth (C), code-point identity of words and
/// texts (D), CPython's case mappings (L), numeric kwargs compared as Python compares
/// them (N). A vector where the official run raises
/// (`official_error`) is expected as not followed, strict and loose.
@Suite struct ParityRegressionTests {
    @Test func officialVerdicts() throws {
        let vectors = try #require(try Vectors.load("parity_vectors").arrayValue)
        #expect(vectors.count > 250)
        let evaluator = Evaluator(analyzers: .standard)
        var classes: [String: Int] = [:]
        var disagreements: [String] = []
        for (index, vector) in vectors.enumerated() {
            let id = try #require(vector["id"]?.stringValue)
            let response = try #require(vector["response"]?.stringValue)
            var kwargs = try #require(vector["kwargs"]?.objectMembers)
            if let pairs = vector["kwargs_pairs"]?.arrayValue {
                // Members in order with a name given twice, as a JSON object can hold them.
                kwargs = pairs.compactMap { pair in pair.arrayValue.flatMap { p in p[0].stringValue.map { ($0, p[1]) } } }
            }
            let record = PromptRecord(key: .int(index), prompt: "p", instructionIDs: [id], kwargs: [kwargs])
            let evaluation = evaluator.evaluate(try PreparedPrompt(record), response: response)
            let expected = (vector["strict"] == .bool(true), vector["loose"] == .bool(true))
            let got = (evaluation.strict[0].followed, evaluation.loose[0].followed)
            classes[vector["class"]?.stringValue ?? "?", default: 0] += 1
            if got != expected {
                disagreements.append("#\(index) \(id) \(response.unicodeScalars.prefix(40).map { String($0.value, radix: 16) }): official \(expected), ours \(got): \(evaluation.strict[0].reason)")
            }
        }
        #expect(Set(classes.keys) == ["A", "C", "D", "L", "N"])
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements:\n\(disagreements.prefix(20).joined(separator: "\n"))")
    }

    /// The three reproductions of issue 17 (A, C, D), as the official checkers judge them.
    @Test func issueExamples() throws {
        let evaluator = Evaluator(analyzers: .standard)
        func verdict(_ id: String, _ kwargs: String, _ response: String) throws -> (Bool, Bool) {
            let record = PromptRecord(key: .int(0), prompt: "p", instructionIDs: [id], kwargs: [try #require(try JSONParser.parse(kwargs).objectMembers)])
            let evaluation = evaluator.evaluate(try PreparedPrompt(record), response: response)
            return (evaluation.strict[0].followed, evaluation.loose[0].followed)
        }
        #expect(try verdict("startend:end_checker", #"{"end_phrase": "\u0600"}"#, "\u{600}\"") == (true, true))
        let deep = String(repeating: "[", count: 901) + String(repeating: "]", count: 901)
        #expect(try verdict("detectable_format:json_format", "{}", deep) == (true, true))
        #expect(try verdict("keywords:forbidden_words", #"{"forbidden_words": ["e\u0301", "\u00e9"]}"#, "\u{E9}") == (false, false))
    }
}
