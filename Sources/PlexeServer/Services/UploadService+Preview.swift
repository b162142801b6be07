import Foundation
import PlexeFoundation
import PlexeIngest

/// A page of a file's rows (`GET …/files/{filename}/preview`).
struct FilePreview: Sendable {
    var filename: String
    var totalRows: Int
    /// CSV: the header's names, with each row an array of fields exactly as written; other
    /// formats: nil, with each row an object keyed by column.
    var columns: [String]?
    var rows: [JSON]
    /// The page ended early, where its rows would pass `PLEXE_MAX_PREVIEW_BYTES`.
    var truncated: Bool
}

/// Reads a page of a file's rows. CSV rows come from the raw file, fields exactly as
/// written, starting from the nearest entry of the sparse row index ingest recorded (only
/// the bytes from that entry to the one after the page are read: a byte range of a stored
/// object); other rows come from the loaded table by rowid. Either way a page deep in the
/// file costs what the first one does.
struct PreviewService: Sendable {
    let uploads: UploadService
    let fileStore: any FileStore
    let data: DataDatabases
    let maxPreviewBytes: Int

    func preview(uploadID: String, filename: String, limit: Int, offset: Int, user: User) throws -> FilePreview {
        let upload = try uploads.owned(uploadID, user: user)
        guard let file = upload.file(named: filename) else {
            throw APIError.notFound("upload \(upload.id) has no file \(filename)", param: "filename")
        }
        guard upload.status == .complete, let table = file.table else {
            if let message = file.errorMessage {
                throw APIError.validation(
                    "\(filename) could not be processed: \(message)" + (file.errorLine.map { " (line \($0))" } ?? ""), param: "filename")
            }
            throw APIError.conflict("the upload is \(upload.status.rawValue); previews are available once it is complete")
        }
        let available = max(0, min(limit, table.rowCount - offset))
        if file.format == .csv, let dialect = file.csvDialect {
            let rows = available == 0 ? [] : try csvRows(file, dialect: dialect, offset: offset, limit: available)
            return FilePreview(
                filename: filename, totalRows: table.rowCount, columns: table.columns.map(\.name),
                rows: rows.map { .array($0.map(JSON.string)) }, truncated: rows.count < available)
        }
        let rows = try data.withDatabase(upload) { path in try tableRows(table, databasePath: path, offset: offset, limit: available) }
        return FilePreview(filename: filename, totalRows: table.rowCount, columns: nil, rows: rows, truncated: rows.count < available)
    }

    /// The page's rows from the bytes between the row index's entry at or before `offset`
    /// and the first entry past the page (or the end of the file).
    private func csvRows(_ file: UploadFileRecord, dialect: CSVDialect, offset: Int, limit: Int) throws -> [[String]] {
        let step = IngestResult.rowIndexStep
        let entry = offset / step
        guard entry < file.rowOffsets.count else { return [] }
        let start = file.rowOffsets[entry]
        let after = (offset + limit + step - 1) / step
        let end = after < file.rowOffsets.count ? file.rowOffsets[after] : Int64.max
        // The key the rows are read from, as the path would be (a normalized copy lies
        // beside the file under the file's key plus its suffix).
        let key = dialect.rowsPath(forFileAt: file.storageKey)
        var inPlace = dialect  // `stored.path` is already the file the rows are in
        inPlace.normalizedCopy = false
        return try fileStore.withReadable(key: key, byteRange: start..<end) { stored in
            try CSVPreviewReader.rows(
                path: stored.path, dialect: inPlace, rowOffsets: [start - stored.baseOffset],
                offset: offset - entry * step, limit: limit, maxBytes: maxPreviewBytes)
        }
    }

    /// Rows after `offset` by rowid, each an object keyed by column, until `maxPreviewBytes`.
    private func tableRows(_ table: DatasetTable, databasePath: String, offset: Int, limit: Int) throws -> [JSON] {
        let database = try SQLiteDatabase(path: databasePath, options: .init(readOnly: true))
        let names = table.columns.map { quoteIdentifier($0.name) }.joined(separator: ", ")
        let statement = try database.prepare("SELECT \(names) FROM \(quoteIdentifier(table.tableName)) WHERE rowid > ? ORDER BY rowid LIMIT ?")
        try statement.bind([.integer(Int64(offset)), .integer(Int64(limit))])
        var rows: [JSON] = []
        var bytes = 0
        while try statement.step() {
            bytes += table.columns.indices.reduce(2) { $0 + statement.byteCount(Int32($1)) + table.columns[$1].name.utf8.count + 6 }
            guard bytes <= maxPreviewBytes else { break }
            rows.append(
                .object(
                    table.columns.enumerated().map { i, column in
                        (column.name, TypedValue.json(statement, Int32(i), type: column.type))
                    }))
        }
        return rows
    }
}

/// Reads a stored value back with its column's type (booleans were stored as 0/1).
enum TypedValue {
    static func json(_ s: SQLiteStatement, _ i: Int32, type: ColumnType) -> JSON {
        if s.isNull(i) { return .null }
        switch type {
        case .integer: return .int(s.int64(i))
        case .float: return .double(s.double(i))
        case .boolean: return .bool(s.int64(i) != 0)
        case .string, .date, .datetime: return .string(s.string(i))
        }
    }
}
