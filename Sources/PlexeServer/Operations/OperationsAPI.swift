import Foundation
import PlexeFoundation

/// `/livez`, `/readyz` and `/metrics`: what a supervisor, a load balancer and Prometheus ask.
///
/// All three are public to the app; nginx's snippet lets `/metrics` through only from
/// loopback and the addresses an operator allows (README, "Operations").
struct OperationsAPI {
    let app: Application

    /// Free bytes below which `/readyz` says not ready (`PLEXE_READY_MIN_FREE_BYTES`): ingest
    /// and exports write data databases and files there.
    static let defaultMinimumFreeBytes: Int64 = 512 << 20

    func register(in router: inout Router) {
        // Alive: the process answers. Nothing else is checked, so a supervisor restarts
        // only a responder that is truly stuck, never one waiting for a busy disk.
        router.add("GET", "/livez", access: .publicAccess) { _ in
            .json(["status": "ok", "version": .string(BuildVersion.string)])
        }
        router.add("GET", "/readyz", access: .publicAccess) { _ in try readiness() }
        router.add("GET", "/metrics", access: .publicAccess) { _ in
            let body = app.metrics.scrape(jobsByStatus: (try? app.catalog.jobCountsByStatus()) ?? [:],
                                          outboxBacklog: Self.retryBacklog(outboxDirectory: app.config.outboxDirectory))
            return HTTPResponse(status: 200, headers: [("Content-Type", "text/plain; version=0.0.4; charset=utf-8")], body: body)
        }
    }

    /// Ready: the catalog takes a write, the disk has room, and the queue is reported.
    func readiness() throws -> HTTPResponse {
        var problems: [String] = []
        let writable = app.catalog.isWritable()
        if !writable { problems.append("the catalog cannot be written") }
        let minimum = Int64(app.config.environment["PLEXE_READY_MIN_FREE_BYTES"] ?? "") ?? Self.defaultMinimumFreeBytes
        let free = Self.freeBytes(at: app.config.home)
        if let free, free < minimum { problems.append("\(free) bytes free in \(app.config.home), fewer than \(minimum)") }
        if free == nil { problems.append("the free space of \(app.config.home) cannot be read") }
        let jobs = (try? app.catalog.jobCountsByStatus()) ?? [:]
        guard problems.isEmpty else { throw APIError.unavailable("not ready: " + problems.joined(separator: "; ")) }
        return .json([
            "status": "ready",
            "version": .string(BuildVersion.string),
            "checks": [
                "catalog_writable": .bool(writable),
                "disk_free_bytes": .int(free ?? 0),
                "workers": .int(Int64(app.config.workerConcurrency)),
                "jobs_running": .int(Int64(jobs["running"] ?? 0)),
                "queue_depth": .int(Int64(jobs["pending"] ?? 0)),
            ],
        ])
    }

    static func freeBytes(at path: String) -> Int64? {
        var stats = statvfs()
        guard statvfs(path, &stats) == 0 else { return nil }
        return Int64(stats.f_bavail) * Int64(stats.f_frsize)
    }

    /// Messages in the mail retry queue (`outbox/retry/*.eml`).
    static func retryBacklog(outboxDirectory: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: outboxDirectory + "/retry")) ?? []
        return names.filter { $0.hasSuffix(".eml") }.count
    }
}
