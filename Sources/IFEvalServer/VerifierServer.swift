import Foundation
import Hummingbird
import IFEvalEngine
import Logging
import NIOCore
import ServiceLifecycle

/// Settings of `ifeval serve`.
public struct ServerConfiguration: Sendable {
    /// Loopback by default: the server has no authentication.
    public var host = "127.0.0.1"
    /// 0 picks a free port (the tests use that).
    public var port = 8080
    public var suite = ServerSuite.ifeval
    /// Threads that score one batch.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Larger bodies answer 413 before they are read into memory.
    public var maxBodyBytes = 32 << 20
    /// More items in one request answer 413.
    public var maxItems = 10_000
    /// Scoring of one request stops after this; the request answers 503.
    public var timeLimit: Duration = .seconds(60)

    public init() {}
}

/// The request context: Hummingbird's, plus the connection, so that scoring can stop
/// when the client has gone.
struct VerifierRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}

/// `ifeval serve`: an HTTP/1.1 verifier server on Hummingbird 2. Endpoints:
/// `POST /v1/verify`, `GET /v1/instructions`, `GET /health`, `GET /metrics`, and the
/// compatibility endpoints `POST /get_reward` (OpenRLHF's remote reward model) and
/// `POST /verify` (NeMo Gym's instruction-following resource server).
public struct VerifierServer: Sendable {
    public let configuration: ServerConfiguration
    let scorer: BatchScorer
    let metrics: ServerMetrics
    /// Called after a verify request is read and before it is scored, with the check
    /// that tells whether the client has gone (tests hold a request in flight with it).
    var beforeScoring: (@Sendable (_ clientGone: @escaping @Sendable () -> Bool) async -> Void)?

    public init(configuration: ServerConfiguration) {
        self.configuration = configuration
        scorer = BatchScorer(suite: configuration.suite, jobs: max(1, configuration.jobs))
        metrics = ServerMetrics()
    }

