import Foundation
import PlexeFoundation
import PlexeQuery

/// The `optimize` job: builds the join indexes of an upload that has foreign keys, and the
/// filter indexes of its big tables (`DatasetOptimizer.buildIndexes`), after the upload is
/// already `complete` and queryable.
///
/// Why a job of its own: on the 1M-customer / 3M-transaction data the indexes make the join
/// along `customer_id` several times faster and counts over ranges ten times faster, but
/// take about twice as long as the ingest itself (~17 s after an 8 s ingest), and ingest may
/// not get more than a quarter slower. So the upload is usable at once and gets
/// faster a few seconds later. The indexes are built on a copy that replaces the database
/// atomically, so queries running meanwhile never wait for the build's write lock; the query
/// engine's pooled connections are dropped afterwards and reopen on the new file.
struct OptimizeJob: Sendable {
    let catalog: any Catalog
    let data: DataDatabases
    let config: ServerConfig

    func run(_ ctx: JobContext) throws -> JobResult? {
        guard case .optimize(let parameters) = ctx.job.parameters, let upload = try catalog.upload(id: parameters.uploadID),
            upload.status == .complete
        else {
            return nil  // deleted, or nothing to do
        }
        let uploadID = upload.id
        let tables = upload.files.compactMap(\.table)
        guard !upload.foreignKeys.isEmpty || Self.buildsFilterIndexes(for: tables, config: config) else { return nil }
        let copy = data.files.workPath(uploadID: uploadID, suffix: ".optimize")
        unlink(copy)
        defer { unlink(copy) }
        try data.withDatabase(upload) { path in
            guard copyfile(from: path, to: copy) else { throw ServerFailure("cannot copy \(path) to build its indexes") }
        }
        let names: [String]
        do {
            let database = try SQLiteDatabase(path: copy)
            // An upload deleted meanwhile stops the build, which would otherwise hold a worker
            // and a core for nothing (a minute and more for 10M rows).
            let catalog = self.catalog
            let watch = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
            watch.schedule(deadline: .now() + Self.deletionCheckInterval, repeating: Self.deletionCheckInterval)
            watch.setEventHandler { @Sendable in
                if (try? catalog.upload(id: uploadID))?.status != .complete { database.interrupt() }
            }
            watch.resume()
            defer { watch.cancel() }
            do {
                names = try DatasetOptimizer.buildIndexes(
                    database: database, tables: tables, foreignKeys: upload.foreignKeys,
                    filterIndexMinimumRows: Self.filterIndexMinimumRows(config))
            } catch {
                // Deleted while the indexes were built: interrupted by the watch, or its files
                // removed under it. Nothing failed that anyone is waiting for.
                if (try? catalog.upload(id: uploadID))?.status != .complete { return nil }
                throw error
            }
        }
        // The upload may have been deleted while the indexes were built: never resurrect it.
        guard try catalog.upload(id: uploadID)?.status == .complete,
            try data.files.publish(uploadID: uploadID, builtAt: copy, replacingExisting: true)
        else { return nil }
        data.release(uploadID: uploadID)
        return try JobResult(["indexes": names])
    }

    static let deletionCheckInterval: DispatchTimeInterval = .milliseconds(250)

    /// Whether any of `tables` is big enough for filter indexes.
    static func buildsFilterIndexes(for tables: [DatasetTable], config: ServerConfig) -> Bool {
        guard let minimum = filterIndexMinimumRows(config) else { return false }
        return tables.contains { $0.rowCount >= minimum }
    }

    private static func filterIndexMinimumRows(_ config: ServerConfig) -> Int? {
        config.filterIndexMinimumRows > 0 ? config.filterIndexMinimumRows : nil
    }

    private func copyfile(from source: String, to destination: String) -> Bool {
        (try? FileManager.default.copyItem(atPath: source, toPath: destination)) != nil
    }
}
