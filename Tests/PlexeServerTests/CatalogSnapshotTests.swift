import Foundation
import PlexeFoundation
import Testing

@testable import PlexeServer

/// Reads see one snapshot and cannot write; rows that do not decode are reported.
@Suite struct CatalogSnapshotTests {
    func catalogWithUpload(_ backend: CatalogBackend) throws -> any SQLCatalog {
        let c = try backend.temporaryCatalog()
        _ = try c.createToken(email: "snap@example.com")
        try c.insertUpload(
            UploadRecord(
                id: "upload_1", userID: 1, name: nil, description: nil, status: .pending, createdAt: 0, expiresAt: 100, processedAt: nil,
                foreignKeys: [],
                files: [
                    UploadFileRecord(
                        uploadID: "upload_1", position: 0, filename: "a.csv", contentType: "text/csv",
                        declaredSize: nil, storageKey: "uploads/upload_1/0-a.csv", sizeBytes: nil, format: nil,
                        table: nil, rowCount: nil, columnCount: nil, csvDialect: nil, rowOffsets: [],
                        errorLine: nil, errorMessage: nil, createdAt: 0)
                ]))
        return c
    }

    /// A write that commits between a read's two SELECTs changes both tables; the read sees
    /// neither change, and the next read sees both.
    @Test(arguments: CatalogBackend.tested) func aReaderNeverSeesHalfOfAWrite(_ backend: CatalogBackend) throws {
        let c = try catalogWithUpload(backend)
        let seen = try c.read { reader in
            let status = try reader.first("SELECT status FROM uploads WHERE id = 'upload_1'") { try $0.string("status") }
            try c.write { writer in
                try writer.run("UPDATE uploads SET status = 'processing' WHERE id = 'upload_1'")
                try writer.run("UPDATE upload_files SET size_bytes = 42 WHERE upload_id = 'upload_1'")
            }
            let size = try reader.first("SELECT size_bytes FROM upload_files WHERE upload_id = 'upload_1'") { try $0.optionalInt64("size_bytes") }
            return (status, size ?? nil)
        }
        #expect(seen.0 == "pending" && seen.1 == nil)
        let after = try #require(try c.upload(id: "upload_1"))
        #expect(after.status == .processing && after.files.first?.sizeBytes == 42)
    }

    @Test(arguments: CatalogBackend.tested) func readsCannotWrite(_ backend: CatalogBackend) throws {
        let c = try catalogWithUpload(backend)
        #expect {
            try c.read { try $0.run("UPDATE uploads SET status = 'complete'") }
        } throws: { error in
            // SQLite's query_only connection, PostgreSQL's READ ONLY transaction.
            (error as? SQLiteError)?.message.contains("readonly") == true || (error as? PostgresError)?.isReadOnlyViolation == true
        }
        #expect(try c.upload(id: "upload_1")?.status == .pending)
    }

    @Test(arguments: CatalogBackend.tested) func aCorruptRowIsReportedNotReadAsADefault(_ backend: CatalogBackend) throws {
        let c = try catalogWithUpload(backend)
        try c.write { try $0.run("UPDATE uploads SET status = 'misspelt' WHERE id = 'upload_1'") }
        #expect {
            _ = try c.upload(id: "upload_1")
        } throws: { error in
            guard case CatalogError.corruptRow(let table, let column, let problem) = error else { return false }
            return table == "uploads" && column == "status" && problem.contains("misspelt")
        }
        try c.write { try $0.run("UPDATE uploads SET status = 'pending', foreign_keys_json = '{not json' WHERE id = 'upload_1'") }
        #expect(throws: CatalogError.self) { _ = try c.upload(id: "upload_1") }
    }

    /// A job whose parameters do not decode is failed when a worker claims it (and reported),
    /// so that it neither runs with defaults nor blocks the queue.
    @Test(arguments: CatalogBackend.tested) func aJobThatDoesNotDecodeIsFailedAtItsClaim(_ backend: CatalogBackend) throws {
        let c = try catalogWithUpload(backend)
        try c.insertJob(.test("job_bad", user: 1, type: .analysis, at: 0))
        try c.insertJob(.test("job_good", user: 1, type: .export, at: 1))
        try c.write { try $0.run("UPDATE jobs SET params_json = '{\"upload_id\": 7}' WHERE id = 'job_bad'") }
        #expect(throws: CatalogError.self) { _ = try c.claimNextJob(now: 10) }
        #expect(try c.claimNextJob(now: 11)?.id == "job_good")
        let status = try c.read {
            try $0.first("SELECT status, error_code FROM jobs WHERE id = 'job_bad'") { (try $0.string("status"), try $0.string("error_code")) }
        }
        #expect(status?.0 == "failed" && status?.1 == "internal_error")
    }

    /// Job parameters are read from the rows earlier versions wrote.
    @Test(arguments: CatalogBackend.tested) func jobParametersOfEarlierRowsDecode(_ backend: CatalogBackend) throws {
        let c = try catalogWithUpload(backend)
        try c.write { w in
            try w.run(
                """
                INSERT INTO jobs (id, user_id, type, upload_id, status, params_json, created_at) VALUES
                ('job_a', 1, 'analysis', 'upload_1', 'pending', '{"upload_id":"upload_1","files":["a.csv"],"bytes":10,"analysis_type":"comprehensive"}', 1),
                ('export_e', 1, 'export', 'upload_1', 'pending', '{"upload_id":"upload_1","files":["a.csv"],"bytes":10,"format":null,"include_headers":false,"email_notification":true}', 2),
                ('job_i', 1, 'ingest', 'upload_1', 'pending', '{"upload_id":"upload_1"}', 3)
                """)
        }
        guard case .analysis(let analysis) = try c.job(id: "job_a")?.parameters else {
            Issue.record("not an analysis")
            return
        }
        #expect(analysis == AnalysisJobParameters(uploadID: "upload_1", files: ["a.csv"], bytes: 10, depth: .comprehensive))
        guard case .export(let export) = try c.job(id: "export_e")?.parameters else {
            Issue.record("not an export")
            return
        }
        #expect(export.format == nil && !export.includeHeaders && export.emailNotification)
        guard case .ingest(let ingest) = try c.job(id: "job_i")?.parameters else {
            Issue.record("not an ingest")
            return
        }
        #expect(ingest.bytes == nil && ingest.uploadID == "upload_1")
    }
}
