import Foundation
import Logging
import PlexeFoundation
import PlexeIngest
import PlexeQuery

/// The `ingest` job: turns a confirmed upload's files into one typed SQLite database.
///
/// Everything is loaded into `<upload>.sqlite.tmp` and published (`DatabaseFiles`) only when
/// every file parsed, so a broken file or a crash never leaves a half-loaded dataset visible.
/// A rerun after a crash starts again from the stored files.
struct UploadProcessor: Sendable {
    let catalog: any Catalog
    let fileStore: any FileStore
    let data: DataDatabases
    let jobs: JobRunner
    let config: ServerConfig
    let logger: Logger
    /// Rows and bytes ingested, for `/metrics`.
    let metrics: OperationalMetrics

    /// Queues ingest again for uploads left `processing` with no ingest job to finish them:
    /// confirm sets the status and queues the job in two steps, and a process killed between
    /// them would otherwise leave the upload `processing` (and undeletable) for ever.
    func queueOrphanedUploads() throws {
        for (uploadID, userID) in try catalog.processingUploadsWithoutIngestJob() {
            logger.notice("queued ingest again for an upload left processing", metadata: ["upload_id": "\(uploadID)"])
            try jobs.submit(
                .queued(
                    id: Crypto.randomID(prefix: "job_"), userID: userID,
                    parameters: .ingest(IngestJobParameters(uploadID: uploadID, bytes: nil)), now: Timestamp.now(), estimatedCompletion: nil))
        }
    }

    func process(_ ctx: JobContext) throws -> JobResult? {
        guard case .ingest(let parameters) = ctx.job.parameters, let upload = try catalog.upload(id: parameters.uploadID) else {
            return nil  // deleted in the meantime: nothing to do
        }
        let uploadID = upload.id
        let tempPath = data.files.workPath(uploadID: uploadID, suffix: ".tmp")
        for suffix in [""] + DataDatabases.journalSuffixes { unlink(tempPath + suffix) }

        var results: [UploadFileRecord] = []
        var failed = false
        var foreignKeys: [ForeignKey] = []
        do {
            let database = try SQLiteDatabase(path: tempPath)
            let tableNames = TableNaming.tableNames(for: upload.files.map(\.filename))
            let count = Double(upload.files.count)
            for (index, file) in upload.files.enumerated() {
                var record = file
                do {
                    // A remote store streams the object into a temporary file: the parsers
                    // read some formats more than once, and Parquet and Excel from the end.
                    let result = try fileStore.withReadable(key: file.storageKey) { stored in
                        let result = try FileIngestor.ingest(
                            path: stored.path, filename: file.filename,
                            tableName: tableNames[index], into: database, options: file.options,
                            progress: { fraction in ctx.progress((Double(index) + fraction) / count * 0.95) })
                        // Previews read the rows of a normalized CSV from its copy.
                        if result.csvDialect?.normalizedCopy == true { try stored.keepDerivedFile(suffix: CSVDialect.normalizedCopySuffix) }
                        return result
                    }
                    record.format = result.format
                    record.table = result.table
                    record.csvDialect = result.csvDialect
                    record.rowOffsets = result.rowOffsets
                    record.encoding = result.encoding
                    record.warnings = result.warnings
                } catch let error as IngestError {
                    failed = true
                    record.errorLine = error.line
                    record.errorMessage = error.message
                } catch {
                    // Whatever else stops a file (SQLite refusing a value, the disk filling up)
                    // fails the upload too, never leaves it `processing`; the details are
                    // for the log, not for the user.
                    failed = true
                    record.errorLine = 0
                    record.errorMessage = "the file could not be loaded (an internal error, logged as job \(ctx.job.id)); check the file or try again"
                    logger.error(
                        "ingest failed",
                        metadata: ["job_id": "\(ctx.job.id)", "upload_id": "\(uploadID)", "file": "\(file.filename)", "error": "\(error)"])
                }
                results.append(record)
                if failed { break }
            }
            if !failed {
                foreignKeys = try DatasetOptimizer.prepare(database: database, tables: results.compactMap(\.table))
                let indexStarted = DispatchTime.now().uptimeNanoseconds
                try TextValueIndex.build(database: database, tables: results.compactMap(\.table))
                logger.info(
                    "value index built",
                    metadata: [
                        "upload_id": "\(uploadID)", "ms": "\((DispatchTime.now().uptimeNanoseconds - indexStarted) / 1_000_000)",
                    ])
            }
        }
        if failed {
            for suffix in [""] + DataDatabases.journalSuffixes { unlink(tempPath + suffix) }
            // Files after the broken one were never read; keep their rows as they were.
            let done = Set(results.map(\.filename))
            results += upload.files.filter { !done.contains($0.filename) }
            try catalog.completeIngest(uploadID: uploadID, results: results, foreignKeys: [], status: .failed)
            return try JobResult(["status": "failed"])
        }
        guard try data.files.publish(uploadID: uploadID, builtAt: tempPath, replacingExisting: false) else {
            unlink(tempPath)
            return nil  // deleted meanwhile
        }
        try catalog.completeIngest(uploadID: uploadID, results: results, foreignKeys: foreignKeys, status: .complete)
        metrics.observeIngest(
            rows: Int64(results.reduce(0) { $0 + ($1.table?.rowCount ?? 0) }), bytes: results.reduce(0) { $0 + ($1.sizeBytes ?? 0) })
        if !foreignKeys.isEmpty || OptimizeJob.buildsFilterIndexes(for: results.compactMap(\.table), config: config) {
            try jobs.submit(
                .queued(
                    id: Crypto.randomID(prefix: "job_"), userID: ctx.job.userID,
                    parameters: .optimize(OptimizeJobParameters(uploadID: uploadID)), now: Timestamp.now(), estimatedCompletion: nil))
        }
        return try JobResult(["status": "complete"])
    }
}

/// An internal failure with a message for the log (never shown to users as is).
struct ServerFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
