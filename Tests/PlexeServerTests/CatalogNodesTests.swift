import Dispatch
import Foundation
import Logging
import PlexeFoundation
import Synchronization
import Testing

@testable import PlexeServer

/// Several nodes on one catalog: two catalog objects over the same database, each with its own
/// connections and node id, as two machines would have.
@Suite struct CatalogNodesTests {
    /// Node A's catalog with users 1 and 2, an upload of user 1's, and node B over the same database.
    func twoNodes(_ backend: CatalogBackend, leaseSeconds: Int64 = 30, maxAttempts: Int = 3) throws -> (a: any SQLCatalog, b: any SQLCatalog) {
        let a = try backend.temporaryCatalog(node: "node-a", leaseSeconds: leaseSeconds, maxAttempts: maxAttempts)
        for name in ["one", "two"] { _ = try a.createToken(email: "\(name)@example.com") }
        try a.insertUpload(
            UploadRecord(
                id: "upload_1", userID: 1, name: nil, description: nil, status: .complete, createdAt: 0, expiresAt: 0,
                processedAt: nil, foreignKeys: [], files: []))
        let b = try CatalogBackend.otherNode(of: a, node: "node-b", leaseSeconds: leaseSeconds, maxAttempts: maxAttempts)
        return (a, b)
    }

