import Foundation
import PlexeFoundation
import Testing

@testable import PlexeServer

/// The order in which workers take jobs: users in turn, ingest first.
@Suite struct JobTurnTests {
    /// A catalog with users 1, 2 and 3.
    func catalog(_ backend: CatalogBackend) throws -> any SQLCatalog {
        let c = try backend.temporaryCatalog()
        for name in ["a", "b", "c"] { _ = try c.createToken(email: "\(name)@example.com") }
        return c
    }

    func queue(_ c: any SQLCatalog, _ id: String, user: Int64, type: JobType = .export, at time: Int64) throws {
        try c.insertJob(.test(id, user: user, type: type, at: time))
    }

    /// Claims and finishes jobs one at a time, as a single worker would.
    func drain(_ c: any SQLCatalog) throws -> [String] {
        var order: [String] = []
        while let job = try c.claimNextJob(now: 100) {
            order.append(job.id)
            try c.finishJob(id: job.id, attempt: job.attempts, status: .completed, resultJSON: nil, failure: nil, now: 100)
        }
        return order
    }

    @Test(arguments: CatalogBackend.tested) func oneUsersQueueDoesNotHoldBackAnother(_ backend: CatalogBackend) throws {
        let c = try catalog(backend)
        for i in 0..<5 { try queue(c, "a\(i)", user: 1, at: Int64(i)) }
        try queue(c, "b0", user: 2, type: .analysis, at: 10)
        // A's first export is older, so it goes first; B's analysis comes next, not sixth.
        #expect(try drain(c) == ["a0", "b0", "a1", "a2", "a3", "a4"])
    }

    @Test(arguments: CatalogBackend.tested) func usersAlternateEvenWhenOneQueuedEverythingFirst(_ backend: CatalogBackend) throws {
        let c = try catalog(backend)
        for i in 0..<3 { try queue(c, "a\(i)", user: 1, at: Int64(i)) }
        for i in 0..<3 { try queue(c, "b\(i)", user: 2, at: Int64(10 + i)) }
        for i in 0..<2 { try queue(c, "c\(i)", user: 3, at: Int64(20 + i)) }
        #expect(try drain(c) == ["a0", "b0", "c0", "a1", "b1", "c1", "a2", "b2"])
    }

    @Test(arguments: CatalogBackend.tested) func theUserWithFewestRunningJobsGoesFirst(_ backend: CatalogBackend) throws {
        let c = try catalog(backend)
        for i in 0..<4 { try queue(c, "a\(i)", user: 1, at: Int64(i)) }
        try queue(c, "b0", user: 2, at: 10)
        try queue(c, "b1", user: 2, at: 11)
        // Two workers take a0 and b0; when b0 ends, B has none running and A one: B again.
        #expect(try c.claimNextJob(now: 100)?.id == "a0")
        #expect(try c.claimNextJob(now: 100)?.id == "b0")
        try c.finishJob(id: "b0", attempt: 1, status: .completed, resultJSON: nil, failure: nil, now: 101)
        #expect(try c.claimNextJob(now: 101)?.id == "b1")
        #expect(try c.claimNextJob(now: 101)?.id == "a1")
    }

    @Test(arguments: CatalogBackend.tested) func aUsersIngestGoesBeforeTheirOtherJobs(_ backend: CatalogBackend) throws {
        let c = try catalog(backend)
        try queue(c, "export", user: 1, at: 0)
        try queue(c, "optimize", user: 1, type: .optimize, at: 1)
        try queue(c, "ingest", user: 1, type: .ingest, at: 5)
        #expect(try drain(c) == ["ingest", "export", "optimize"])
    }

    @Test(arguments: CatalogBackend.tested) func ingestIsNotHeldUpBehindItsOwnersRunningExport(_ backend: CatalogBackend) throws {
        let c = try catalog(backend)
        try queue(c, "a-export", user: 1, at: 0)
        #expect(try c.claimNextJob(now: 100)?.id == "a-export")
        for i in 0..<3 { try queue(c, "b\(i)", user: 2, at: Int64(1 + i)) }
        try queue(c, "a-ingest", user: 1, type: .ingest, at: 10)
        // A has a job running and B none, yet A's upload is processed first.
        #expect(try c.claimNextJob(now: 100)?.id == "a-ingest")
        // A second ingest of A's (one running already) waits for its turn like other jobs.
        try queue(c, "a-ingest-2", user: 1, type: .ingest, at: 11)
        #expect(try c.claimNextJob(now: 100)?.id == "b0")
    }

    @Test(arguments: CatalogBackend.tested) func aRequeuedJobKeepsItsPlace(_ backend: CatalogBackend) throws {
        let c = try catalog(backend)
        try queue(c, "a0", user: 1, at: 0)
        try queue(c, "b0", user: 2, at: 1)
        #expect(try c.claimNextJob(now: 100)?.id == "a0")
        #expect(try c.requeueInterruptedJobs() == 1)
        // A had the last turn, so B goes first after the restart; A's job is not lost.
        #expect(try drain(c) == ["b0", "a0"])
    }
}

