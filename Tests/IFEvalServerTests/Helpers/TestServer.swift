import AsyncHTTPClient
import Foundation
import IFEvalEngine
@testable import IFEvalServer
import Logging
import NIOCore
import NIOHTTP1
import ServiceLifecycle
import XCTest

/// The real server, in this process, on an ephemeral loopback port, inside a
/// `ServiceGroup` the test can shut down gracefully.
final class TestServer: @unchecked Sendable {
    let port: Int
    private let group: ServiceGroup
    private let running: Task<Void, any Error>

    static func start(_ configure: (inout ServerConfiguration) -> Void = { _ in },
                      beforeScoring: (@Sendable (_ clientGone: @escaping @Sendable () -> Bool) async -> Void)? = nil) async throws -> TestServer {
        var configuration = ServerConfiguration()
        configuration.port = 0
        configure(&configuration)
        var server = VerifierServer(configuration: configuration)
        server.beforeScoring = beforeScoring
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "ifeval-serve-test")
        logger.logLevel = .error
        let app = server.makeApplication(logger: logger) { _, port in continuation.yield(port) }
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let running = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw TestFailure("the server did not start") }
        return TestServer(port: port, group: group, running: running)
    }

    private init(port: Int, group: ServiceGroup, running: Task<Void, any Error>) {
        self.port = port
        self.group = group
        self.running = running
    }

    var base: String { "http://127.0.0.1:\(port)" }

    /// Graceful shutdown: waits until the server has stopped.
    func stop() async throws {
        await group.triggerGracefulShutdown()
        try await running.value
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// An HTTP answer: status and body.
struct Answer {
    var status: Int
    var body: [UInt8]
    var contentType: String?

    var text: String { String(decoding: body, as: UTF8.self) }

    func json() throws -> JSONValue {
        do throws(JSONParser.Failure) {
            return try JSONParser.parse(text)
        } catch {
            throw TestFailure("the answer is not JSON (\(error)): \(text.prefix(300))")
        }
    }

    /// `error.code`, `error.item` and `error.message` of an error answer.
    func error() throws -> (code: String, item: Int?, message: String) {
        let value = try json()
        guard let error = value["error"], let code = error["code"]?.stringValue, let message = error["message"]?.stringValue else {
            throw TestFailure("not an error answer: \(text.prefix(300))")
        }
        var item: Int?
        if case let .number(n)? = error["item"] { item = n.intValue }
        return (code, item, message)
    }
}

/// Calls the server over HTTP with AsyncHTTPClient.
enum HTTP {
    static func request(_ method: HTTPMethod, _ url: String, body: [UInt8]? = nil,
                        headers: [(String, String)] = [("content-type", "application/json")]) async throws -> Answer {
        var request = HTTPClientRequest(url: url)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(300))
        let collected = try await response.body.collect(upTo: 256 << 20)
        return Answer(status: Int(response.status.code), body: Array(collected.readableBytesView),
                      contentType: response.headers.first(name: "content-type"))
    }

    static func post(_ url: String, _ json: String) async throws -> Answer {
        try await request(.POST, url, body: Array(json.utf8))
    }

    static func post(_ url: String, _ value: JSONValue) async throws -> Answer {
        try await request(.POST, url, body: Array(JSONWriter.string(value).utf8))
    }

    static func get(_ url: String) async throws -> Answer {
        try await request(.GET, url, headers: [])
    }
}

/// Reference data beside the project, when it is there.
enum SharedData {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static var ifeval: URL? {
        let url = folder.appendingPathComponent("ifeval")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("input_data.jsonl").path) ? url : nil
    }

    static let skipMessage = "../shared is absent: the server's parity tests against `ifeval score` on the shared data are skipped"

    /// The JSON values of a JSON Lines file.
    static func lines(_ url: URL) throws -> [JSONValue] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            do throws(JSONParser.Failure) { return try JSONParser.parse(String(line)) } catch { throw TestFailure("\(url.lastPathComponent): \(error)") }
        }
    }
}

/// The `ifeval` executable built beside the tests.
enum Executable {
    static var ifeval: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("ifeval")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: "ifeval")
    }

    /// Runs `ifeval` to completion; returns its status and stderr.
    @discardableResult
    static func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = ifeval
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
