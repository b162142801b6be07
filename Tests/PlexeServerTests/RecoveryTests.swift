import Foundation
import PlexeFoundation
import Testing

@testable import PlexeServer

/// What start-up and the sweep repair after a process was killed at the wrong moment.
@Suite struct RecoveryTests {
    func upload(_ id: String, status: UploadRecord.Status) -> UploadRecord {
        UploadRecord(
            id: id, userID: 1, name: nil, description: nil, status: status, createdAt: 0, expiresAt: 10_000_000_000,
            processedAt: nil, foreignKeys: [], files: [])
    }

    @Test func anUploadLeftProcessingWithoutItsJobIsQueuedAgain() throws {
        let app = try TestApplication.make()
        _ = try app.catalog.createToken(email: "r@example.com")
        // Killed between the status change and the job insert of a confirm.
        try app.sqliteCatalog.insertUpload(upload("upload_orphan", status: .processing))
        // One whose job is there, and one not processing: both left alone.
        try app.sqliteCatalog.insertUpload(upload("upload_queued", status: .processing))
        try app.jobs.submit(
            .queued(
                id: "job_q", userID: 1, parameters: .ingest(IngestJobParameters(uploadID: "upload_queued", bytes: nil)),
                now: 1, estimatedCompletion: nil))
        try app.sqliteCatalog.insertUpload(upload("upload_done", status: .complete))
        #expect(try app.catalog.processingUploadsWithoutIngestJob().map(\.id) == ["upload_orphan"])
        try app.uploadProcessor.queueOrphanedUploads()
        #expect(try app.catalog.processingUploadsWithoutIngestJob().isEmpty)
        #expect(try app.catalog.jobs(uploadID: "upload_orphan").map(\.type) == [.ingest])
        #expect(try app.catalog.jobs(uploadID: "upload_done").isEmpty)
    }

    @Test func storageNoUploadOrExportOwnsIsSwept() throws {
        let app = try TestApplication.make()
        _ = try app.catalog.createToken(email: "s@example.com")
        try app.sqliteCatalog.insertUpload(upload("upload_pending", status: .pending))
        try app.sqliteCatalog.insertUpload(upload("upload_confirmed", status: .complete))
        let files = app.config.filesDirectory
        func put(_ path: String) throws {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: URL(fileURLWithPath: path))
        }
        let kept = [
            files + "/incoming/uploads/upload_pending/0-a.csv", files + "/uploads/upload_confirmed/0-a.csv",
            app.config.dataDirectory + "/upload_confirmed.sqlite",
        ]
        let swept = [
            files + "/incoming/uploads/upload_confirmed/0-a.csv", files + "/incoming/uploads/upload_gone/0-a.csv",
            files + "/uploads/upload_gone/0-a.csv", files + "/exports/export_gone/a.csv",
            app.config.dataDirectory + "/upload_gone.sqlite", app.config.dataDirectory + "/upload_gone.sqlite.tmp",
        ]
        for path in kept + swept { try put(path) }
        try app.sweeper.removeUnownedStorage()
        for path in kept { #expect(FileManager.default.fileExists(atPath: path), "\(path)") }
        for path in swept { #expect(!FileManager.default.fileExists(atPath: path), "\(path)") }
    }
}
