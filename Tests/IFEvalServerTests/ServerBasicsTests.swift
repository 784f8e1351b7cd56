import IFEvalEngine
import XCTest

/// `/health`, `/v1/instructions`, unknown paths and methods, over HTTP.
final class ServerBasicsTests: XCTestCase {
    func testHealthAnswersOKWithTheSuite() async throws {
        let server = try await TestServer.start()
        let answer = try await HTTP.get(server.base + "/health")
        XCTAssertEqual(answer.status, 200)
        XCTAssertEqual(answer.contentType, "application/json")
        XCTAssertEqual(answer.text, #"{"status": "ok", "suite": "ifeval"}"# + "\n")
        try await server.stop()
    }

    func testInstructionsListsTheSuiteWithArgumentsAndDescriptions() async throws {
        let server = try await TestServer.start()
        let answer = try await HTTP.get(server.base + "/v1/instructions")
        XCTAssertEqual(answer.status, 200)
        let value = try answer.json()
        XCTAssertEqual(value["suite"]?.stringValue, "ifeval")
        let instructions = try XCTUnwrap(value["instructions"]?.arrayValue)
        XCTAssertEqual(instructions.count, 25)
        XCTAssertEqual(instructions.compactMap { $0["id"]?.stringValue }, Suite.ifeval.ids)
        let frequency = try XCTUnwrap(instructions.first { $0["id"]?.stringValue == "keywords:frequency" })
        XCTAssertEqual(frequency["arguments"]?.arrayValue?.compactMap(\.stringValue).sorted(), ["frequency", "keyword", "relation"])
        XCTAssertEqual(frequency["category"]?.stringValue, "keywords")
        for instruction in instructions {
            XCTAssertFalse(instruction["description"]?.stringValue?.isEmpty ?? true, "\(instruction)")
        }
        try await server.stop()
    }

    func testUnknownPathAndWrongMethodAnswerJSONErrors() async throws {
        let server = try await TestServer.start()
        let missing = try await HTTP.get(server.base + "/v2/nothing")
        XCTAssertEqual(missing.status, 404)
        XCTAssertEqual(try missing.error().code, "not_found")
        let wrongMethod = try await HTTP.get(server.base + "/v1/verify")
        XCTAssertEqual(wrongMethod.status, 405)
        XCTAssertEqual(try wrongMethod.error().code, "method_not_allowed")
        // Still serving.
        let health = try await HTTP.get(server.base + "/health")
        XCTAssertEqual(health.status, 200)
        try await server.stop()
    }
}