/// What counts against each quota, and where the limits fall.
@Suite struct QuotaArithmeticTests {
    func catalog(_ backend: CatalogBackend) throws -> any SQLCatalog {
        let c = try backend.temporaryCatalog()
        for name in ["a", "b"] { _ = try c.createToken(email: "\(name)@example.com") }
        return c
    }

    func upload(_ id: String, user: Int64 = 1, status: UploadRecord.Status = .pending, expiresAt: Int64 = 1000, declared: [Int64?]) -> UploadRecord {
        let files = declared.enumerated().map { i, size in
            UploadFileRecord(
                uploadID: id, position: i, filename: "f\(i).csv", contentType: "text/csv", declaredSize: size,
                storageKey: "uploads/\(id)/\(i)", sizeBytes: nil, format: nil, table: nil, rowCount: nil, columnCount: nil,
                csvDialect: nil, rowOffsets: [], errorLine: nil, errorMessage: nil, createdAt: 0)
        }
        return UploadRecord(
            id: id, userID: user, name: nil, description: nil, status: status, createdAt: 0, expiresAt: expiresAt,
            processedAt: nil, foreignKeys: [], files: files)
    }

    @Test(arguments: CatalogBackend.tested) func storedBytesCountDeclaredThenActualSizesAndExports(_ backend: CatalogBackend) throws {
        let c = try catalog(backend)
        try c.insertUpload(upload("upload_a", declared: [100, nil, 20]))
        try c.insertUpload(upload("upload_other", user: 2, declared: [5000]))
        #expect(try c.storedBytes(userID: 1) == 120)
        // At confirm the sizes found in storage replace the declared ones (nil counted 0).
        #expect(try c.setFileSizes(uploadID: "upload_a", userID: 1, sizes: ["f0.csv": 100, "f1.csv": 7, "f2.csv": 20], maxStoredBytes: 1000) == nil)
        #expect(try c.storedBytes(userID: 1) == 127)
        try c.insertJob(.test("export_1", user: 1, type: .export, uploadID: "upload_a", at: 0))
        try c.replaceExportFiles(
            exportID: "export_1",
            files: [
                ExportFileRecord(exportID: "export_1", filename: "f0.parquet", storageKey: "k1", sizeBytes: 40),
                ExportFileRecord(exportID: "export_1", filename: "f1.parquet", storageKey: "k2", sizeBytes: 3),
            ])
        #expect(try c.storedBytes(userID: 1) == 170)
        #expect(try c.storedBytes(userID: 2) == 5000)
        try c.deleteUpload(id: "upload_a")
        #expect(try c.storedBytes(userID: 1) == 0)
    }

