import Foundation
package import Prometheus

/// What `/metrics` reports, in the Prometheus text format (swift-prometheus's registry).
///
/// The registry is thread-safe without async: its counters and histograms are atomics and
/// locks, so the FastCGI threads and the job workers record into it directly. Counters are
/// looked up by name and labels on each use (one dictionary lookup under the registry's
/// lock); routes are the route table's patterns (`/data/uploads/{upload_id}`), never raw
/// paths, so the label sets stay few whatever clients send.
package final class OperationalMetrics: Sendable {
    package let registry: PrometheusCollectorRegistry

    /// Request latency buckets, seconds: the API answers in milliseconds, queries in seconds.
    static let requestBuckets: [Duration] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30].map {
        .milliseconds(Int64($0 * 1000))
    }
    /// Job duration buckets, seconds: ingest of a small file to a multi-GB export.
    static let jobBuckets: [Duration] = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900, 3600].map { .milliseconds(Int64($0 * 1000)) }

    package init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        registry.makeGauge(
            descriptor: Self.name("build", "info", "Always 1; the version label is the running binary's"),
            labels: [("version", BuildVersion.string)]
        ).set(to: 1.0)
    }

    /// One answered request. `route` is the matched pattern, or `unmatched`.
    package func observeRequest(method: String, route: String, status: Int, nanoseconds: UInt64) {
        let method = Self.knownMethods.contains(method) ? method : "other"
        registry.makeCounter(
            descriptor: Self.name("http_requests", "total", "Requests answered by the responder, by method, route pattern and status"),
            labels: [("method", method), ("route", route), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: Self.name("http_request_duration", "seconds", "Time the responder took to answer, by method and route pattern"),
            labels: [("method", method), ("route", route)], buckets: Self.requestBuckets
        )
        .recordNanoseconds(Int64(clamping: nanoseconds))
    }

    /// One finished job; `outcome` is `completed` or `failed`.
    package func observeJob(type: String, outcome: String, nanoseconds: UInt64) {
        registry.makeCounter(
            descriptor: Self.name("jobs", "total", "Background jobs finished, by type and outcome"),
            labels: [("type", type), ("outcome", outcome)]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: Self.name("job_duration", "seconds", "Time a background job ran, by type"),
            labels: [("type", type)], buckets: Self.jobBuckets
        )
        .recordNanoseconds(Int64(clamping: nanoseconds))
    }

    /// Rows and bytes of the files an ingest loaded.
    package func observeIngest(rows: Int64, bytes: Int64) {
        registry.makeCounter(descriptor: Self.name("ingest_rows", "total", "Rows loaded from uploaded files")).increment(by: rows)
        registry.makeCounter(descriptor: Self.name("ingest_bytes", "total", "Bytes of uploaded files loaded")).increment(by: bytes)
    }

    /// The scrape: gauges read now (queue depth by job status, mail waiting for a retry), then
    /// everything in the text format.
    package func scrape(jobsByStatus: [String: Int], outboxBacklog: Int) -> [UInt8] {
        for status in ["pending", "running"] {
            registry.makeGauge(
                descriptor: Self.name("jobs", "queued", "Background jobs waiting (pending) or running now"),
                labels: [("status", status)]
            ).set(to: Double(jobsByStatus[status] ?? 0))
        }
        registry.makeGauge(descriptor: Self.name("mail_outbox", "backlog", "E-mails the relay did not take yet, waiting for a retry"))
            .set(to: Double(outboxBacklog))
        return registry.emitToBuffer()
    }

    /// `plexe_<name>_<unit>`. (A function: the descriptor type is not Sendable, so it cannot be a stored constant.)
    static func name(_ name: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "plexe", metricName: name, unitName: unit, helpText: help)
    }

    static let knownMethods: Set<String> = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
}
