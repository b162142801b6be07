import Foundation
import PlexeFoundation
import PlexeIngest

extension UploadsAPI {
    /// `GET …/files/{filename}/preview`. CSV rows come from the raw file, fields exactly as
    /// written, starting from the nearest entry of the sparse row index ingest recorded;
    /// JSON rows come from the loaded table by rowid. Either way a page deep in the file
    /// costs what the first one does. A page ends early, with `truncated: true`, where its
    /// rows would pass `PLEXE_MAX_PREVIEW_BYTES`.
    func preview(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let upload = try ownedUpload(ctx, user)
        let filename = ctx.pathParameter("filename")
        guard let file = upload.file(named: filename) else {
            throw APIError.notFound("upload \(upload.id) has no file \(filename)", param: "filename")
        }
        let q = QueryParameters(ctx.request)
        let limit = try q.int("limit", default: 10, range: 1...100)
        let offset = try q.int("offset", default: 0, range: 0...Int(Int32.max))
        guard upload.status == .complete, let table = file.table else {
            if let message = file.errorMessage {
                throw APIError.validation("\(filename) could not be processed: \(message)" + (file.errorLine.map { " (line \($0))" } ?? ""), param: "filename")
            }
            throw APIError.conflict("the upload is \(upload.status.rawValue); previews are available once it is complete")
        }
        let available = max(0, min(limit, table.rowCount - offset))
        if file.format == FileFormat.csv.rawValue, let dialectJSON = file.dialectJSON {
            let dialect = try JSONDecoder().decode(CSVDialect.self, from: Data(dialectJSON.utf8))
            let rows = available == 0 ? [] : try CSVPreviewReader.rows(
                path: app.fileStore.localPath(forKey: file.storageKey), dialect: dialect,
                rowOffsets: file.rowOffsets, offset: offset, limit: available, maxBytes: app.config.maxPreviewBytes)
            return .json([
                "filename": .string(filename), "total_rows": JSON(table.rowCount), "returned_rows": JSON(rows.count),
                "columns": .array(table.columns.map { .string($0.name) }),
                "data": .array(rows.map { .array($0.map(JSON.string)) }), "truncated": .bool(rows.count < available),
            ])
        }
        let database = try SQLiteDatabase(path: app.dataDatabasePath(uploadID: upload.id), options: .init(readOnly: true))
        let names = table.columns.map { quoteIdentifier($0.name) }.joined(separator: ", ")
        let statement = try database.prepare("SELECT \(names) FROM \(quoteIdentifier(table.tableName)) WHERE rowid > ? ORDER BY rowid LIMIT ?")
        try statement.bind([.integer(Int64(offset)), .integer(Int64(available))])
        var data: [JSON] = []
        var bytes = 0
        while try statement.step() {
            bytes += table.columns.indices.reduce(2) { $0 + statement.byteCount(Int32($1)) + table.columns[$1].name.utf8.count + 6 }
            guard bytes <= app.config.maxPreviewBytes else { break }
            data.append(.object(table.columns.enumerated().map { i, column in
                (column.name, TypedValue.json(statement, Int32(i), type: column.type))
            }))
        }
        return .json([
            "filename": .string(filename), "total_rows": JSON(table.rowCount), "returned_rows": JSON(data.count),
            "data": .array(data), "truncated": .bool(data.count < available),
        ])
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
