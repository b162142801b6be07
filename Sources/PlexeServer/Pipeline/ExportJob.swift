import Foundation
import PlexeExport
import PlexeFoundation

/// The `export` job: writes each selected file of an upload in the requested format into
/// the file store, then (if asked) e-mails the user.
struct ExportJob {
    let app: Application

    func register() {
        app.jobs.register(type: "export") { ctx in try run(ctx) }
    }

    func run(_ ctx: JobContext) throws -> JSON? {
        let job = ctx.job
        do {
            let result = try export(ctx)
            notify(job, failure: nil)
            return result
        } catch {
            notify(job, failure: JobFailure.describing(error, jobID: job.id).message)
            throw error
        }
    }

    private func export(_ ctx: JobContext) throws -> JSON? {
        let job = ctx.job
        guard let uploadID = job.params["upload_id"]?.stringValue, let upload = try app.catalog.upload(id: uploadID) else {
            throw JobFailure.uploadDeleted
        }
        let names = job.params["files"]?.arrayValue?.compactMap(\.stringValue) ?? upload.files.map(\.filename)
        let files = names.compactMap { upload.file(named: $0) }
        let requested = job.params["format"]?.stringValue.flatMap(ExportFormat.init(rawValue:))
        let includeHeaders = job.params["include_headers"]?.boolValue ?? true
        let database = try SQLiteDatabase(path: app.dataDatabasePath(uploadID: uploadID), options: .init(readOnly: true))
        app.fileStore.removeAll(prefix: "exports/\(job.id)")

        var used = Set<String>()
        var records: [ExportFileRecord] = []
        for (index, file) in files.enumerated() {
            guard let table = file.table else { continue }
            let format = requested ?? Self.defaultFormat(forSource: file.format)
            let filename = Self.exportName(for: file.filename, format: format, used: &used)
            let key = "exports/\(job.id)/\(index)-\(UploadsAPI.safeKeyComponent(filename))"
            let path = try app.fileStore.prepareWrite(forKey: key)
            let size = try TableExporter.export(table: table, from: database, format: format, to: path,
                                                options: ExportOptions(includeHeaders: includeHeaders)) { fraction in
                ctx.progress((Double(index) + fraction) / Double(files.count))
            }
            records.append(ExportFileRecord(exportID: job.id, filename: filename, storageKey: key, sizeBytes: size))
        }
        try app.catalog.replaceExportFiles(exportID: job.id, files: records)
        return ["files": JSON(records.count)]
    }

    /// The file's original format, or the nearest one an export writes: CSV for an Excel
    /// workbook (a sheet as text Excel opens), JSON for JSON and NDJSON.
    static func defaultFormat(forSource format: String?) -> ExportFormat {
        switch format {
        case "csv", "xlsx": return .csv
        case "parquet": return .parquet
        default: return .json
        }
    }

    /// The source file's stem plus the format's extension; a clash gets `_2`, `_3`…
    static func exportName(for source: String, format: ExportFormat, used: inout Set<String>) -> String {
        var stem = Substring(source)
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
        var name = "\(stem).\(format.rawValue)"
        var n = 2
        while used.contains(name) {
            name = "\(stem)_\(n).\(format.rawValue)"
            n += 1
        }
        used.insert(name)
        return name
    }

    private func notify(_ job: JobRecord, failure: String?) {
        guard job.params["email_notification"]?.boolValue == true else { return }
        app.notifyExportFinished(job, failure: failure)
    }
}
