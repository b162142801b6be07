import Foundation
import PlexeFoundation

/// A catalog kept in an SQL database: SQLite (`SQLiteCatalog`, one machine) or PostgreSQL
/// (`PostgresCatalog`, several). Both run the same SQL — the `Catalog+Area.swift` extensions
/// of this protocol — and differ only in how they connect and open transactions, and in the
/// few places the dialects differ (`CatalogDialect`).
protocol SQLCatalog: Catalog {
    /// This node's claim on the jobs it runs.
    var leases: JobLeases { get }
    /// Runs `body` inside a read-only transaction that sees one snapshot.
    func read<T>(_ body: (any CatalogConnection) throws -> T) throws -> T
    /// Runs `body` inside one write transaction: all of it commits, or none of it.
    func write<T>(_ body: (any CatalogConnection) throws -> T) throws -> T
    /// The number of migrations applied (`Migrations.all.count` once open).
    func schemaVersion() throws -> Int
}

/// How a node holds the jobs it claims (`claimNextJob`): a lease in the job's row, naming the
/// node and when the claim lapses unless renewed (`renewJobLease`, the runner's heartbeat). A
/// job whose lease lapsed — its node died or lost the database — is claimable again by any
/// node; only the lease holder can record progress or the outcome.
struct JobLeases: Sendable {
    /// `PLEXE_NODE_ID`: this node's name in the leases it takes (default: the host name).
    var nodeID: String
    /// `PLEXE_JOB_LEASE_SECONDS`: how long a claim lasts without a heartbeat.
    var seconds: Int64
    /// `PLEXE_JOB_MAX_ATTEMPTS`: a job claimed this many times whose last claim lapsed (or was
    /// interrupted by a restart) fails with `node_lost` instead of running again.
    var maxAttempts: Int

    static let defaultSeconds: Int64 = 30
    static let defaultMaxAttempts = 3

    /// This host's name, the default node id.
    static var hostName: String { ProcessInfo.processInfo.hostName }

    static func standard() -> JobLeases { JobLeases(nodeID: hostName, seconds: defaultSeconds, maxAttempts: defaultMaxAttempts) }
}

extension ServerConfig {
    /// The catalog this configuration names: PostgreSQL at `PLEXE_CATALOG_URL`, else SQLite in
    /// the state directory.
    func openCatalog() throws -> any SQLCatalog {
        if let catalogURL {
            return try PostgresCatalog(url: catalogURL, leases: jobLeases, maxConnections: catalogConnections, timeouts: catalogTimeouts)
        }
        return try SQLiteCatalog(path: catalogPath, leases: jobLeases)
    }

    /// The PostgreSQL connections one node opens at most: one per FastCGI thread and per job
    /// worker (each holds one during a catalog call), and 4 for the sweeper, the job
    /// heartbeats and a read nested in another. 16 + 2 + 4 = 22 by default, so a server's
    /// default `max_connections` of 100 serves four nodes.
    var catalogConnections: Int { fastCGIThreads + workerConcurrency + 4 }
}

/// The operator's token commands (`plexe-data token …`), on whichever catalog the
/// configuration names.
package struct TokenAdministration: Sendable {
    private let catalog: any Catalog

    package init(config: ServerConfig) throws { catalog = try config.openCatalog() }

    package func createToken(email: String, expiresAt: Int64?) throws -> String { try catalog.createToken(email: email, expiresAt: expiresAt) }
    package func tokens(email: String?) throws -> [TokenRecord] { try catalog.tokens(email: email) }
    package func revokeTokens(_ selector: TokenSelector, now: Int64) throws -> (matched: Int, revoked: Int) {
        try catalog.revokeTokens(selector, now: now)
    }
}
