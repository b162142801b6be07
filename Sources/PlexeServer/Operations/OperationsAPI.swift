import Foundation
import PlexeFoundation

/// `/livez`, `/readyz` and `/metrics`: what a supervisor, a load balancer and Prometheus ask.
///
/// All three are package to the app; nginx's snippet lets `/metrics` through only from
/// loopback and the addresses an operator allows (README, "Operations").
struct OperationsAPI: Sendable {
    let catalog: any Catalog
    let config: ServerConfig
    let metrics: OperationalMetrics
    /// The object store's check (`PLEXE_STORE=s3`); nil with the local store.
    var store: StoreReadiness? = nil

    /// Free bytes below which `/readyz` says not ready (`PLEXE_READY_MIN_FREE_BYTES`): ingest
    /// and exports write data databases and files there.
    static let defaultMinimumFreeBytes: Int64 = 512 << 20

    /// Alive: the process answers. Nothing else is checked, so a supervisor restarts only a
    /// responder that is truly stuck, never one waiting for a busy disk.
    func live(_ ctx: RequestContext) throws -> HTTPResponse {
        .json(["status": "ok", "version": .string(BuildVersion.string)])
    }

    func scrape(_ ctx: RequestContext) throws -> HTTPResponse {
        let body = metrics.scrape(
            jobsByStatus: (try? catalog.jobCountsByStatus()) ?? [:],
            outboxBacklog: Self.retryBacklog(outboxDirectory: config.outboxDirectory))
        return HTTPResponse(status: .ok, headers: [("Content-Type", "text/plain; version=0.0.4; charset=utf-8")], body: body)
    }

    /// Ready: the catalog takes a write, the disk has room, the object store (if any) answers,
    /// and the queue is reported.
    func ready(_ ctx: RequestContext) throws -> HTTPResponse {
        var problems: [String] = []
        let writable = catalog.isWritable()
        if !writable { problems.append("the catalog cannot be written") }
        let minimum = Int64(config.environment["PLEXE_READY_MIN_FREE_BYTES"] ?? "") ?? Self.defaultMinimumFreeBytes
        let free = Self.freeBytes(at: config.home)
        if let free, free < minimum { problems.append("\(free) bytes free in \(config.home), fewer than \(minimum)") }
        if free == nil { problems.append("the free space of \(config.home) cannot be read") }
        if let problem = store?.problem() { problems.append(problem) }
        let jobs = (try? catalog.jobCountsByStatus()) ?? [:]
        guard problems.isEmpty else { throw APIError.unavailable("not ready: " + problems.joined(separator: "; ")) }
        var checks: [(String, JSON)] = [
            ("catalog_writable", .bool(writable)),
            ("disk_free_bytes", .int(free ?? 0)),
            ("workers", .int(Int64(config.workerConcurrency))),
            ("jobs_running", .int(Int64(jobs["running"] ?? 0))),
            ("queue_depth", .int(Int64(jobs["pending"] ?? 0))),
        ]
        if store != nil { checks.append(("object_store_reachable", .bool(true))) }
        return .json([
            "status": "ready",
            "version": .string(BuildVersion.string),
            "checks": .object(checks),
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
