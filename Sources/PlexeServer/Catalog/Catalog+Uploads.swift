import Foundation
import PlexeFoundation
import PlexeIngest

extension Catalog {
    /// Records a new upload and its files, all `pending`. (The API goes through the quota
    /// check of `insertUpload(_:maxStoredBytes:maxPendingUploads:now:)`.)
    public func insertUpload(_ upload: UploadRecord) throws {
        try write { c in try Self.insertUploadRows(upload, c) }
    }

    static func insertUploadRows(_ upload: UploadRecord, _ c: CatalogConnection) throws {
        try c.run("INSERT INTO uploads (id, user_id, name, description, status, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)", [
            .text(upload.id), .integer(upload.userID), upload.name.map(SQLiteValue.text) ?? .null,
            upload.description.map(SQLiteValue.text) ?? .null, .text(upload.status.rawValue),
            .integer(upload.createdAt), .integer(upload.expiresAt),
        ])
        for f in upload.files {
            let options = f.options == .detect ? nil : String(decoding: try JSONEncoder().encode(f.options), as: UTF8.self)
            try c.run("""
                INSERT INTO upload_files (upload_id, position, filename, content_type, declared_size, storage_key, created_at, options_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(f.uploadID), .integer(Int64(f.position)), .text(f.filename), .text(f.contentType),
                      f.declaredSize.map(SQLiteValue.integer) ?? .null, .text(f.storageKey), .integer(f.createdAt),
                      options.map(SQLiteValue.text) ?? .null])
        }
    }

    /// The upload with this id if it belongs to `userID` (another user's id reads as absent).
    public func upload(id: String, userID: Int64) throws -> UploadRecord? {
        try read { c in
            guard var upload = try c.first("\(Self.uploadColumns) WHERE id = ? AND user_id = ?", [.text(id), .integer(userID)], row: Self.decodeUpload) else {
                return nil
            }
            upload.files = try Self.files(of: id, c)
            return upload
        }
    }

    /// The upload with this id whoever owns it (workers and signed-URL checks).
    public func upload(id: String) throws -> UploadRecord? {
        try read { c in
            guard var upload = try c.first("\(Self.uploadColumns) WHERE id = ?", [.text(id)], row: Self.decodeUpload) else { return nil }
            upload.files = try Self.files(of: id, c)
            return upload
        }
    }

    public struct UploadPage: Sendable {
        public var uploads: [UploadRecord]
        public var total: Int
    }

    public enum UploadSort: String, Sendable, CaseIterable { case created_at, status }

    /// One page of a user's uploads.
    public func uploads(userID: Int64, status: UploadRecord.Status?, sort: UploadSort, ascending: Bool, limit: Int, offset: Int) throws -> UploadPage {
        try read { c in
            var filter = "user_id = ?"
            var args: [SQLiteValue] = [.integer(userID)]
            if let status {
                filter += " AND status = ?"
                args.append(.text(status.rawValue))
            }
            let total = try c.first("SELECT COUNT(*) FROM uploads WHERE \(filter)", args) { $0.int(0) } ?? 0
            let direction = ascending ? "ASC" : "DESC"
            // rowid breaks ties in creation order: several uploads can share a second.
            let order = sort == .created_at ? "created_at \(direction), rowid \(direction)" : "status \(direction), created_at DESC, rowid DESC"
            var uploads = try c.all("\(Self.uploadColumns) WHERE \(filter) ORDER BY \(order) LIMIT ? OFFSET ?",
                                    args + [.integer(Int64(limit)), .integer(Int64(offset))], row: Self.decodeUpload)
            for i in uploads.indices { uploads[i].files = try Self.fileSummaries(of: uploads[i].id, c) }
            return UploadPage(uploads: uploads, total: total)
        }
    }

    /// Sets the status if it is currently one of `from`; returns whether it changed.
    @discardableResult
    public func setUploadStatus(id: String, to status: UploadRecord.Status, from: [UploadRecord.Status]) throws -> Bool {
        try write { c in
            let placeholders = from.map { _ in "?" }.joined(separator: ",")
            try c.run("UPDATE uploads SET status = ?, processed_at = CASE WHEN ? IN ('complete','failed') THEN ? ELSE processed_at END WHERE id = ? AND status IN (\(placeholders))",
                      [.text(status.rawValue), .text(status.rawValue), .integer(Timestamp.now()), .text(id)] + from.map { .text($0.rawValue) })
            return c.changes > 0
        }
    }

    /// Stores what ingest learned about each file and the upload's final status, at once.
    public func completeIngest(uploadID: String, results: [UploadFileRecord], foreignKeys: [ForeignKey], status: UploadRecord.Status) throws {
        let encoder = JSONEncoder()
        let fkJSON = String(decoding: try encoder.encode(foreignKeys), as: UTF8.self)
        try write { c in
            for f in results {
                let tableJSON = try f.table.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
                let offsets = f.rowOffsets.withUnsafeBytes { Array($0) }
                let warnings = f.warnings.isEmpty ? nil : String(decoding: try encoder.encode(f.warnings), as: UTF8.self)
                try c.run("""
                    UPDATE upload_files SET format = ?, table_name = ?, row_count = ?, table_json = ?, dialect_json = ?,
                        row_offsets = ?, error_line = ?, error_message = ?, size_bytes = COALESCE(?, size_bytes),
                        encoding = ?, warnings_json = ?
                    WHERE upload_id = ? AND filename = ?
                    """, [f.format.map(SQLiteValue.text) ?? .null, f.table.map { .text($0.tableName) } ?? .null,
                          f.table.map { .integer(Int64($0.rowCount)) } ?? .null, tableJSON.map(SQLiteValue.text) ?? .null,
                          f.dialectJSON.map(SQLiteValue.text) ?? .null, .blob(offsets),
                          f.errorLine.map { .integer(Int64($0)) } ?? .null, f.errorMessage.map(SQLiteValue.text) ?? .null,
                          f.sizeBytes.map(SQLiteValue.integer) ?? .null, f.encoding.map(SQLiteValue.text) ?? .null,
                          warnings.map(SQLiteValue.text) ?? .null, .text(uploadID), .text(f.filename)])
            }
            try c.run("UPDATE uploads SET status = ?, processed_at = ?, foreign_keys_json = ? WHERE id = ?",
                      [.text(status.rawValue), .integer(Timestamp.now()), .text(fkJSON), .text(uploadID)])
        }
    }

    /// Removes an upload's catalog rows (files, sessions, queries, jobs cascade).
    public func deleteUpload(id: String) throws {
        try write { c in
            try c.run("DELETE FROM models WHERE upload_id = ?", [.text(id)])
            try c.run("DELETE FROM uploads WHERE id = ?", [.text(id)])
        }
    }

    /// Uploads `processing` with no ingest job pending or running (see
    /// `UploadProcessor.queueOrphanedUploads`), with their owners.
    public func processingUploadsWithoutIngestJob() throws -> [(id: String, userID: Int64)] {
        try read { c in
            try c.all("""
                SELECT id, user_id FROM uploads u WHERE status = 'processing' AND NOT EXISTS (
                    SELECT 1 FROM jobs j WHERE j.upload_id = u.id AND j.type = 'ingest' AND j.status IN ('pending', 'running'))
                """, []) { ($0.string(0), $0.int64(1)) }
        }
    }

    /// Pending uploads whose URLs expired before `now` (for the sweep).
    public func expiredPendingUploads(now: Int64) throws -> [String] {
        try read { c in
            try c.all("SELECT id FROM uploads WHERE status = 'pending' AND expires_at < ?", [.integer(now)]) { $0.string(0) }
        }
    }

    /// The file (and its upload's status and owner) stored under `storageKey`.
    public func fileForStorageKey(_ key: String) throws -> (file: UploadFileRecord, uploadStatus: UploadRecord.Status, expiresAt: Int64)? {
        try read { c in
            guard let (uploadID, filename) = try c.first("SELECT upload_id, filename FROM upload_files WHERE storage_key = ?", [.text(key)], row: { ($0.string(0), $0.string(1)) }),
                  let head = try c.first("SELECT status, expires_at FROM uploads WHERE id = ?", [.text(uploadID)], row: { ($0.string(0), $0.int64(1)) }),
                  let status = UploadRecord.Status(rawValue: head.0),
                  let file = try Self.files(of: uploadID, c).first(where: { $0.filename == filename }) else { return nil }
            return (file, status, head.1)
        }
    }

    // MARK: Models bound to uploads

    public struct ModelRecord: Sendable {
        public var id: String
        public var name: String
        public var version: String
        public var uploadID: String
    }

    public func insertModel(_ model: ModelRecord, userID: Int64) throws {
        try write { c in
            try c.run("INSERT INTO models (id, user_id, upload_id, name, version, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                      [.text(model.id), .integer(userID), .text(model.uploadID), .text(model.name), .text(model.version), .integer(Timestamp.now())])
        }
    }

    public func models(uploadID: String) throws -> [ModelRecord] {
        try read { c in
            try c.all("SELECT id, name, version, upload_id FROM models WHERE upload_id = ? ORDER BY created_at, id", [.text(uploadID)]) {
                ModelRecord(id: $0.string(0), name: $0.string(1), version: $0.string(2), uploadID: $0.string(3))
            }
        }
    }

    public func model(id: String, userID: Int64) throws -> ModelRecord? {
        try read { c in
            try c.first("SELECT id, name, version, upload_id FROM models WHERE id = ? AND user_id = ?", [.text(id), .integer(userID)]) {
                ModelRecord(id: $0.string(0), name: $0.string(1), version: $0.string(2), uploadID: $0.string(3))
            }
        }
    }

    public func deleteModel(id: String) throws {
        try write { c in try c.run("DELETE FROM models WHERE id = ?", [.text(id)]) }
    }

    // MARK: Decoding

    static let uploadColumns = "SELECT id, user_id, name, description, status, created_at, expires_at, processed_at, foreign_keys_json FROM uploads"

    static func decodeUpload(_ s: SQLiteStatement) throws -> UploadRecord {
        let fks = s.optionalString(8).flatMap { try? JSONDecoder().decode([ForeignKey].self, from: Data($0.utf8)) } ?? []
        return UploadRecord(id: s.string(0), userID: s.int64(1), name: s.optionalString(2), description: s.optionalString(3),
                            status: UploadRecord.Status(rawValue: s.string(4)) ?? .failed, createdAt: s.int64(5),
                            expiresAt: s.int64(6), processedAt: s.optionalInt64(7), foreignKeys: fks, files: [])
    }

    /// Files without their column details and row index: what a list of uploads shows, at a
    /// fraction of the cost of decoding `table_json` for every file of every upload.
    static func fileSummaries(of uploadID: String, _ c: CatalogConnection) throws -> [UploadFileRecord] {
        try c.all("""
            SELECT upload_id, position, filename, content_type, declared_size, storage_key, size_bytes, format, row_count,
                   json_array_length(table_json, '$.columns'), created_at
            FROM upload_files WHERE upload_id = ? ORDER BY position
            """, [.text(uploadID)]) { s in
            UploadFileRecord(uploadID: s.string(0), position: s.int(1), filename: s.string(2), contentType: s.string(3),
                             declaredSize: s.optionalInt64(4), storageKey: s.string(5), sizeBytes: s.optionalInt64(6),
                             format: s.optionalString(7), table: nil, rowCount: s.optionalInt64(8).map { Int($0) },
                             columnCount: s.optionalInt64(9).map { Int($0) }, dialectJSON: nil, rowOffsets: [],
                             errorLine: nil, errorMessage: nil, createdAt: s.int64(10))
        }
    }

    static func files(of uploadID: String, _ c: CatalogConnection) throws -> [UploadFileRecord] {
        try c.all("""
            SELECT upload_id, position, filename, content_type, declared_size, storage_key, size_bytes, format, table_json,
                   dialect_json, row_offsets, error_line, error_message, created_at, options_json, encoding, warnings_json
            FROM upload_files WHERE upload_id = ? ORDER BY position
            """, [.text(uploadID)]) { s in
            let table = s.optionalString(8).flatMap { try? JSONDecoder().decode(DatasetTable.self, from: Data($0.utf8)) }
            let blob = s.blob(10)
            let offsets: [Int64] = stride(from: 0, to: blob.count - 7, by: 8).map { i in
                blob.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i, as: Int64.self) }
            }
            let decoder = JSONDecoder()
            return UploadFileRecord(uploadID: s.string(0), position: s.int(1), filename: s.string(2), contentType: s.string(3),
                                    declaredSize: s.optionalInt64(4), storageKey: s.string(5), sizeBytes: s.optionalInt64(6),
                                    format: s.optionalString(7), table: table, rowCount: table?.rowCount, columnCount: table?.columns.count,
                                    dialectJSON: s.optionalString(9), rowOffsets: offsets,
                                    errorLine: s.optionalInt64(11).map { Int($0) }, errorMessage: s.optionalString(12), createdAt: s.int64(13),
                                    options: try s.optionalString(14).map { try decoder.decode(IngestOptions.self, from: Data($0.utf8)) } ?? .detect,
                                    encoding: s.optionalString(15),
                                    warnings: try s.optionalString(16).map { try decoder.decode([IngestWarning].self, from: Data($0.utf8)) } ?? [])
        }
    }
}
