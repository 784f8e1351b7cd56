import IFEvalEngine
import XCTest

/// `POST /v1/verify` on hand-worked items: the verdicts follow from the official
/// checkers' definitions (worked out below each item), the answer's shape from the API.
final class VerifyEndpointTests: XCTestCase {
    static let endPhrase = "Is there anything else I can help with?"

    /// - 0: no comma and a title. Strictly the comma fails; loosely, without the last
    ///   line ("Hello, world") no comma is left: [false, true] / [true, true].
    /// - 1: the end phrase followed by "**": strictly the text ends with "**"; loosely,
    ///   without asterisks it ends with the phrase: [false] / [true].
    /// - 2: fewer than 5 words, three words: [true] / [true].
    /// - 3: no instructions: followed (Python's all([])).
    static let items = """
    [
      {"instruction_id_list": ["punctuation:no_comma", "detectable_format:title"], "kwargs": [{}, {}],
       "response": "<<My Title>>\\nHello, world"},
      {"instruction_id_list": ["startend:end_checker"], "kwargs": [{"end_phrase": "\(endPhrase)"}],
       "response": "Hi. \(endPhrase)\\n**", "prompt": "ignored here", "key": 7},
      {"instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"relation": "less than", "num_words": 5}],
       "response": "one two three"},
      {"instruction_id_list": [], "kwargs": [], "response": ""}
    ]
    """

    func testVerdictsAndAllOrNothingRewardsInRequestOrder() async throws {
        let server = try await TestServer.start()
        let answer = try await HTTP.post(server.base + "/v1/verify", #"{"items": \#(Self.items)}"#)
        XCTAssertEqual(answer.status, 200, answer.text)
        XCTAssertEqual(answer.text, """
        {"results": [\
        {"strict": [false, true], "loose": [true, true], "reward": {"strict": 0.0, "loose": 1.0}}, \
        {"strict": [false], "loose": [true], "reward": {"strict": 0.0, "loose": 1.0}}, \
        {"strict": [true], "loose": [true], "reward": {"strict": 1.0, "loose": 1.0}}, \
        {"strict": [], "loose": [], "reward": {"strict": 1.0, "loose": 1.0}}]}

        """)
        try await server.stop()
    }

    func testFractionRewardsStrictModeAndReasons() async throws {
        let server = try await TestServer.start()
        let answer = try await HTTP.post(server.base + "/v1/verify",
                                         #"{"items": \#(Self.items), "mode": "strict", "reward": "fraction", "reasons": true}"#)
        XCTAssertEqual(answer.status, 200, answer.text)
        let results = try XCTUnwrap(answer.json()["results"]?.arrayValue)
        XCTAssertEqual(results.count, 4)
        XCTAssertNil(results[0]["loose"])
        XCTAssertEqual(JSONWriter.string(try XCTUnwrap(results[0]["reward"])), #"{"strict": 0.5}"#)
        XCTAssertEqual(JSONWriter.string(try XCTUnwrap(results[3]["reward"])), #"{"strict": 1.0}"#)
        // One reason per verdict, as the engine words it.
        let reasons = try XCTUnwrap(results[0]["reasons"]?["strict"]?.arrayValue?.compactMap(\.stringValue))
        XCTAssertEqual(reasons.count, 2)
        XCTAssertTrue(reasons[0].contains("comma"), reasons[0])
        try await server.stop()
    }

    /// The Hugging Face layout lists every argument name, `null` where unused; the
    /// official code drops falsy values (`null`, `0`, `""`, `[]`) before building.
    func testHuggingFaceLayoutWithNullsScoresAsTheOfficialLayout() async throws {
        let server = try await TestServer.start()
        let hfKwargs = #"{"num_words": 5, "relation": "less than", "keyword": null, "frequency": null, "num_highlights": 0, "end_phrase": "", "forbidden_words": []}"#
        let body = #"{"items": [{"instruction_id_list": ["length_constraints:number_words", "detectable_format:title"], "kwargs": [\#(hfKwargs), {"prompt_to_repeat": null}], "response": "<<a>> b c d e f"}]}"#
        let answer = try await HTTP.post(server.base + "/v1/verify", body)
        XCTAssertEqual(answer.status, 200, answer.text)
        // Six words: not fewer than 5; the title is there.
        XCTAssertEqual(answer.text, #"{"results": [{"strict": [false, true], "loose": [false, true], "reward": {"strict": 0.0, "loose": 0.0}}]}"# + "\n")
        try await server.stop()
    }

    /// `strip_thinking`: everything up to the last closing tag goes; a trace left open
    /// scores as empty (or as written with "unclosed_thinking": "keep").
    func testStripThinking() async throws {
        let server = try await TestServer.start()
        let items = #"""
        [{"instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}], "response": "<think>a, b</think>No commas here"},
         {"instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}], "response": "<think>still thinking"}]
        """#
        let stripped = try await HTTP.post(server.base + "/v1/verify", #"{"items": \#(items), "strip_thinking": true, "mode": "strict"}"#)
        XCTAssertEqual(stripped.text, #"{"results": [{"strict": [true], "reward": {"strict": 1.0}, "thinking": "stripped"}, {"strict": [false], "reward": {"strict": 0.0}, "thinking": "unclosed"}]}"# + "\n")
        let kept = try await HTTP.post(server.base + "/v1/verify",
                                       #"{"items": \#(items), "strip_thinking": true, "unclosed_thinking": "keep", "think_tags": [["<think>", "</think>"]], "mode": "strict"}"#)
        XCTAssertEqual(kept.text, #"{"results": [{"strict": [true], "reward": {"strict": 1.0}, "thinking": "stripped"}, {"strict": [true], "reward": {"strict": 1.0}, "thinking": "unclosed"}]}"# + "\n")
        let off = try await HTTP.post(server.base + "/v1/verify", #"{"items": \#(items), "mode": "strict"}"#)
        XCTAssertEqual(off.text, #"{"results": [{"strict": [false], "reward": {"strict": 0.0}}, {"strict": [true], "reward": {"strict": 1.0}}]}"# + "\n")
        try await server.stop()
    }

    func testNullResponseScoresAsEmpty() async throws {
        let server = try await TestServer.start()
        let answer = try await HTTP.post(server.base + "/v1/verify",
                                         #"{"items": [{"instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}], "response": null}], "mode": "loose"}"#)
        // An empty response fails every instruction, as in the official code.
        XCTAssertEqual(answer.text, #"{"results": [{"loose": [false], "reward": {"loose": 0.0}}]}"# + "\n")
        try await server.stop()
    }
}
