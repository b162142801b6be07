import Foundation
import PlexeFoundation
import Synchronization
import Testing

@testable import PlexeQuery

@Suite struct QueryEngineConcurrencyTests {
    static let slowQuery = "WITH RECURSIVE forever(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM forever) SELECT COUNT(*) FROM forever"

    /// A fast query answers while a slow one runs on another thread against the same
    /// database.
    @Test func aSlowQueryDoesNotHoldUpAFastOne() throws {
        let data = try TestDatabase()
        let engine = QueryEngine(maxConnectionsPerDatabase: 1)
        let path = data.path
        let slowFinished = Moment()
        let clock = ContinuousClock()
        let slow = Thread {
            _ = try? engine.run(sql: Self.slowQuery, databasePath: path, limits: QueryLimits(timeout: .milliseconds(1500)))
            slowFinished.value.withLock { $0 = clock.now }
        }
        slow.start()
        Thread.sleep(forTimeInterval: 0.2)

        let start = clock.now
        let fast = try engine.run(sql: "SELECT COUNT(*) FROM customers", databasePath: path, limits: QueryLimits())
        let fastFinished = clock.now
        #expect(fast.rows == [[.int(40)]])
        #expect(fastFinished - start < .milliseconds(500))
        #expect(slowFinished.value.withLock { $0 } == nil, "the slow query should still be running")

        while slowFinished.value.withLock({ $0 }) == nil { Thread.sleep(forTimeInterval: 0.02) }
    }

    @Test func manyThreadsQueryAtOnce() async throws {
        let data = try TestDatabase()
        let engine = QueryEngine(maxConnectionsPerDatabase: 2)
        let path = data.path
        let totals = try await withThrowingTaskGroup(of: JSON.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    try engine.run(sql: "SELECT SUM(quantity) FROM transactions", databasePath: path, limits: QueryLimits()).rows[0][0]
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(totals == Array(repeating: .int(240), count: 16))
        #expect(engine.idleConnectionCount(databasePath: path) <= 2)
    }

    @Test func connectionsAreReused() throws {
        let data = try TestDatabase()
        let engine = QueryEngine()
        for _ in 0..<5 {
            _ = try engine.run(sql: "SELECT 1", databasePath: data.path, limits: QueryLimits())
        }
        #expect(engine.idleConnectionCount(databasePath: data.path) == 1)
        // A refused statement gives its connection back too.
        _ = try? engine.run(sql: "DELETE FROM customers", databasePath: data.path, limits: QueryLimits())
        #expect(engine.idleConnectionCount(databasePath: data.path) == 1)
    }

    @Test func closeConnectionsLetsTheFileGo() throws {
        let data = try TestDatabase()
        let engine = QueryEngine()
        // Another spelling of the same path reaches the same pool.
        let otherSpelling = data.directory.path + "/./data.sqlite"
        _ = try engine.run(sql: "SELECT 1", databasePath: otherSpelling, limits: QueryLimits())
        #expect(engine.openDatabaseCount == 1)
        engine.closeConnections(databasePath: data.path)
        #expect(engine.openDatabaseCount == 0)
        #expect(engine.idleConnectionCount(databasePath: data.path) == 0)
        try FileManager.default.removeItem(atPath: data.path)
        #expect {
            try engine.run(sql: "SELECT 1", databasePath: data.path, limits: QueryLimits())
        } throws: { error in
            (error as? QueryError)?.kind == .unavailable
        }
    }

    @Test func leastRecentlyUsedDatabasesAreClosed() throws {
        let databases = try (0..<3).map { _ in try TestDatabase(customers: 2) }
        let engine = QueryEngine(maxOpenDatabases: 2)
        for data in databases {
            _ = try engine.run(sql: "SELECT 1", databasePath: data.path, limits: QueryLimits())
        }
        #expect(engine.openDatabaseCount == 2)
        #expect(engine.idleConnectionCount(databasePath: databases[0].path) == 0)
        #expect(engine.idleConnectionCount(databasePath: databases[2].path) == 1)
    }
}

/// When something happened on another thread.
private final class Moment: Sendable {
    let value = Mutex<ContinuousClock.Instant?>(nil)
}