    /// The Hummingbird application; `onRunning` gets the bound address (the port is the
    /// real one when 0 was asked). Run it with `runService()` (stops gracefully on
    /// SIGTERM and SIGINT) or inside a `ServiceGroup`.
    public func makeApplication(logger: Logger? = nil,
                                onRunning: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in })
        -> some ApplicationProtocol {
        AnalyzerTables.warmUp()
        var log = logger ?? Logger(label: "ifeval-serve")
        if logger == nil { log.logLevel = .notice }
        return Application(
            router: makeRouter(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "ifeval"),
            onServerRunning: { channel in
                await onRunning(channel.localAddress?.ipAddress ?? configuration.host, channel.localAddress?.port ?? configuration.port)
            },
            logger: log
        )
    }

    func makeRouter() -> Router<VerifierRequestContext> {
        let router = Router(context: VerifierRequestContext.self)
        router.add(middleware: JSONErrorMiddleware())
        router.get("/health") { _, _ in
            self.json(200, endpoint: "/health", start: .now, body: Self.healthBody(suite: configuration.suite))
        }
        router.get("/v1/instructions") { _, _ in
            var out: [UInt8] = []
            JSONWriter.write(configuration.suite.instructionCatalog(), into: &out)
            out.append(UInt8(ascii: "\n"))
            return self.json(200, endpoint: "/v1/instructions", start: .now, body: out)
        }
        router.get("/metrics") { _, _ in
            let body = metrics.exposition()
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        router.post("/v1/verify") { request, context in
            await self.handle(request, context: context, endpoint: "/v1/verify") { (value: JSONValue) throws(APIError) -> Decoded in
                let (options, items) = try RequestDecoding.verifyRequest(value, suite: configuration.suite, maxItems: configuration.maxItems)
                return (options, items, { outcomes in VerifyAnswer.body(outcomes, options: options) })
            }
        }
        router.post("/get_reward") { request, context in
            await self.handle(request, context: context, endpoint: "/get_reward") { (value: JSONValue) throws(APIError) -> Decoded in
                try OpenRLHFEndpoint.decode(value, query: request.uri.queryParameters, maxItems: configuration.maxItems)
            }
        }
        router.post("/verify") { request, context in
            await self.handle(request, context: context, endpoint: "/verify") { (value: JSONValue) throws(APIError) -> Decoded in
                try NeMoGymEndpoint.decode(value)
            }
        }
        for path in ["/v1/verify", "/get_reward", "/verify"] {
            router.get(RouterPath(path)) { _, _ -> Response in
                throw APIError(status: 405, code: "method_not_allowed", "\(path) takes POST with a JSON body")
            }
        }
        return router
    }

    static func healthBody(suite: ServerSuite) -> [UInt8] {
        var out: [UInt8] = []
        JSONWriter.write(.object([("status", .string("ok")), ("suite", .string(suite.name))]), into: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// A decoded request: options, items, and how to write the answer from the outcomes.
    typealias Decoded = (VerifyOptions, [VerifyItem], @Sendable ([ItemOutcome]) -> [UInt8])

    /// Bodies from this size on (or of unknown size) are read while the connection is
    /// watched: when the client closes it, the items not yet started are skipped. The
    /// watch reads the connection past the request, so the connection is closed after
    /// the answer (`Connection: close`); smaller requests, scored in milliseconds, keep
    /// their connection alive.
    static let watchedBodyBytes = 64 << 10

    /// Reads the body (at most `maxBodyBytes`), decodes it, scores the items and answers;
    /// every refusal is a JSON error with its status.
    func handle(_ request: Request, context: VerifierRequestContext, endpoint: String,
                decode: (JSONValue) throws(APIError) -> Decoded) async -> Response {
        let start = ContinuousClock.now
        let length = request.headers[.contentLength].flatMap { Int($0) }
        if let length, length > configuration.maxBodyBytes {
            return json(413, endpoint: endpoint, start: start, body: tooLarge.body)
        }
        guard length ?? Int.max >= Self.watchedBodyBytes else {
            return await respond(body: request.body, endpoint: endpoint, start: start, decode: decode, clientGone: { false })
        }
        let gone = ClientGone()
        do {
            var response = try await request.body.consumeWithInboundCloseHandler({ body in
                await respond(body: body, endpoint: endpoint, start: start, decode: decode, clientGone: { gone.value })
            }, onInboundClosed: { gone.set() })
            response.headers[.connection] = "close"
            return response
        } catch {
            return json(400, endpoint: endpoint, start: start, body: APIError.badRequest("the body could not be read: \(error)").body)
        }
    }

    func respond(body: RequestBody, endpoint: String, start: ContinuousClock.Instant,
                 decode: (JSONValue) throws(APIError) -> Decoded, clientGone: @escaping @Sendable () -> Bool) async -> Response {
        do throws(APIError) {
            let bytes = try await collect(body)
            let value = try bytes.withUnsafeReadableBytes { bytes throws(APIError) in try RequestDecoding.parse(bytes) }
            let (options, items, write) = try decode(value)
            if let beforeScoring { await beforeScoring(clientGone) }
            let outcomes = try await score(items, options: options, endpoint: endpoint, start: start, clientGone: clientGone)
            return json(200, endpoint: endpoint, start: start, body: write(outcomes))
        } catch {
            return json(error.status, endpoint: endpoint, start: start, body: error.body)
        }
    }

    var tooLarge: APIError {
        APIError(status: 413, code: "body_too_large",
                 "the body is larger than this server's limit of \(configuration.maxBodyBytes) bytes (--max-body-bytes): split the batch")
    }

    func collect(_ body: RequestBody) async throws(APIError) -> ByteBuffer {
        do {
            return try await body.collect(upTo: configuration.maxBodyBytes)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw tooLarge
        } catch {
            throw APIError(status: 400, code: "invalid_request", "the body could not be read: \(error)")
        }
    }

    /// Scores a batch under the time limit, stopping when the client goes away; applies
    /// the invalid-item policy and counts the batch.
    func score(_ items: [VerifyItem], options: VerifyOptions, endpoint: String, start: ContinuousClock.Instant,
               clientGone: @escaping @Sendable () -> Bool) async throws(APIError) -> [ItemOutcome] {
        let (outcomes, interruption) = await scorer.score(items, thinking: options.thinking, deadline: start + configuration.timeLimit,
                                                         isAbandoned: clientGone)
        var scored = 0, invalid = 0, notScored = 0
        var counts = [0, 0, 0, 0]  // strict followed/not, loose followed/not
        var problems: [ItemProblem] = []
        for (index, outcome) in outcomes.enumerated() {
            switch outcome {
            case let .scored(evaluation, _):
                scored += 1
                let strictFollowed = evaluation.strict.count(where: \.followed)
                let looseFollowed = evaluation.loose.count(where: \.followed)
                counts[0] += strictFollowed
                counts[1] += evaluation.strict.count - strictFollowed
                counts[2] += looseFollowed
                counts[3] += evaluation.loose.count - looseFollowed
            case let .invalid(message):
                invalid += 1
                if problems.count < ItemProblem.reportLimit { problems.append(ItemProblem(index: index, message: message)) }
            case .notScored:
                notScored += 1
            }
        }
        metrics.batch(endpoint: endpoint, scored: scored, invalid: invalid, notScored: notScored, verdicts: [
            ("strict", true, counts[0]), ("strict", false, counts[1]), ("loose", true, counts[2]), ("loose", false, counts[3]),
        ])
        switch interruption {
        case .timeLimit?:
            let first = outcomes.firstIndex { if case .notScored = $0 { return true } else { return false } } ?? outcomes.count
            throw APIError(status: 503, code: "time_limit",
                           "scoring stopped at the time limit of \(configuration.timeLimit) per request (--time-limit) with \(notScored) of \(outcomes.count) items not scored, from item \(first) on: send smaller batches or raise the limit",
                           item: first)
        case .clientGone?:
            throw APIError(status: 499, code: "client_gone", "the client closed the connection; \(notScored) items were not scored")
        case nil:
            break
        }
        if let first = problems.first, options.invalidItems == .reject {
            let message = problems.count == 1
                ? "item \(first.index): \(first.message)"
                : "\(invalid) invalid items; the first, item \(first.index): \(first.message)"
            throw APIError(status: 400, code: "invalid_items", message + " (send \"invalid_items\": \"score_zero\" to score the others)",
                           item: first.index, items: problems)
        }
        return outcomes
    }

    func json(_ status: Int, endpoint: String, start: ContinuousClock.Instant, body: [UInt8]) -> Response {
        metrics.request(endpoint: endpoint, status: status, duration: .now - start)
        return Response(status: HTTPResponse.Status(code: status), headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// Set when the client closes its connection.
final class ClientGone: Sendable {
    private let gone = Mutex(false)

    var value: Bool { gone.withLock { $0 } }

    func set() { gone.withLock { $0 = true } }
}

/// Errors that escape a handler (an unknown path, an `APIError` thrown by a route)
/// become JSON errors too.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return Self.response(error)
        } catch let error as HTTPError {
            let code = error.status == .notFound ? "not_found" : "http_\(error.status.code)"
            let message = error.status == .notFound
                ? "no endpoint \(request.method) \(request.uri.path); the server answers POST /v1/verify, GET /v1/instructions, GET /health, GET /metrics, POST /get_reward, POST /verify"
                : (error.body ?? error.status.reasonPhrase)
            return Self.response(APIError(status: error.status.code, code: code, message))
        }
    }

    static func response(_ error: APIError) -> Response {
        Response(status: HTTPResponse.Status(code: error.status), headers: [.contentType: "application/json"],
                 body: .init(byteBuffer: ByteBuffer(bytes: error.body)))
    }
}