    /// Runs `body(i)` for i in 0..<count on as many threads at once, and returns the results.
    func race<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) -> [Result<T, any Error>] {
        let results = Mutex<[Result<T, any Error>]>([])
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let result = Result { try body(i) }
            results.withLock { $0.append(result) }
        }
        return results.withLock { $0 }
    }

    @Test(arguments: CatalogBackend.tested) func twoNodesNeverBothTakeTheLastSessionPlace(_ backend: CatalogBackend) throws {
        let (a, b) = try twoNodes(backend)
        let outcomes = race(12) { i in
            try (i % 2 == 0 ? a : b).insertSessionIfUnderLimit(
                SessionRecord(
                    id: "session_\(i)", userID: 1, uploadID: "upload_1", name: nil, status: .ready, createdAt: 100, expiresAt: 1000,
                    endedAt: nil), limit: 3, now: 100)
        }
        let inserted = try outcomes.filter { try $0.get() == nil }
        #expect(inserted.count == 3)
        #expect(try a.activeSessions(userID: 1, now: 100).count == 3)
    }

    @Test(arguments: CatalogBackend.tested) func twoNodesNeverBothTakeTheLastJobPlace(_ backend: CatalogBackend) throws {
        let (a, b) = try twoNodes(backend)
        let outcomes = race(12) { i in
            try (i % 2 == 0 ? a : b).insertJob(
                .test("export_\(i)", user: 2, type: .export, at: 10), ifUserHasFewerThan: 4, activeOf: JobType.userStarted, now: 10)
        }
        #expect(try outcomes.filter { try $0.get() == nil }.count == 4)
        #expect(try a.read { try $0.first("SELECT COUNT(*) AS n FROM jobs WHERE user_id = 2", []) { try $0.int("n") } } == 4)
    }

    @Test(arguments: CatalogBackend.tested) func twoNodesNeverClaimTheSameJob(_ backend: CatalogBackend) throws {
        let (a, b) = try twoNodes(backend)
        for i in 0..<24 { try a.insertJob(.test("job_\(i)", user: Int64(1 + i % 2), type: .analysis, at: Int64(i))) }
        // Eight claimers, four per node, each claiming until the queue is empty.
        let claims = race(8) { worker -> [(String, String?)] in
            let node = worker % 2 == 0 ? a : b
            var mine: [(String, String?)] = []
            while let job = try node.claimNextJob(now: 100) { mine.append((job.id, job.leaseOwner)) }
            return mine
        }
        let claimed = try claims.flatMap { try $0.get() }
        #expect(claimed.count == 24)
        #expect(Set(claimed.map(\.0)).count == 24, "no job was claimed twice")
        #expect(claimed.allSatisfy { $0.1 == "node-a" || $0.1 == "node-b" })
        #expect(try a.jobCountsByStatus() == ["running": 24])
    }

    @Test(arguments: CatalogBackend.tested) func aLapsedLeaseIsTakenOverAndTheOldHolderCannotFinish(_ backend: CatalogBackend) throws {
        let (a, b) = try twoNodes(backend, leaseSeconds: 30)
        try a.insertJob(.test("job_1", user: 1, type: .export, at: 0))
        let first = try #require(try a.claimNextJob(now: 100))
        #expect(first.leaseOwner == "node-a" && first.leaseExpiresAt == 130 && first.attempts == 1)
        #expect(try b.claimNextJob(now: 120) == nil, "a live lease is not taken")
        // The heartbeat moves the lease on; B waits for the renewed one.
        #expect(try a.renewJobLease(id: "job_1", attempt: 1, now: 125))
        #expect(try b.claimNextJob(now: 150) == nil)
        // A stops renewing (it died, or stalled): after 155 B takes the job over.
        let second = try #require(try b.claimNextJob(now: 160))
        #expect(second.id == "job_1" && second.leaseOwner == "node-b" && second.attempts == 2 && second.progress == 0)
        // A wakes up: its progress, heartbeat and result are all refused.
        try a.updateJobProgress(id: "job_1", attempt: 1, progress: 0.9)
        #expect(try !a.renewJobLease(id: "job_1", attempt: 1, now: 161))
        #expect(try !a.finishJob(id: "job_1", attempt: 1, status: .completed, resultJSON: "{\"from\":\"a\"}", failure: nil, now: 162))
        #expect(try a.job(id: "job_1")?.progress == 0)
        #expect(try b.finishJob(id: "job_1", attempt: 2, status: .completed, resultJSON: "{\"from\":\"b\"}", failure: nil, now: 170))
        let done = try #require(try a.job(id: "job_1"))
        #expect(done.status == .completed && done.resultJSON == "{\"from\":\"b\"}" && done.completedAt == 170)
    }

    /// The attempt tells apart two claims by one node: a worker that stalled past its lease
    /// while the same node claimed the job again cannot record its outcome.
    @Test(arguments: CatalogBackend.tested) func aStaleWorkerOfTheSameNodeCannotFinish(_ backend: CatalogBackend) throws {
        let (a, _) = try twoNodes(backend, leaseSeconds: 10)
        try a.insertJob(.test("job_1", user: 1, type: .export, at: 0))
        #expect(try a.claimNextJob(now: 100)?.attempts == 1)
        #expect(try a.claimNextJob(now: 111)?.attempts == 2)
        #expect(try !a.finishJob(id: "job_1", attempt: 1, status: .failed, resultJSON: nil, failure: JobFailure(.internalError, "x"), now: 112))
        #expect(try a.finishJob(id: "job_1", attempt: 2, status: .completed, resultJSON: nil, failure: nil, now: 113))
        #expect(try a.job(id: "job_1")?.status == .completed)
    }

    @Test(arguments: CatalogBackend.tested) func aRestartRequeuesOnlyItsOwnJobsAndLapsedOnes(_ backend: CatalogBackend) throws {
        let (a, b) = try twoNodes(backend, leaseSeconds: 30)
        try a.insertJob(.test("job_a", user: 1, type: .export, at: 0))
        try a.insertJob(.test("job_b", user: 2, type: .export, at: 1))
        #expect(try a.claimNextJob(now: 100)?.id == "job_a")
        #expect(try b.claimNextJob(now: 100)?.id == "job_b")
        // A restarts: its own job goes back to the queue, B's (B is alive) keeps running.
        #expect(try a.requeueInterruptedJobs(now: 110) == 1)
        #expect(try a.job(id: "job_a")?.status == .pending)
        let running = try #require(try a.job(id: "job_b"))
        #expect(running.status == .running && running.leaseOwner == "node-b")
        // Once B's lease lapsed (B died too), a restart takes its job back as well.
        #expect(try a.requeueInterruptedJobs(now: 131) == 1)
        #expect(try a.job(id: "job_b")?.status == .pending)
    }

    @Test(arguments: CatalogBackend.tested) func aJobWhoseNodeKeepsDyingFailsAsNodeLost(_ backend: CatalogBackend) throws {
        let (a, b) = try twoNodes(backend, leaseSeconds: 30, maxAttempts: 2)
        try a.insertJob(.test("job_1", user: 1, type: .export, at: 0))
        #expect(try a.claimNextJob(now: 100)?.attempts == 1)
        #expect(try b.claimNextJob(now: 131)?.attempts == 2)
        // The second node died too: the job is not tried a third time.
        #expect(try a.claimNextJob(now: 162) == nil)
        let failed = try #require(try a.job(id: "job_1"))
        #expect(failed.status == .failed && failed.errorCode == "node_lost" && failed.completedAt == 162)
        #expect(failed.error?.contains("2 times") == true)
    }

    /// An upload whose file brings down every node that ingests it ends `failed`, with the
    /// reason on its file, instead of staying `processing` and being queued again by the sweep.
    @Test(arguments: CatalogBackend.tested) func anIngestWhoseNodeKeepsDyingFailsItsUpload(_ backend: CatalogBackend) throws {
        let (a, b) = try twoNodes(backend, leaseSeconds: 30, maxAttempts: 2)
        let file = UploadFileRecord(
            uploadID: "upload_2", position: 0, filename: "crash.csv", contentType: "text/csv", declaredSize: nil,
            storageKey: "uploads/upload_2/0-crash.csv", sizeBytes: nil, format: nil, table: nil, rowCount: nil, columnCount: nil,
            csvDialect: nil, rowOffsets: [], errorLine: nil, errorMessage: nil, createdAt: 0)
        try a.insertUpload(
            UploadRecord(
                id: "upload_2", userID: 1, name: nil, description: nil, status: .processing, createdAt: 0, expiresAt: 0,
                processedAt: nil, foreignKeys: [], files: [file]))
        try a.insertJob(.test("job_ingest", user: 1, type: .ingest, uploadID: "upload_2", at: 0))
        // Another upload whose ingest is only interrupted once: it stays processing and queued.
        try a.insertUpload(
            UploadRecord(
                id: "upload_3", userID: 2, name: nil, description: nil, status: .processing, createdAt: 0, expiresAt: 0,
                processedAt: nil, foreignKeys: [], files: []))
        try a.insertJob(.test("job_other", user: 2, type: .ingest, uploadID: "upload_3", at: 1))
        #expect(try a.claimNextJob(now: 100)?.id == "job_ingest")
        #expect(try a.claimNextJob(now: 100)?.id == "job_other")
        #expect(try b.claimNextJob(now: 131)?.id == "job_ingest")
        // Both nodes died on it: the third claim fails the job, and with it the upload.
        _ = try a.claimNextJob(now: 162)
        #expect(try a.job(id: "job_ingest")?.errorCode == "node_lost")
        let upload = try #require(try a.upload(id: "upload_2"))
        #expect(upload.status == .failed && upload.processedAt == 162)
        #expect(upload.files.first?.errorMessage?.contains("stopped before it finished, 2 times") == true)
        #expect(try a.upload(id: "upload_3")?.status == .processing)
        // The sweep finds nothing to queue again for the failed upload.
        #expect(try a.processingUploadsWithoutIngestJob().map(\.id).contains("upload_2") == false)
    }

    /// The runner renews the lease of the job it runs every third of the lease time.
    @Test(arguments: CatalogBackend.tested) func theRunnerRenewsTheLeaseWhileAJobRuns(_ backend: CatalogBackend) throws {
        let catalog = try backend.temporaryCatalog(node: "node-a", leaseSeconds: 3)
        _ = try catalog.createToken(email: "r@example.com")
        let runner = JobRunner(catalog: catalog, concurrency: 1, logger: Logger(label: "test"), leaseSeconds: 3)
        let seen = Mutex<(claimed: Int64?, later: Int64?)>((nil, nil))
        runner.register(.export) { context in
            // Past two heartbeats (every 1 s), before the lease (3 s) would lapse without them.
            Thread.sleep(forTimeInterval: 2.5)
            let later = try catalog.job(id: context.job.id)?.leaseExpiresAt
            seen.withLock { $0 = (context.job.leaseExpiresAt, later) }
            return nil
        }
        try catalog.insertJob(.test("job_1", user: 1, type: .export, at: Timestamp.now()))
        #expect(runner.runNextJob())
        let (claimed, later) = seen.withLock { $0 }
        let claimedAt = try #require(claimed)
        #expect(try #require(later) > claimedAt, "the heartbeat moved the lease on")
        let done = try #require(try catalog.job(id: "job_1"))
        #expect(done.status == .completed && done.leaseExpiresAt == nil)
    }

    /// An idempotency key's stored answer (a BLOB / BYTEA body) comes back byte for byte.
    @Test(arguments: CatalogBackend.tested) func idempotencyKeysKeepTheFirstAnswer(_ backend: CatalogBackend) throws {
        let (a, b) = try twoNodes(backend)
        func claim(_ hash: String) -> IdempotencyKeyClaim {
            IdempotencyKeyClaim(userID: 1, key: "k1", route: "POST /data/sessions", requestHash: hash, expiredBefore: 0, abandonedBefore: 0)
        }
        #expect(try a.claimIdempotencyKey(claim("h1"), now: 100) == .claimed)
        #expect(try b.claimIdempotencyKey(claim("h1"), now: 101) == .inFlight)
        #expect(try b.claimIdempotencyKey(claim("h2"), now: 101) == .differentRequest(route: "POST /data/sessions"))
        let answer = StoredAnswer(status: 201, headers: [["Location", "/x"]], body: [0, 1, 0x5c, 0x78, 0xff, 0x27])
        try a.finishIdempotencyKey(userID: 1, key: "k1", answer: answer)
        #expect(try b.claimIdempotencyKey(claim("h1"), now: 102) == .answered(answer))
        #expect(try a.deleteIdempotencyKeys(createdBefore: 101) == 1)
        #expect(try b.claimIdempotencyKey(claim("h2"), now: 103) == .claimed)
    }

    /// Queries of one session asked on two nodes at once each get a place of their own in the
    /// session's history (seq 1…n, none twice): the history's order is the order they were stored.
    @Test(arguments: CatalogBackend.tested) func queriesAskedAtOnceGetDistinctPlacesInTheHistory(_ backend: CatalogBackend) throws {
        let (a, b) = try twoNodes(backend)
        _ = try a.insertSessionIfUnderLimit(
            SessionRecord(
                id: "session_1", userID: 1, uploadID: "upload_1", name: nil, status: .ready, createdAt: 100, expiresAt: 1000,
                endedAt: nil), limit: 3, now: 100)
        let outcomes = race(16) { i in
            try (i % 2 == 0 ? a : b).insertQuery(
                QueryRecord(
                    id: "query_\(i)", sessionID: "session_1", queryType: .sql, query: "SELECT \(i)", generatedSQL: "SELECT \(i)",
                    status: .completed, executedAt: 100, executionTimeMs: 1, engine: nil))
        }
        for outcome in outcomes { try outcome.get() }
        let places = try a.read { try $0.all("SELECT seq FROM queries WHERE session_id = 'session_1' ORDER BY seq", []) { try $0.int("seq") } }
        #expect(places == Array(1...16))
    }
}
