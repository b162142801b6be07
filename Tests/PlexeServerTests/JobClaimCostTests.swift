import CSQLite3
import Foundation
import PlexeFoundation
import Testing

@testable import PlexeServer

/// What a claim costs as the queue grows: the turn order is chosen from a few index probes
/// per waiting user (`claimNextJob`), not from an aggregate over every pending job.
@Suite struct JobClaimCostTests {
    static let users = 20

    /// A catalog with `users` users and `pending` pending jobs, dealt to the users in turn,
    /// one second apart: exports, and every tenth an ingest.
    func queue(_ backend: CatalogBackend, pending: Int) throws -> any SQLCatalog {
        let c = try backend.temporaryCatalog()
        for u in 1...Self.users { _ = try c.createToken(email: "user\(u)@example.com") }
        let export = try JobRecord.test("job", user: 1, type: .export, at: 0).parameters.encoded()
        let ingest = try JobRecord.test("job", user: 1, type: .ingest, at: 0).parameters.encoded()
        try c.write { connection in
            for i in 0..<pending {
                let type = i % 10 == 9 ? "ingest" : "export"
                try connection.run(
                    "INSERT INTO jobs (id, user_id, type, status, params_json, created_at) VALUES (?, ?, ?, 'pending', ?, ?)",
                    [
                        .text("job_\(i)"), .integer(Int64(1 + i % Self.users)), .text(type), .text(type == "ingest" ? ingest : export),
                        .integer(Int64(i)),
                    ])
            }
        }
        return c
    }

    /// The median time of a claim and its finish, with `pending` jobs queued (one is added
    /// after each claim, outside the timing, so the queue keeps its length). Printed, for the
    /// figures in README's "Several machines"; the test below is the check.
    @Test(arguments: CatalogBackend.tested) func claimAndFinishTime(_ backend: CatalogBackend) throws {
        let pending = 2_000
        let c = try queue(backend, pending: pending)
        let parameters = try JobRecord.test("job", user: 1, type: .export, at: 0).parameters.encoded()
        var times: [Double] = []
        for i in 0..<200 {
            let started = DispatchTime.now().uptimeNanoseconds
            let job = try #require(try c.claimNextJob(now: 10_000))
            try c.finishJob(id: job.id, attempt: job.attempts, status: .completed, resultJSON: nil, failure: nil, now: 10_000)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
            try c.write { connection in
                try connection.run(
                    "INSERT INTO jobs (id, user_id, type, status, params_json, created_at) VALUES (?, ?, 'export', 'pending', ?, ?)",
                    [.text("more_\(i)"), .integer(job.userID), .text(parameters), .integer(Int64(pending + i))])
            }
        }
        times.sort()
        print(
            "claim + finish, \(pending) pending jobs of \(Self.users) users, \(backend): median \(times[times.count / 2]) ms, p90 \(times[times.count * 9 / 10]) ms"
        )
    }

    /// The work of the claim's two statements (the turn order, the chosen user's job) does
    /// not grow with the queue: ten times the jobs (200 → 2,000, of the same 20 users) cost
    /// about the same. An aggregate over the pending jobs grows tenfold.
    @Test(arguments: CatalogBackend.tested) func claimWorkDoesNotGrowWithTheQueue(_ backend: CatalogBackend) throws {
        let short = try claimWork(try queue(backend, pending: 200))
        let long = try claimWork(try queue(backend, pending: 2_000))
        #expect(short > 0)
        #expect(Double(long) <= Double(short) * 1.5, "work at 200 pending jobs: \(short); at 2,000: \(long)")
    }

    /// A user whose every waiting job another claim holds is passed over, not waited for: the
    /// claim takes the next user's job (PostgreSQL, where claims run side by side).
    @Test func aUserWhoseJobsAreAllBeingClaimedIsPassedOver() throws {
        guard CatalogBackend.tested.contains(.postgres) else { return }
        let a = try CatalogBackend.postgres.temporaryCatalog(node: "node-a")
        for name in ["one", "two"] { _ = try a.createToken(email: "\(name)@example.com") }
        let b = try CatalogBackend.otherNode(of: a, node: "node-b")
        try a.insertJob(.test("a0", user: 1, type: .export, at: 0))
        try a.insertJob(.test("b0", user: 2, type: .export, at: 1))
        let claimedMeanwhile = try b.write { c -> String? in
            // Node B is claiming A's only job: its row is locked until B commits.
            _ = try c.first("SELECT id FROM jobs WHERE id = 'a0' FOR UPDATE", []) { try $0.string("id") }
            return try a.claimNextJob(now: 100)?.id
        }
        #expect(claimedMeanwhile == "b0")
        #expect(try a.claimNextJob(now: 100)?.id == "a0")
    }

    /// Rows of `jobs` that the claim's statements read (PostgreSQL: EXPLAIN ANALYZE's actual
    /// rows, kept or filtered out, of every scan of `jobs`), or the virtual-machine steps
    /// they take (SQLite).
    func claimWork(_ catalog: any SQLCatalog) throws -> Int {
        let statements: [(sql: String, arguments: [SQLiteValue])] = [
            (SQLiteCatalog.usersInTurnOrder, []),
            (SQLiteCatalog.waitingJob(ingest: true, catalog is PostgresCatalog ? .postgres : .sqlite), [.integer(1)]),
            (SQLiteCatalog.waitingJob(ingest: false, catalog is PostgresCatalog ? .postgres : .sqlite), [.integer(1)]),
        ]
        switch catalog {
        case let sqlite as SQLiteCatalog:
            let database = try SQLiteDatabase(path: sqlite.path)
            return try statements.reduce(0) { total, statement in
                let prepared = try database.prepare(statement.sql)
                try prepared.bind(statement.arguments)
                while try prepared.step() {}
                return total + Int(sqlite3_stmt_status(prepared.handle, SQLITE_STMTSTATUS_VM_STEP, 0))
            }
        default:
            return try catalog.write { c in
                // The statistics autovacuum keeps (it has not run on a table just filled);
                // without them the planner guesses. At 200 jobs it may read the whole small
                // table rather than an index, which says nothing of how the work grows.
                try c.run("ANALYZE jobs")
                try c.run("SET LOCAL enable_seqscan = off")
                return try statements.reduce(0) { total, statement in
                    let plan = try #require(
                        try c.first("EXPLAIN (ANALYZE, FORMAT JSON) " + statement.sql, statement.arguments) { try $0.string("QUERY PLAN") })
                    let json = try #require(try JSONSerialization.jsonObject(with: Data(plan.utf8)) as? [[String: Any]])
                    return total + Self.rowsOfJobs(try #require(json.first?["Plan"] as? [String: Any]))
                }
            }
        }
    }

    /// The rows the scans of `jobs` in a plan (and its subplans) read.
    static func rowsOfJobs(_ node: [String: Any]) -> Int {
        var rows = 0
        if node["Relation Name"] as? String == "jobs" {
            let loops = node["Actual Loops"] as? Int ?? 1
            rows += ((node["Actual Rows"] as? Int ?? 0) + (node["Rows Removed by Filter"] as? Int ?? 0)) * loops
        }
        for child in node["Plans"] as? [[String: Any]] ?? [] { rows += rowsOfJobs(child) }
        return rows
    }
}
