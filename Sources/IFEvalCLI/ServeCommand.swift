import ArgumentParser
import Dispatch
import Foundation
import IFEvalServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the verifier server: HTTP endpoints that score batches of responses, for RL training loops.",
        discussion: """
        Endpoints: POST /v1/verify (batches: {"items": [{instruction_id_list, kwargs, response, prompt?}], \
        "mode", "reward", "strip_thinking", "reasons", "invalid_items"}), GET /v1/instructions, GET /health, \
        GET /metrics (Prometheus), POST /get_reward (OpenRLHF --remote_rm_url), POST /verify (NeMo Gym). \
        Verdicts are those of `ifeval score`, bit for bit. SIGTERM or SIGINT stops gracefully: requests in \
        flight finish, new connections are refused.

        The server has no authentication: it listens on loopback unless --host says otherwise.

        Examples:
          ifeval serve
          ifeval serve --port 9000 --jobs 8 --max-items 4096
          ifeval serve --host 0.0.0.0 --port 8080      (reachable from other machines: see the README)
        """
    )

    @Option(help: ArgumentHelp("The address to listen on (default: loopback only).", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port (0: any free port; the one chosen is printed).", valueName: "port"))
    var port = 8080

    @Option(help: ArgumentHelp("The instruction suite to verify: ifeval, ifbench or mifeval-ja.", valueName: "name"))
    var suite = "ifeval"

    @Option(help: ArgumentHelp("Threads that score a batch (default: all cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("max-body-bytes"), help: ArgumentHelp("Larger request bodies answer 413.", valueName: "bytes"))
    var maxBodyBytes = 32 << 20

    @Option(name: .customLong("max-items"), help: ArgumentHelp("More items in one request answer 413.", valueName: "n"))
    var maxItems = 10_000

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Seconds one request may spend scoring; then it answers 503.", valueName: "seconds"))
    var timeLimit = 60.0

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if maxBodyBytes < 1 { throw ValidationError("--max-body-bytes must be at least 1") }
        if maxItems < 1 { throw ValidationError("--max-items must be at least 1") }
        if !(timeLimit > 0) { throw ValidationError("--time-limit must be more than 0 seconds") }
        if ServerSuite.named(suite) == nil {
            throw ValidationError("unknown suite \"\(suite)\"; known: " + ServerSuite.all.map(\.name).joined(separator: ", "))
        }
    }

    func run() throws {
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.suite = ServerSuite.named(suite)!
        configuration.jobs = jobs
        configuration.maxBodyBytes = maxBodyBytes
        configuration.maxItems = maxItems
        configuration.timeLimit = .milliseconds(Int64(timeLimit * 1000))
        let server = VerifierServer(configuration: configuration)
        let details = "suite \(configuration.suite.name), \(configuration.jobs) jobs"
        let app = server.makeApplication { host, port in
            // On stdout (unbuffered), so that scripts and the tests can read the port
            // chosen for --port 0.
            FileHandle.standardOutput.write(Data("ifeval serve: listening on http://\(host):\(port) (\(details))\n".utf8))
        }
        // The server runs on Swift concurrency; this thread waits for it.
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                try await app.runService()
            } catch {
                failure.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error {
            throw CommandFailure("the server stopped: \(error)")
        }
        Terminal.note("stopped")
    }
}

private final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}
