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
/// and byte budget. Where a database has filter indexes, the statement's plan is checked
/// first, and a plan that can lose with them runs on a second kind of connection that does
/// not see them (see `FilterIndexes`).
public final class QueryEngine: Sendable {
    private let maxConnectionsPerDatabase: Int
    private let maxOpenDatabases: Int
    private let trialNanoseconds: UInt64
    private let pools: Mutex<PoolTable>

    /// The pools by database path, with when each was last used (a counter), so the least
    /// recently used can go when there are too many.
    private struct PoolTable {
        var pools: [String: (pools: Pools, lastUse: UInt64)] = [:]
        var clock: UInt64 = 0
    }

    /// The two kinds of connection to one database: those that see every index, and those
    /// that hide the filter indexes (opened only when a plan needs one).
    private struct Pools {
        let standard: ConnectionPool
        let plain: ConnectionPool

        func close() {
            standard.close()
            plain.close()
        }
    }

    /// - Parameters:
    ///   - maxConnectionsPerDatabase: idle connections kept open per database. More queries
    ///     than this may run on one database at once; the extra connections are closed
    ///     after use.
    ///   - maxOpenDatabases: databases that keep connections open; using one more closes
    ///     the connections of the one least recently used.
    ///   - filterIndexTrial: how long a plan that uses a filter index where it can lose may
    ///     run before it is given up for the plan without them (see `FilterIndexes`); zero
    ///     gives it up at once.
    public init(
        maxConnectionsPerDatabase: Int = 4, maxOpenDatabases: Int = 64,
        filterIndexTrial: Duration = FilterIndexes.defaultTrial
    ) {
        self.maxConnectionsPerDatabase = max(maxConnectionsPerDatabase, 0)
        self.maxOpenDatabases = max(maxOpenDatabases, 1)
        let (seconds, attoseconds) = filterIndexTrial.components
        trialNanoseconds = UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
        self.pools = Mutex(PoolTable())
    }

    /// Runs one read-only statement on the database at `databasePath`.
    ///
    /// A statement whose plan would use a filter index where it can lose gets a short trial
    /// (`filterIndexTrial`); if it has not finished by then, it runs again on a connection
    /// that hides the filter indexes (see `FilterIndexes`), unless its plan there is worse
    /// still, or it does not compile there (it names `rowid`, which the hiding views lack):
    /// then it runs as first planned, without a trial.
    ///
    /// - Throws: `QueryError`; every kind but `.unavailable` is the statement's fault.
    public func run(sql: String, databasePath: String, limits: QueryLimits) throws(QueryError) -> QueryResult {
        let clock = ContinuousClock()
        let start = clock.now
        var result = try runChecked(sql: sql, pools: pools(for: Self.key(databasePath)), limits: limits)
        // The whole of it, the plan checks and any second compile included.
        let elapsed = clock.now - start
        result.executionTimeMs = Int(elapsed.components.seconds) * 1000 + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
        return result
    }

    private func runChecked(sql: String, pools: Pools, limits: QueryLimits) throws(QueryError) -> QueryResult {
        let nestedFullScans: Int
        switch try run(sql: sql, in: pools.standard, limits: limits, check: .filterIndexUse(trialNanoseconds: trialNanoseconds)) {
        case .finished(let result): return result
        case .declined(let count): nestedFullScans = count
        }
        do {
            if case .finished(let result) = try run(sql: sql, in: pools.plain, limits: limits, check: .nestedFullScans(atMost: nestedFullScans)) {
                return result
            }
        } catch  where error.kind == .syntax {
            // Runs as first planned, below.
        }
        switch try run(sql: sql, in: pools.standard, limits: limits, check: .none) {
        case .finished(let result): return result
        case .declined: preconditionFailure("a statement run without a plan check is never declined")
        }
    }

    private func run(
        sql: String, in pool: ConnectionPool, limits: QueryLimits,
        check: QueryConnection.PlanCheck
    ) throws(QueryError) -> QueryConnection.Outcome {
        let connection = try pool.checkOut()
        do {
            let outcome = try connection.run(sql: sql, limits: limits, check: check)
            pool.checkIn(connection)
            return outcome
        } catch {
            // A connection whose file failed is not trusted again.
            if error.kind != .unavailable { pool.checkIn(connection) }
            throw error
        }
    }

    /// Closes every connection to `databasePath`: the idle ones now, those in use when their
    /// query ends. Call it before the file is deleted.
    public func closeConnections(databasePath: String) {
        let removed = pools.withLock { $0.pools.removeValue(forKey: Self.key(databasePath))?.pools }
        removed?.close()
    }

    /// How many databases have connections open (for health reporting and tests).
    public var openDatabaseCount: Int { pools.withLock { $0.pools.count } }

    /// Idle connections kept for `databasePath` (for tests).
    func idleConnectionCount(databasePath: String, hidingFilterIndexes: Bool = false) -> Int {
        pools.withLock { table in
            guard let pools = table.pools[Self.key(databasePath)]?.pools else { return 0 }
            return (hidingFilterIndexes ? pools.plain : pools.standard).idleCount
        }
    }

    private func pools(for key: String) -> Pools {
        let (pools, evicted): (Pools, Pools?) = self.pools.withLock { table in
            table.clock += 1
            if let entry = table.pools[key] {
                table.pools[key] = (entry.pools, table.clock)
                return (entry.pools, nil)
            }
            var evicted: Pools?
            if table.pools.count >= maxOpenDatabases,
                let oldest = table.pools.min(by: { $0.value.lastUse < $1.value.lastUse })
            {
                evicted = table.pools.removeValue(forKey: oldest.key)?.pools
            }
            let pools = Pools(
                standard: ConnectionPool(path: key, capacity: maxConnectionsPerDatabase),
                plain: ConnectionPool(path: key, capacity: maxConnectionsPerDatabase, hidingFilterIndexes: true))
            table.pools[key] = (pools, table.clock)
            return (pools, evicted)
        }
        evicted?.close()
        return pools
    }

    /// One spelling per file, so that `closeConnections` finds the pool `run` made.
    private static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
