import Foundation
import IFEvalEngine
import NIOCore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Graceful shutdown (in flight finishes, new connections refused), SIGTERM on the
/// `ifeval serve` executable, concurrent clients, clients that go away, and metrics.
final class LifecycleTests: XCTestCase {
    static let item = #"{"instruction_id_list": ["punctuation:no_comma", "detectable_format:title"], "kwargs": [{}, {}], "response": "<<T>>\nno commas"}"#

    func testGracefulShutdownFinishesInFlightRequestsAndRefusesNewConnections() async throws {
        let (entered, enteredSignal) = AsyncStream<Void>.makeStream()
        let gate = Gate()
        let server = try await TestServer.start(beforeScoring: { _ in
            enteredSignal.yield()
            await gate.wait()
        })
        let port = server.port
        let url = "http://127.0.0.1:\(port)/v1/verify"
        let body = #"{"items": [\#(Self.item)], "mode": "strict"}"#
        let inFlight = Task { () async throws -> Answer in try await HTTP.post(url, body) }
        var iterator = entered.makeAsyncIterator()
        _ = await iterator.next()
        let stopping = Task { try await server.stop() }
        // The listening socket closes: new connections are refused (within 10 s).
        var refused = false
        for _ in 0..<200 where !refused {
            refused = !RawSocket.canConnect(port: port)
            if !refused { try await Task.sleep(for: .milliseconds(50)) }
        }
        XCTAssertTrue(refused, "the server still accepts connections while shutting down")
        await gate.open()
        let answer = try await inFlight.value
        XCTAssertEqual(answer.status, 200)
        XCTAssertEqual(answer.text, #"{"results": [{"strict": [true, true], "reward": {"strict": 1.0}}]}"# + "\n")
        try await stopping.value
    }

    func testServeExecutableStopsOnSIGTERM() async throws {
        let process = Process()
        process.executableURL = Executable.ifeval
        process.arguments = ["serve", "--port", "0", "--jobs", "2"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // "ifeval serve: listening on http://127.0.0.1:PORT (...)"
        var text = ""
        while !text.contains("\n") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        let port = try XCTUnwrap(text.split(separator: ":").last.flatMap { Int($0.prefix { $0.isNumber }) }, text)
        XCTAssertTrue(text.hasPrefix("ifeval serve: listening on http://127.0.0.1:"), text)
        let health = try await HTTP.get("http://127.0.0.1:\(port)/health")
        XCTAssertEqual(health.status, 200)
        let verify = try await HTTP.post("http://127.0.0.1:\(port)/v1/verify", #"{"items": [\#(Self.item)], "mode": "strict"}"#)
        XCTAssertEqual(verify.text, #"{"results": [{"strict": [true, true], "reward": {"strict": 1.0}}]}"# + "\n")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)
    }

    /// Eight clients at once, each with its own batch: each answer equals the answer to
    /// the same request sent alone.
    func testConcurrentClientsGetTheirOwnAnswers() async throws {
        let server = try await TestServer.start()
        let responses = ["no commas", "a, b", "<<T>>", "<<T>>\nx, y", "", "ok\n*", "one, two, three", "plain"]
        var bodies: [String] = []
        for (index, _) in responses.enumerated() {
            let items = (0..<(index * 7 + 1)).map { n in
                #"{"instruction_id_list": ["punctuation:no_comma", "detectable_format:title"], "kwargs": [{}, {}], "response": \#(JSONWriter.string(.string(responses[(index + n) % responses.count])))}"#
            }
            bodies.append(#"{"items": [\#(items.joined(separator: ", "))], "reasons": true}"#)
        }
        var alone: [String] = []
        for body in bodies { alone.append(try await HTTP.post(server.base + "/v1/verify", body).text) }
        let url = server.base + "/v1/verify"
        let together = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for _ in 0..<3 {
                for (index, body) in bodies.enumerated() {
                    group.addTask { (index, try await HTTP.post(url, body).text) }
                }
            }
            var answers: [(Int, String)] = []
            for try await answer in group { answers.append(answer) }
            return answers
        }
        XCTAssertEqual(together.count, 24)
        for (index, text) in together { XCTAssertEqual(text, alone[index]) }
        try await server.stop()
    }

    /// A client that closes its connection before its batch is scored costs nothing:
    /// none of its items is scored (the metrics count them as not scored).
    func testAClientThatGoesAwayGetsNothingScored() async throws {
        let (entered, enteredSignal) = AsyncStream<Void>.makeStream()
        let server = try await TestServer.start(beforeScoring: { clientGone in
            enteredSignal.yield()
            // Wait until the server has seen the connection close (at most 20 s).
            for _ in 0..<400 where !clientGone() {
                try? await Task.sleep(for: .milliseconds(50))
            }
        })
        // Over 64 KiB: the connection is watched while the batch is scored.
        let items = Array(repeating: Self.item, count: 700).joined(separator: ", ")
        let body = Array(#"{"items": [\#(items)]}"#.utf8)
        let socket = try XCTUnwrap(RawSocket(port: server.port))
        socket.send(Array("POST /v1/verify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body)
        var iterator = entered.makeAsyncIterator()
        _ = await iterator.next()
        socket.close()
        // The next request is answered after the abandoned one has been handled.
        var metrics = ""
        for _ in 0..<200 {
            metrics = try await HTTP.get(server.base + "/metrics").text
            if metrics.contains(#"ifeval_items_total{endpoint="/v1/verify",outcome="not_scored"}"#) { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        XCTAssertTrue(metrics.contains(#"ifeval_items_total{endpoint="/v1/verify",outcome="not_scored"} 700"#), metrics)
        XCTAssertFalse(metrics.contains(#"outcome="scored""#), metrics)
        try await server.stop()
    }

    func testMetricsCountRequestsItemsVerdictsAndLatency() async throws {
        let server = try await TestServer.start()
        let url = server.base + "/v1/verify"
        // Two requests: 3 items (6 strict verdicts: "a, b" fails both) and one invalid request.
        let items = [Self.item, Self.item, #"{"instruction_id_list": ["punctuation:no_comma", "detectable_format:title"], "kwargs": [{}, {}], "response": "a, b"}"#]
        _ = try await HTTP.post(url, #"{"items": [\#(items.joined(separator: ", "))]}"#)
        _ = try await HTTP.post(url, "{")
        _ = try await HTTP.get(server.base + "/health")
        let metrics = try await HTTP.get(server.base + "/metrics")
        XCTAssertEqual(metrics.status, 200)
        XCTAssertTrue(metrics.contentType?.hasPrefix("text/plain") ?? false)
        let text = metrics.text
        for line in [
            #"ifeval_http_requests_total{endpoint="/v1/verify",status="200"} 1"#,
            #"ifeval_http_requests_total{endpoint="/v1/verify",status="400"} 1"#,
            #"ifeval_http_requests_total{endpoint="/health",status="200"} 1"#,
            #"ifeval_items_total{endpoint="/v1/verify",outcome="scored"} 3"#,
            #"ifeval_verdicts_total{mode="strict",followed="true"} 4"#,
            #"ifeval_verdicts_total{mode="strict",followed="false"} 2"#,
            #"ifeval_verdicts_total{mode="loose",followed="true"} 4"#,
            #"ifeval_verdicts_total{mode="loose",followed="false"} 2"#,
            #"ifeval_http_request_duration_seconds_count{endpoint="/v1/verify"} 2"#,
            #"ifeval_batch_items_count{endpoint="/v1/verify"} 1"#,
        ] {
            XCTAssertTrue(text.contains(line + "\n"), "missing \(line) in:\n\(text)")
        }
        XCTAssertTrue(text.contains(#"ifeval_http_request_duration_seconds_bucket{endpoint="/v1/verify",le="+Inf"} 2"#), text)
        try await server.stop()
    }
}

/// Opens once, then lets every waiter through.
actor Gate {
    private var isOpen = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func wait() async {
        if isOpen { return }
        await withCheckedContinuation { waiters.append($0) }
    }

    func open() {
        isOpen = true
        for waiter in waiters { waiter.resume() }
        waiters = []
    }
}

/// A plain TCP connection to loopback, for what an HTTP client library hides: whether a
/// connection is accepted, and a client that goes away mid-request.
final class RawSocket {
    private var descriptor: Int32

    init?(port: Int) {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if connected != 0 {
            Glibc.close(descriptor)
            return nil
        }
    }

    static func canConnect(port: Int) -> Bool {
        guard let socket = RawSocket(port: port) else { return false }
        socket.close()
        return true
    }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return }
            offset += sent
        }
    }

    func close() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
    }

    deinit { close() }
}
