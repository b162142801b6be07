import Foundation
import PlexeExport
import PlexeFoundation
import PlexeIngest

/// The `export` job: writes each selected file of an upload in the requested format into
/// the file store, then (if asked) e-mails the user.
struct ExportJob: Sendable {
    let catalog: any Catalog
    let fileStore: any FileStore
    let data: DataDatabases
    let notifier: ExportNotifier

    func run(_ ctx: JobContext) throws -> JobResult? {
        guard case .export(let parameters) = ctx.job.parameters else { throw JobFailure.uploadDeleted }
        do {
            let result = try export(ctx, parameters)
            if parameters.emailNotification { notifier.exportFinished(ctx.job, failure: nil) }
            return result
        } catch {
            if parameters.emailNotification { notifier.exportFinished(ctx.job, failure: JobFailure.describing(error, jobID: ctx.job.id).message) }
            throw error
        }
    }

    private func export(_ ctx: JobContext, _ parameters: ExportJobParameters) throws -> JobResult? {
        let job = ctx.job
        guard let upload = try catalog.upload(id: parameters.uploadID) else { throw JobFailure.uploadDeleted }
        let files = parameters.files.compactMap { upload.file(named: $0) }
        try fileStore.removeAll(prefix: StorageKeys.export(job.id))

        var used = Set<String>()
        var records: [ExportFileRecord] = []
        try data.withDatabase(upload) { databasePath in
            let database = try SQLiteDatabase(path: databasePath, options: .init(readOnly: true))
            for (index, file) in files.enumerated() {
                guard let table = file.table else { continue }
                let format = parameters.format ?? Self.defaultFormat(forSource: file.format)
                let filename = Self.exportName(for: file.filename, format: format, used: &used)
                let key = StorageKeys.exportFile(exportID: job.id, index: index, filename: filename)
                let size = try fileStore.write(key: key, contentType: format.mediaType) { path in
                    try TableExporter.export(
                        table: table, from: database, format: format, to: path,
                        options: ExportOptions(includeHeaders: parameters.includeHeaders)
                    ) { fraction in
                        ctx.progress((Double(index) + fraction) / Double(files.count))
                    }
                }
                records.append(ExportFileRecord(exportID: job.id, filename: filename, storageKey: key, sizeBytes: size))
            }
        }
        try catalog.replaceExportFiles(exportID: job.id, files: records)
        return try JobResult(["files": records.count])
    }

    /// The file's original format, or the nearest one an export writes: CSV for an Excel
    /// workbook (a sheet as text Excel opens), JSON for JSON and NDJSON.
    static func defaultFormat(forSource format: FileFormat?) -> ExportFormat {
        switch format {
        case .csv, .xlsx: return .csv
        case .parquet: return .parquet
        default: return .json
        }
    }

    /// The contract's name (`ExportFormat.exportFilename(forSource:)`); a clash gets `_2`, `_3`…
    static func exportName(for source: String, format: ExportFormat, used: inout Set<String>) -> String {
        var name = format.exportFilename(forSource: source)
        let stem = name.dropLast(format.fileExtension.count + 1)
        var n = 2
        while used.contains(name) {
            name = "\(stem)_\(n).\(format.fileExtension)"
            n += 1
        }
        used.insert(name)
        return name
    }
}
