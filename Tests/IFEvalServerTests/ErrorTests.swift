import IFEvalEngine
import XCTest

/// Every kind of bad input answers a 4xx JSON error naming the problem (and the item),
/// and the server goes on serving.
final class ErrorTests: XCTestCase {
    static let good = #"{"instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}], "response": "no commas"}"#

    func expect(_ answer: Answer, status: Int, code: String, item: Int? = nil, mentioning words: [String] = [],
                file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(answer.status, status, answer.text, file: file, line: line)
        XCTAssertEqual(answer.contentType, "application/json", file: file, line: line)
        let error = try answer.error()
        XCTAssertEqual(error.code, code, error.message, file: file, line: line)
        XCTAssertEqual(error.item, item, error.message, file: file, line: line)
        for word in words {
            XCTAssertTrue(error.message.contains(word), "\"\(word)\" not in: \(error.message)", file: file, line: line)
        }
    }

    func testBadRequestsAnswer400AndTheServerGoesOn() async throws {
        let server = try await TestServer.start()
        let url = server.base + "/v1/verify"
        try expect(try await HTTP.post(url, #"{"items": [}"#), status: 400, code: "invalid_json", mentioning: ["not valid JSON"])
        try expect(try await HTTP.post(url, "[1, 2]"), status: 400, code: "invalid_request", mentioning: ["JSON object"])
        try expect(try await HTTP.post(url, #"{"itmes": []}"#), status: 400, code: "invalid_request", mentioning: ["unknown member \"itmes\""])
        try expect(try await HTTP.post(url, #"{"items": {"a": 1}}"#), status: 400, code: "invalid_request", mentioning: ["\"items\" must be a list"])
        try expect(try await HTTP.post(url, #"{"items": [], "mode": "lenient"}"#), status: 400, code: "invalid_request", mentioning: ["\"mode\""])
        try expect(try await HTTP.post(url, #"{"items": [], "reasons": "yes"}"#), status: 400, code: "invalid_request", mentioning: ["\"reasons\""])
        try expect(try await HTTP.post(url, #"{"items": [], "suite": "ifbench"}"#), status: 400, code: "invalid_request", mentioning: ["ifbench"])
        try expect(try await HTTP.post(url, #"{"items": [], "think_tags": [["<t>", "</t>"]]}"#), status: 400, code: "invalid_request",
                   mentioning: ["strip_thinking"])
        try expect(try await HTTP.post(url, #"{"items": [], "strip_thinking": true, "think_tags": [["<t>"]]}"#), status: 400,
                   code: "invalid_request", mentioning: ["think_tags"])
        // Wrong types inside items name the item.
        try expect(try await HTTP.post(url, #"{"items": [\#(Self.good), {"instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}], "response": 42}]}"#),
                   status: 400, code: "invalid_items", item: 1, mentioning: ["item 1", "\"response\" must be a string"])
        try expect(try await HTTP.post(url, #"{"items": [\#(Self.good), \#(Self.good), {"instruction_id_list": "punctuation:no_comma", "kwargs": [{}], "response": ""}]}"#),
                   status: 400, code: "invalid_items", item: 2, mentioning: ["instruction_id_list"])
        try expect(try await HTTP.post(url, #"{"items": [{"instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}, {}], "response": ""}]}"#),
                   status: 400, code: "invalid_items", item: 0, mentioning: ["2 objects for 1 instructions"])
        try expect(try await HTTP.post(url, #"{"items": ["text"]}"#), status: 400, code: "invalid_items", item: 0, mentioning: ["JSON object"])
        let health = try await HTTP.get(server.base + "/health")
        XCTAssertEqual(health.status, 200)
        try await server.stop()
    }

    func testUnknownIdsAndBadKwargsNameTheItemAndInstruction() async throws {
        let server = try await TestServer.start()
        let url = server.base + "/v1/verify"
        try expect(try await HTTP.post(url, #"{"items": [\#(Self.good), {"instruction_id_list": ["punctuation:no_comma", "punctuation:no_semicolon"], "kwargs": [{}, {}], "response": "x"}]}"#),
                   status: 400, code: "invalid_items", item: 1, mentioning: ["instruction 1", "punctuation:no_semicolon", "unknown instruction id"])
        try expect(try await HTTP.post(url, #"{"items": [{"instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"num_words": "five", "relation": "less than"}], "response": "x"}]}"#),
                   status: 400, code: "invalid_items", item: 0, mentioning: ["num_words", "integer"])
        try expect(try await HTTP.post(url, #"{"items": [{"instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"num_words": 5, "relation": "about"}], "response": "x"}]}"#),
                   status: 400, code: "invalid_items", item: 0, mentioning: ["relation"])
        try expect(try await HTTP.post(url, #"{"items": [{"instruction_id_list": ["punctuation:no_comma"], "kwargs": [{"word": "x"}], "response": "x"}]}"#),
                   status: 400, code: "invalid_items", item: 0, mentioning: ["unexpected argument 'word'"])
        // A keyword is a Python regular expression; one Python rejects is an error.
        try expect(try await HTTP.post(url, #"{"items": [{"instruction_id_list": ["keywords:existence"], "kwargs": [{"keywords": ["(unclosed"]}], "response": "x"}]}"#),
                   status: 400, code: "invalid_items", item: 0, mentioning: ["keywords:existence", "regular expression"])
        let health = try await HTTP.get(server.base + "/health")
        XCTAssertEqual(health.status, 200)
        try await server.stop()
    }

    /// `(a+)+$` against a run of "a" followed by "!" backtracks exponentially: the
    /// engine stops the search at its budget, and the server rejects the item rather
    /// than give a reward for it.
    func testPathologicalRegexIsRejectedAndTheServerGoesOn() async throws {
        #if DEBUG
        // The engine's budget is now at least 10^9 steps a search (so that it never decides a
        // case CPython's sre decides in seconds): reaching it takes 10-20 s of one core in a
        // release build and minutes in a debug build, past this test's HTTP timeout.
        throw XCTSkip("run in a release build (swift test -c release): a pathological pattern takes minutes to exhaust the budget in a debug build")
        #endif
        let server = try await TestServer.start()
        let url = server.base + "/v1/verify"
        let costly = #"{"instruction_id_list": ["keywords:existence"], "kwargs": [{"keywords": ["(a+)+$"]}], "response": "\#(String(repeating: "a", count: 26))!"}"#
        try expect(try await HTTP.post(url, #"{"items": [\#(Self.good), \#(costly)]}"#),
                   status: 400, code: "invalid_items", item: 1, mentioning: ["(a+)+$", "backtracking budget"])
        // With score_zero, the other items are scored.
        let mixed = try await HTTP.post(url, #"{"items": [\#(Self.good), \#(costly)], "invalid_items": "score_zero", "mode": "strict"}"#)
        XCTAssertEqual(mixed.status, 200, mixed.text)
        let results = try XCTUnwrap(mixed.json()["results"]?.arrayValue)
        XCTAssertEqual(results[0]["strict"], .array([.bool(true)]))
        XCTAssertTrue(results[1]["error"]?.stringValue?.contains("backtracking budget") ?? false, mixed.text)
        XCTAssertEqual(JSONWriter.string(try XCTUnwrap(results[1]["reward"])), #"{"strict": 0.0}"#)
        let health = try await HTTP.get(server.base + "/health")
        XCTAssertEqual(health.status, 200)
        try await server.stop()
    }

    func testScoreZeroScoresTheValidItemsAndMarksTheOthers() async throws {
        let server = try await TestServer.start()
        let body = #"{"items": [\#(Self.good), {"instruction_id_list": ["nope"], "kwargs": [{}], "response": "x"}, 17, \#(Self.good)], "invalid_items": "score_zero"}"#
        let answer = try await HTTP.post(server.base + "/v1/verify", body)
        XCTAssertEqual(answer.status, 200, answer.text)
        let results = try XCTUnwrap(answer.json()["results"]?.arrayValue)
        XCTAssertEqual(results.count, 4)
        for index in [0, 3] {
            XCTAssertEqual(JSONWriter.string(results[index]), #"{"strict": [true], "loose": [true], "reward": {"strict": 1.0, "loose": 1.0}}"#)
        }
        XCTAssertTrue(results[1]["error"]?.stringValue?.contains("unknown instruction id") ?? false)
        XCTAssertTrue(results[2]["error"]?.stringValue?.contains("JSON object") ?? false)
        XCTAssertEqual(JSONWriter.string(try XCTUnwrap(results[2]["reward"])), #"{"strict": 0.0, "loose": 0.0}"#)
        try await server.stop()
    }

    func testLimitsOnBytesItemsAndTime() async throws {
        let small = try await TestServer.start { $0.maxBodyBytes = 1_000; $0.maxItems = 2 }
        let big = #"{"items": [{"instruction_id_list": [], "kwargs": [], "response": "\#(String(repeating: "x", count: 2_000))"}]}"#
        try expect(try await HTTP.post(small.base + "/v1/verify", big), status: 413, code: "body_too_large", mentioning: ["1000 bytes"])
        try expect(try await HTTP.post(small.base + "/v1/verify", #"{"items": [\#(Self.good), \#(Self.good), \#(Self.good)]}"#),
                   status: 413, code: "too_many_items", mentioning: ["3 items", "at most 2"])
        let fits = try await HTTP.post(small.base + "/v1/verify", #"{"items": [\#(Self.good), \#(Self.good)]}"#)
        XCTAssertEqual(fits.status, 200, fits.text)
        try await small.stop()

        // A time limit already passed when scoring starts: nothing is scored.
        let hurried = try await TestServer.start { $0.timeLimit = .zero }
        try expect(try await HTTP.post(hurried.base + "/v1/verify", #"{"items": [\#(Self.good), \#(Self.good)]}"#),
                   status: 503, code: "time_limit", item: 0, mentioning: ["2 of 2 items not scored"])
        let health = try await HTTP.get(hurried.base + "/health")
        XCTAssertEqual(health.status, 200)
        try await hurried.stop()
    }
}