    @Test(arguments: CatalogBackend.tested) func uploadCreateChecksDeclaredBytesUpToTheLimitInclusive(_ backend: CatalogBackend) throws {
        let c = try catalog(backend)
        #expect(try c.insertUpload(upload("u1", declared: [600]), maxStoredBytes: 1000, maxPendingUploads: 10, now: 0) == nil)
        #expect(
            try c.insertUpload(upload("u2", declared: [300, 101]), maxStoredBytes: 1000, maxPendingUploads: 10, now: 0) == .storedBytes(stored: 600))
        #expect(try c.upload(id: "u2") == nil)
        #expect(try c.insertUpload(upload("u3", declared: [300, 100]), maxStoredBytes: 1000, maxPendingUploads: 10, now: 0) == nil)
        // Full: only files of undeclared size (counted at confirm) still fit.
        #expect(try c.insertUpload(upload("u4", declared: [1]), maxStoredBytes: 1000, maxPendingUploads: 10, now: 0) == .storedBytes(stored: 1000))
        #expect(try c.insertUpload(upload("u5", declared: [nil]), maxStoredBytes: 1000, maxPendingUploads: 10, now: 0) == nil)
        // Another user's bytes are their own.
        #expect(try c.insertUpload(upload("u6", user: 2, declared: [1000]), maxStoredBytes: 1000, maxPendingUploads: 10, now: 0) == nil)
    }

    @Test(arguments: CatalogBackend.tested) func confirmChecksActualSizesAgainstEverythingElseStored(_ backend: CatalogBackend) throws {
        let c = try catalog(backend)
        try c.insertUpload(upload("kept", declared: [700]))
        try c.insertUpload(upload("new", declared: [nil]))
        // 700 elsewhere + 301 found > 1000: refused, nothing recorded.
        #expect(try c.setFileSizes(uploadID: "new", userID: 1, sizes: ["f0.csv": 301], maxStoredBytes: 1000) == 700)
        #expect(try c.storedBytes(userID: 1) == 700)
        #expect(try c.setFileSizes(uploadID: "new", userID: 1, sizes: ["f0.csv": 300], maxStoredBytes: 1000) == nil)
        #expect(try c.storedBytes(userID: 1) == 1000)
        // The upload's own declared size is replaced, not added to.
        try c.insertUpload(upload("declared", user: 2, declared: [900]))
        #expect(try c.setFileSizes(uploadID: "declared", userID: 2, sizes: ["f0.csv": 900], maxStoredBytes: 1000) == nil)
    }

    @Test(arguments: CatalogBackend.tested) func pendingUploadsCountOnlyUnexpiredPendingOnes(_ backend: CatalogBackend) throws {
        let c = try catalog(backend)
        try c.insertUpload(upload("done", status: .complete, declared: [nil]))
        try c.insertUpload(upload("expired", expiresAt: 50, declared: [nil]))
        #expect(try c.insertUpload(upload("p1", expiresAt: 300, declared: [nil]), maxStoredBytes: 1 << 40, maxPendingUploads: 2, now: 100) == nil)
        #expect(try c.insertUpload(upload("p2", expiresAt: 200, declared: [nil]), maxStoredBytes: 1 << 40, maxPendingUploads: 2, now: 100) == nil)
        // The soonest expiry tells when a place frees up.
        #expect(
            try c.insertUpload(upload("p3", declared: [nil]), maxStoredBytes: 1 << 40, maxPendingUploads: 2, now: 100)
                == .pendingUploads(soonestExpiry: 200))
        #expect(try c.setUploadStatus(id: "p2", to: .processing, from: [.pending]))
        #expect(try c.insertUpload(upload("p3", declared: [nil]), maxStoredBytes: 1 << 40, maxPendingUploads: 2, now: 100) == nil)
        #expect(try c.insertUpload(upload("other", user: 2, declared: [nil]), maxStoredBytes: 1 << 40, maxPendingUploads: 2, now: 100) == nil)
    }

    @Test(arguments: CatalogBackend.tested) func queuedJobsCountAnalysisAndExportsPendingOrRunning(_ backend: CatalogBackend) throws {
        let c = try catalog(backend)
        func job(_ id: String, _ type: JobType, user: Int64 = 1, estimate: Int64? = nil) -> JobRecord {
            .test(id, user: user, type: type, at: 10, estimate: estimate)
        }
        let types = JobType.userStarted
        try c.insertJob(job("ingest", .ingest))
        try c.insertJob(job("optimize", .optimize))
        #expect(try c.insertJob(job("e1", .export, estimate: 90), ifUserHasFewerThan: 2, activeOf: types, now: 10) == nil)
        #expect(try c.insertJob(job("a1", .analysis, estimate: 40), ifUserHasFewerThan: 2, activeOf: types, now: 10) == nil)
        #expect(try c.insertJob(job("e2", .export), ifUserHasFewerThan: 2, activeOf: types, now: 10) == 40)
        #expect(try c.job(id: "e2") == nil)
        #expect(try c.insertJob(job("b1", .export, user: 2), ifUserHasFewerThan: 2, activeOf: types, now: 10) == nil)
        // Running still counts; finished does not.
        while try c.claimNextJob(now: 11) != nil {}
        #expect(try c.job(id: "a1")?.status == .running && c.job(id: "e1")?.status == .running)
        #expect(try c.insertJob(job("e2", .export), ifUserHasFewerThan: 2, activeOf: types, now: 10) == 40)
        try #require(try c.finishJob(id: "a1", attempt: 1, status: .failed, resultJSON: nil, failure: JobFailure(.internalError, "x"), now: 12))
        #expect(try c.insertJob(job("e2", .export), ifUserHasFewerThan: 2, activeOf: types, now: 10) == nil)
    }

    @Test func runningQueriesAreCountedPerUser() {
        let running = RunningQueries()
        #expect(running.enter(1, limit: 2))
        #expect(running.enter(1, limit: 2))
        #expect(!running.enter(1, limit: 2))
        #expect(running.enter(2, limit: 2))
        running.leave(1)
        #expect(running.running(1) == 1)
        #expect(running.enter(1, limit: 2))
        running.leave(1)
        running.leave(1)
        running.leave(2)
        #expect(running.running(1) == 0 && running.running(2) == 0)
    }

    @Test func userQueryRateDefaultsToThreeSessionsWorth() throws {
        let base = ["PLEXE_HOME": "/tmp/x"]
        #expect(try ServerConfig.fromEnvironment(base).userQueriesPerMinute == 90)
        #expect(try ServerConfig.fromEnvironment(base.merging(["PLEXE_QUERIES_PER_MINUTE": "100"]) { $1 }).userQueriesPerMinute == 300)
        #expect(try ServerConfig.fromEnvironment(base.merging(["PLEXE_USER_QUERIES_PER_MINUTE": "45"]) { $1 }).userQueriesPerMinute == 45)
        #expect(throws: ConfigError.self) { try ServerConfig.fromEnvironment(base.merging(["PLEXE_USER_MAX_QUEUED_JOBS": "0"]) { $1 }) }
        let config = try ServerConfig.fromEnvironment(base)
        #expect(config.maxStoredBytesPerUser == 100 << 30 && config.maxPendingUploadsPerUser == 20)
        #expect(config.maxQueuedJobsPerUser == 20 && config.maxConcurrentQueriesPerUser == 4)
    }
}
