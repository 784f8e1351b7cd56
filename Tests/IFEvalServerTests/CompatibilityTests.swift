import IFEvalEngine
import XCTest

/// The OpenRLHF (`/get_reward`) and NeMo Gym (`/verify`) shapes.
final class CompatibilityTests: XCTestCase {
    static let prompt = "<|im_start|>user\nWrite without commas and end with Bye.<|im_end|>\n<|im_start|>assistant\n"

    /// Labels as OpenRLHF passes a `--label_key` column: a JSON string, or an object.
    func testOpenRLHFRewardsFromQueriesPromptsAndLabels() async throws {
        let server = try await TestServer.start()
        let label = #"{"instruction_id_list": ["punctuation:no_comma", "startend:end_checker"], "kwargs": [{}, {"end_phrase": "Bye."}]}"#
        let labelString = JSONWriter.string(.string(label))
        let prompt = JSONWriter.string(.string(Self.prompt))
        let queries = [Self.prompt + "Hello there. Bye.<|im_end|>", Self.prompt + "Hello, there. Bye.<|im_end|>", Self.prompt + "Hi\nBye.\n**<|im_end|>"]
            .map { JSONWriter.string(.string($0)) }
        let body = #"{"query": [\#(queries.joined(separator: ", "))], "prompts": [\#(prompt), \#(prompt), \#(prompt)], "labels": [\#(labelString), \#(label), \#(labelString)]}"#
        // Strict, all-or-nothing: 1 (both followed), 0 (a comma), 0 (ends with "**").
        let strict = try await HTTP.post(server.base + "/get_reward?eos=%3C%7Cim_end%7C%3E", body)
        XCTAssertEqual(strict.status, 200, strict.text)
        XCTAssertEqual(strict.text, #"{"rewards": [1.0, 0.0, 0.0], "scores": [1.0, 0.0, 0.0], "extra_logs": {"ifeval_strict": [1.0, 0.0, 0.0], "ifeval_loose": [1.0, 0.0, 1.0], "ifeval_invalid": [0.0, 0.0, 0.0]}}"# + "\n")
        // Loose and fraction: the third passes loosely (without "*"); the second follows one of two.
        let loose = try await HTTP.post(server.base + "/get_reward?eos=%3C%7Cim_end%7C%3E&mode=loose&reward=fraction", body)
        XCTAssertEqual(try XCTUnwrap(loose.json()["rewards"]), .array(["1.0", "0.5", "1.0"].map { .number(JSONNumber(text: $0)) }))
        // Without eos, the end token stays in the response: the end phrase is not at the end.
        let withToken = try await HTTP.post(server.base + "/get_reward", body)
        XCTAssertEqual(try XCTUnwrap(withToken.json()["rewards"]), .array(["0.0", "0.0", "0.0"].map { .number(JSONNumber(text: $0)) }))
        try await server.stop()
    }

    func testOpenRLHFBadInput() async throws {
        let server = try await TestServer.start()
        let url = server.base + "/get_reward"
        let missingLabels = try await HTTP.post(url, #"{"query": ["a"], "prompts": ["a"]}"#)
        XCTAssertEqual(missingLabels.status, 400)
        XCTAssertTrue(try missingLabels.error().message.contains("labels"))
        let counts = try await HTTP.post(url, #"{"query": ["a", "b"], "prompts": ["a"], "labels": ["{}", "{}"]}"#)
        XCTAssertEqual(counts.status, 400)
        let notPrefix = try await HTTP.post(url, #"{"query": ["xyz"], "prompts": ["a"], "labels": [{"instruction_id_list": [], "kwargs": []}]}"#)
        XCTAssertEqual(notPrefix.status, 400)
        XCTAssertEqual(try notPrefix.error().item, 0)
        XCTAssertTrue(try notPrefix.error().message.contains("does not start with its prompt"))
        let badLabel = try await HTTP.post(url + "?invalid_items=score_zero",
                                           #"{"query": ["ab", "ab"], "prompts": ["a", "a"], "labels": ["not json", "{\"instruction_id_list\": [], \"kwargs\": []}"]}"#)
        XCTAssertEqual(badLabel.status, 200, badLabel.text)
        XCTAssertEqual(try XCTUnwrap(badLabel.json()["rewards"]), .array(["0.0", "1.0"].map { .number(JSONNumber(text: $0)) }))
        XCTAssertEqual(try XCTUnwrap(badLabel.json()["extra_logs"]?["ifeval_invalid"]), .array(["1.0", "0.0"].map { .number(JSONNumber(text: $0)) }))
        try await server.stop()
    }

    /// NeMo Gym posts one rollout: the dataset row plus the Responses API output; the
    /// answer echoes it with reward and verdicts.
    func testNeMoGymVerify() async throws {
        let server = try await TestServer.start()
        let body = #"""
        {"id": 8, "prompt": "Answer with a title and without commas.",
         "instruction_id_list": ["detectable_format:title", "punctuation:no_comma", "length_constraints:number_words"],
         "kwargs": [null, {}, {"num_words": 50, "relation": "less than", "keyword": null}],
         "responses_create_params": {"input": [{"role": "user", "content": "Answer with a title and without commas."}]},
         "response": {"id": "resp_1", "output": [{"type": "reasoning", "summary": []},
                      {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "<<Title>>\nA, B"}]}]}}
        """#
        let answer = try await HTTP.post(server.base + "/verify", body)
        XCTAssertEqual(answer.status, 200, answer.text)
        let value = try answer.json()
        XCTAssertEqual(value["follow_instruction_list"], .array([.bool(true), .bool(false), .bool(true)]))
        XCTAssertEqual(value["follow_all_instructions"], .bool(false))
        XCTAssertEqual(value["reward"], .number(JSONNumber(text: "0.0")))
        XCTAssertEqual(value["id"], .number(JSONNumber(8)))
        XCTAssertNotNil(value["responses_create_params"])
        XCTAssertEqual(value["response"]?["id"]?.stringValue, "resp_1")
        let fraction = try await HTTP.post(server.base + "/verify",
                                           body.replacingOccurrences(of: #"{"id": 8,"#, with: #"{"id": 8, "grading_mode": "fraction","#))
        XCTAssertEqual(try fraction.json()["reward"], .number(JSONNumber(text: (2.0 / 3.0).description)))
        let bad = try await HTTP.post(server.base + "/verify", #"{"instruction_id_list": ["x:y"], "kwargs": [{}], "response": "a"}"#)
        XCTAssertEqual(bad.status, 400)
        XCTAssertTrue(try bad.error().message.contains("unknown instruction id"))
        try await server.stop()
    }
}
