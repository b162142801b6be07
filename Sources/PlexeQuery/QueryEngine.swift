import Foundation
import Synchronization

/// Runs users' SQL against dataset databases, read-only and within limits.
///
/// One engine serves the whole process; it is safe to call from any number of threads at
/// once. Each database path gets a pool of read-only connections (see `ConnectionPool`), and
/// each query runs on a connection of its own, so a slow query never holds up another.
///
/// Every statement passes three guards before it runs (see `QueryConnection`,
/// `ConnectionHardening`, `QueryAuthorizer`): a read-only, hardened connection; an
/// authorizer that lets SQLite compile only reads; and a check that the text holds exactly
/// one statement, which SQLite reports as read-only. It then runs under a deadline and a row
/// and byte budget.
public final class QueryEngine: Sendable {
    private let maxConnectionsPerDatabase: Int
    private let maxOpenDatabases: Int
    private let pools: Mutex<PoolTable>

    /// The pools by database path, with when each was last used (a counter), so the least
    /// recently used can go when there are too many.
    private struct PoolTable {
        var pools: [String: (pool: ConnectionPool, lastUse: UInt64)] = [:]
        var clock: UInt64 = 0
    }

    /// - Parameters:
    ///   - maxConnectionsPerDatabase: idle connections kept open per database. More queries
    ///     than this may run on one database at once; the extra connections are closed
    ///     after use.
    ///   - maxOpenDatabases: databases that keep connections open; using one more closes
    ///     the connections of the one least recently used.
    public init(maxConnectionsPerDatabase: Int = 4, maxOpenDatabases: Int = 64) {
        self.maxConnectionsPerDatabase = max(maxConnectionsPerDatabase, 0)
        self.maxOpenDatabases = max(maxOpenDatabases, 1)
        self.pools = Mutex(PoolTable())
    }

    /// Runs one read-only statement on the database at `databasePath`.
    ///
    /// - Throws: `QueryError`; every kind but `.unavailable` is the statement's fault.
    public func run(sql: String, databasePath: String, limits: QueryLimits) throws(QueryError) -> QueryResult {
        let pool = pool(for: Self.key(databasePath))
        let connection = try pool.checkOut()
        do {
            let result = try connection.run(sql: sql, limits: limits)
            pool.checkIn(connection)
            return result
        } catch {
            // A connection whose file failed is not trusted again.
            if error.kind != .unavailable { pool.checkIn(connection) }
            throw error
        }
    }

    /// Closes every connection to `databasePath`: the idle ones now, those in use when their
    /// query ends. Call it before the file is deleted.
    public func closeConnections(databasePath: String) {
        let removed = pools.withLock { $0.pools.removeValue(forKey: Self.key(databasePath))?.pool }
        removed?.close()
    }

    /// How many databases have connections open (for health reporting and tests).
    public var openDatabaseCount: Int { pools.withLock { $0.pools.count } }

    /// Idle connections kept for `databasePath` (for tests).
    func idleConnectionCount(databasePath: String) -> Int {
        pools.withLock { $0.pools[Self.key(databasePath)]?.pool.idleCount ?? 0 }
    }

    private func pool(for key: String) -> ConnectionPool {
        let (pool, evicted): (ConnectionPool, ConnectionPool?) = pools.withLock { table in
            table.clock += 1
            if let entry = table.pools[key] {
                table.pools[key] = (entry.pool, table.clock)
                return (entry.pool, nil)
            }
            var evicted: ConnectionPool?
            if table.pools.count >= maxOpenDatabases,
               let oldest = table.pools.min(by: { $0.value.lastUse < $1.value.lastUse }) {
                evicted = table.pools.removeValue(forKey: oldest.key)?.pool
            }
            let pool = ConnectionPool(path: key, capacity: maxConnectionsPerDatabase)
            table.pools[key] = (pool, table.clock)
            return (pool, evicted)
        }
        evicted?.close()
        return pool
    }

    /// One spelling per file, so that `closeConnections` finds the pool `run` made.
    private static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
