import CoreMetrics
import Foundation
import Metrics
import Prometheus

/// The server's metrics, through swift-metrics handles backed by a Prometheus registry of
/// this server's own (not the process-wide `MetricsSystem`, so that several servers, as in
/// the tests, keep separate counts). `GET /metrics` writes the registry in Prometheus'
/// text format.
final class ServerMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory

    init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // Latency buckets from 1 ms (a one-item batch) to 30 s (a time limit).
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
            .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5),
            .seconds(10), .seconds(30),
        ]
        factory.defaultValueHistogramBuckets = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096]
        self.factory = factory
    }

    /// One answered request: its endpoint, status and time from head to answer.
    func request(endpoint: String, status: Int, duration: Duration) {
        Counter(label: "ifeval_http_requests_total", dimensions: [("endpoint", endpoint), ("status", String(status))], factory: factory)
            .increment()
        Metrics.Timer(label: "ifeval_http_request_duration_seconds", dimensions: [("endpoint", endpoint)], factory: factory)
            .recordNanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    /// One scored batch: items by outcome, verdicts by mode and result, and the batch size.
    func batch(endpoint: String, scored: Int, invalid: Int, notScored: Int, verdicts: [(mode: String, followed: Bool, count: Int)]) {
        for (outcome, count) in [("scored", scored), ("invalid", invalid), ("not_scored", notScored)] where count > 0 {
            Counter(label: "ifeval_items_total", dimensions: [("endpoint", endpoint), ("outcome", outcome)], factory: factory)
                .increment(by: count)
        }
        for verdict in verdicts where verdict.count > 0 {
            Counter(label: "ifeval_verdicts_total", dimensions: [("mode", verdict.mode), ("followed", String(verdict.followed))], factory: factory)
                .increment(by: verdict.count)
        }
        Recorder(label: "ifeval_batch_items", dimensions: [("endpoint", endpoint)], aggregate: true, factory: factory)
            .record(scored + invalid + notScored)
    }

    /// The registry in Prometheus' text format.
    func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
