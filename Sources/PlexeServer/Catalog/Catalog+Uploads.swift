import Foundation
import PlexeFoundation
import PlexeIngest

/// One page of a user's uploads, and how many they have in all.
struct UploadPage: Sendable {
    var uploads: [UploadRecord]
    var total: Int
}

enum UploadSort: String, Sendable, CaseIterable { case created_at, status }

/// An upload's file found by its storage key, with what the storage check needs of its upload.
struct StoredFile: Sendable {
    var file: UploadFileRecord
    var uploadStatus: UploadRecord.Status
    var expiresAt: Int64
}

/// A model pinned to an upload (`POST /models`): the upload cannot be deleted while it is.
struct ModelRecord: Sendable {
    var id: String
    var name: String
    var version: String
    var uploadID: String
}

extension SQLCatalog {
    /// Records a new upload and its files without a quota check (tests set up state with it;
    /// the API goes through `insertUpload(_:maxStoredBytes:maxPendingUploads:now:)`).
    func insertUpload(_ upload: UploadRecord) throws {
        try write { c in try Self.insertUploadRows(upload, c) }
    }

    static func insertUploadRows(_ upload: UploadRecord, _ c: any CatalogConnection) throws {
        try c.run(
            "INSERT INTO uploads (id, user_id, name, description, status, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                .text(upload.id), .integer(upload.userID), upload.name.map(SQLiteValue.text) ?? .null,
                upload.description.map(SQLiteValue.text) ?? .null, .text(upload.status.rawValue),
                .integer(upload.createdAt), .integer(upload.expiresAt),
            ])
        for f in upload.files {
            let options = f.options == .detect ? nil : try CatalogJSON.encode(f.options)
            try c.run(
                """
                INSERT INTO upload_files (upload_id, position, filename, content_type, declared_size, storage_key, created_at, options_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(f.uploadID), .integer(Int64(f.position)), .text(f.filename), .text(f.contentType),
                    f.declaredSize.map(SQLiteValue.integer) ?? .null, .text(f.storageKey), .integer(f.createdAt),
                    options.map(SQLiteValue.text) ?? .null,
                ])
        }
    }

    /// The upload with this id if it belongs to `userID` (another user's id reads as absent).
    func upload(id: String, userID: Int64) throws -> UploadRecord? {
        try read { c in
            guard var upload = try c.first("\(Self.selectUploads) WHERE id = ? AND user_id = ?", [.text(id), .integer(userID)], row: Self.upload)
            else {
                return nil
            }
            upload.files = try Self.files(of: id, c)
            return upload
        }
    }

    /// The upload with this id whoever owns it (workers and signed-URL checks).
    func upload(id: String) throws -> UploadRecord? {
        try read { c in
            guard var upload = try c.first("\(Self.selectUploads) WHERE id = ?", [.text(id)], row: Self.upload) else { return nil }
            upload.files = try Self.files(of: id, c)
            return upload
        }
    }

    /// One page of a user's uploads.
    func uploads(userID: Int64, status: UploadRecord.Status?, sort: UploadSort, ascending: Bool, limit: Int, offset: Int) throws -> UploadPage {
        try read { c in
            var filter = "user_id = ?"
            var args: [SQLiteValue] = [.integer(userID)]
            if let status {
                filter += " AND status = ?"
                args.append(.text(status.rawValue))
            }
            let total = try c.first("SELECT COUNT(*) AS total FROM uploads WHERE \(filter)", args) { try $0.int("total") } ?? 0
            let direction = ascending ? "ASC" : "DESC"
            // rowid breaks ties in creation order: several uploads can share a second.
            let order = sort == .created_at ? "created_at \(direction), rowid \(direction)" : "status \(direction), created_at DESC, rowid DESC"
            var uploads = try c.all(
                "\(Self.selectUploads) WHERE \(filter) ORDER BY \(order) LIMIT ? OFFSET ?",
                args + [.integer(Int64(limit)), .integer(Int64(offset))], row: Self.upload)
            for i in uploads.indices { uploads[i].files = try Self.fileSummaries(of: uploads[i].id, c) }
            return UploadPage(uploads: uploads, total: total)
        }
    }

    /// Sets the status if it is currently one of `from`; returns whether it changed.
    @discardableResult
    func setUploadStatus(id: String, to status: UploadRecord.Status, from: [UploadRecord.Status]) throws -> Bool {
        try write { c in
            let placeholders = from.map { _ in "?" }.joined(separator: ",")
            try c.run(
                "UPDATE uploads SET status = ?, processed_at = CASE WHEN ? IN ('complete','failed') THEN ? ELSE processed_at END WHERE id = ? AND status IN (\(placeholders))",
                [.text(status.rawValue), .text(status.rawValue), .integer(Timestamp.now()), .text(id)] + from.map { .text($0.rawValue) })
            return c.changes > 0
        }
    }

    /// Stores what ingest learned about each file and the upload's final status, at once.
    func completeIngest(uploadID: String, results: [UploadFileRecord], foreignKeys: [ForeignKey], status: UploadRecord.Status) throws {
        let fkJSON = try CatalogJSON.encode(foreignKeys)
        try write { c in
            for f in results {
                let tableJSON = try f.table.map(CatalogJSON.encode)
                let dialectJSON = try f.csvDialect.map(CatalogJSON.encode)
                let offsets = f.rowOffsets.withUnsafeBytes { Array($0) }
                let warnings = f.warnings.isEmpty ? nil : try CatalogJSON.encode(f.warnings)
                try c.run(
                    """
                    UPDATE upload_files SET format = ?, table_name = ?, row_count = ?, table_json = ?, dialect_json = ?,
                        row_offsets = ?, error_line = ?, error_message = ?, size_bytes = COALESCE(?, size_bytes),
                        encoding = ?, warnings_json = ?
                    WHERE upload_id = ? AND filename = ?
                    """,
                    [
                        f.format.map { .text($0.rawValue) } ?? .null, f.table.map { .text($0.tableName) } ?? .null,
                        f.table.map { .integer(Int64($0.rowCount)) } ?? .null, tableJSON.map(SQLiteValue.text) ?? .null,
                        dialectJSON.map(SQLiteValue.text) ?? .null, .blob(offsets),
                        f.errorLine.map { .integer(Int64($0)) } ?? .null, f.errorMessage.map(SQLiteValue.text) ?? .null,
                        f.sizeBytes.map(SQLiteValue.integer) ?? .null, f.encoding.map(SQLiteValue.text) ?? .null,
                        warnings.map(SQLiteValue.text) ?? .null, .text(uploadID), .text(f.filename),
                    ])
            }
            try c.run(
                "UPDATE uploads SET status = ?, processed_at = ?, foreign_keys_json = ? WHERE id = ?",
                [.text(status.rawValue), .integer(Timestamp.now()), .text(fkJSON), .text(uploadID)])
        }
    }

    /// Records the object key of the upload's current published database; false when the
    /// upload is gone.
    func setDatabaseKey(uploadID: String, key: String) throws -> Bool {
        try write { c in
            try c.run("UPDATE uploads SET database_key = ? WHERE id = ?", [.text(key), .text(uploadID)])
            return c.changes > 0
        }
    }

    /// Removes an upload's catalog rows (files, sessions, queries, jobs cascade).
    func deleteUpload(id: String) throws {
        try write { c in
            try c.run("DELETE FROM models WHERE upload_id = ?", [.text(id)])
            try c.run("DELETE FROM uploads WHERE id = ?", [.text(id)])
        }
    }

    /// Uploads `processing` with no ingest job pending or running (see
    /// `UploadProcessor.queueOrphanedUploads`), with their owners.
    func processingUploadsWithoutIngestJob() throws -> [(id: String, userID: Int64)] {
        try read { c in
            try c.all(
                """
                SELECT id, user_id FROM uploads u WHERE status = 'processing' AND NOT EXISTS (
                    SELECT 1 FROM jobs j WHERE j.upload_id = u.id AND j.type = 'ingest' AND j.status IN ('pending', 'running'))
                """, []
            ) { (try $0.string("id"), try $0.int64("user_id")) }
        }
    }

    /// Pending uploads whose URLs expired before `now` (for the sweep).
    func expiredPendingUploads(now: Int64) throws -> [String] {
        try read { c in
            try c.all("SELECT id FROM uploads WHERE status = 'pending' AND expires_at < ?", [.integer(now)]) { try $0.string("id") }
        }
    }

    /// The file stored under `storageKey`, with its upload's status and expiry.
    func fileForStorageKey(_ key: String) throws -> StoredFile? {
        try read { c in
            guard
                let head = try c.first(
                    """
                    SELECT f.upload_id AS upload_id, f.filename AS filename, u.status AS status, u.expires_at AS expires_at
                    FROM upload_files f JOIN uploads u ON u.id = f.upload_id WHERE f.storage_key = ?
                    """, [.text(key)],
                    row: { row in
                        (
                            uploadID: try row.string("upload_id"), filename: try row.string("filename"),
                            status: try row.value(UploadRecord.Status.self, "status"), expiresAt: try row.int64("expires_at")
                        )
                    }),
                let file = try Self.files(of: head.uploadID, c).first(where: { $0.filename == head.filename })
            else { return nil }
            return StoredFile(file: file, uploadStatus: head.status, expiresAt: head.expiresAt)
        }
    }

    // MARK: Models bound to uploads

    func insertModel(_ model: ModelRecord, userID: Int64) throws {
        try write { c in
            try c.run(
                "INSERT INTO models (id, user_id, upload_id, name, version, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [.text(model.id), .integer(userID), .text(model.uploadID), .text(model.name), .text(model.version), .integer(Timestamp.now())])
        }
    }

    func models(uploadID: String) throws -> [ModelRecord] {
        try read { c in
            try c.all(
                "SELECT id, name, version, upload_id FROM models WHERE upload_id = ? ORDER BY created_at, id", [.text(uploadID)], row: Self.model)
        }
    }

    func model(id: String, userID: Int64) throws -> ModelRecord? {
        try read { c in
            try c.first(
                "SELECT id, name, version, upload_id FROM models WHERE id = ? AND user_id = ?", [.text(id), .integer(userID)], row: Self.model)
        }
    }

    func deleteModel(id: String) throws {
        try write { c in try c.run("DELETE FROM models WHERE id = ?", [.text(id)]) }
    }

    /// A row of the two model SELECTs above.
    private static func model(_ row: CatalogRow) throws -> ModelRecord {
        ModelRecord(id: try row.string("id"), name: try row.string("name"), version: try row.string("version"), uploadID: try row.string("upload_id"))
    }

    // MARK: Uploads' rows

    /// The SELECT `upload(_:)` decodes; each caller adds its WHERE (the files are read apart).
    private static var selectUploads: String {
        """
        SELECT id, user_id, name, description, status, created_at, expires_at, processed_at, foreign_keys_json, database_key FROM uploads
        """
    }

    private static func upload(_ row: CatalogRow) throws -> UploadRecord {
        UploadRecord(
            id: try row.string("id"), userID: try row.int64("user_id"), name: try row.optionalString("name"),
            description: try row.optionalString("description"), status: try row.value(UploadRecord.Status.self, "status"),
            createdAt: try row.int64("created_at"), expiresAt: try row.int64("expires_at"), processedAt: try row.optionalInt64("processed_at"),
            foreignKeys: try row.decoded([ForeignKey].self, "foreign_keys_json") ?? [], files: [],
            databaseKey: try row.optionalString("database_key"))
    }

    /// Files without their column details and row index: what a list of uploads shows, at a
    /// fraction of the cost of decoding `table_json` for every file of every upload.
    static func fileSummaries(of uploadID: String, _ c: any CatalogConnection) throws -> [UploadFileRecord] {
        try c.all(
            """
            SELECT upload_id, position, filename, content_type, declared_size, storage_key, size_bytes, format, row_count,
                   \(c.dialect.jsonArrayLength("table_json", "columns")) AS column_count, created_at
            FROM upload_files WHERE upload_id = ? ORDER BY position
            """, [.text(uploadID)]
        ) { row in
            UploadFileRecord(
                uploadID: try row.string("upload_id"), position: try row.int("position"), filename: try row.string("filename"),
                contentType: try row.string("content_type"), declaredSize: try row.optionalInt64("declared_size"),
                storageKey: try row.string("storage_key"), sizeBytes: try row.optionalInt64("size_bytes"),
                format: try row.isNull("format") ? nil : try row.value(FileFormat.self, "format"), table: nil,
                rowCount: try row.optionalInt("row_count"), columnCount: try row.optionalInt("column_count"), csvDialect: nil,
                rowOffsets: [], errorLine: nil, errorMessage: nil, createdAt: try row.int64("created_at"))
        }
    }

    static func files(of uploadID: String, _ c: any CatalogConnection) throws -> [UploadFileRecord] {
        try c.all(
            """
            SELECT upload_id, position, filename, content_type, declared_size, storage_key, size_bytes, format, table_json,
                   dialect_json, row_offsets, error_line, error_message, created_at, options_json, encoding, warnings_json
            FROM upload_files WHERE upload_id = ? ORDER BY position
            """, [.text(uploadID)]
        ) { row in
            let table = try row.decoded(DatasetTable.self, "table_json")
            let blob = try row.blob("row_offsets")
            let offsets: [Int64] = stride(from: 0, to: blob.count - 7, by: 8).map { i in
                blob.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i, as: Int64.self) }
            }
            return UploadFileRecord(
                uploadID: try row.string("upload_id"), position: try row.int("position"), filename: try row.string("filename"),
                contentType: try row.string("content_type"), declaredSize: try row.optionalInt64("declared_size"),
                storageKey: try row.string("storage_key"), sizeBytes: try row.optionalInt64("size_bytes"),
                format: try row.isNull("format") ? nil : try row.value(FileFormat.self, "format"), table: table,
                rowCount: table?.rowCount, columnCount: table?.columns.count,
                csvDialect: try row.decoded(CSVDialect.self, "dialect_json"), rowOffsets: offsets,
                errorLine: try row.optionalInt("error_line"), errorMessage: try row.optionalString("error_message"),
                createdAt: try row.int64("created_at"), options: try row.decoded(IngestOptions.self, "options_json") ?? .detect,
                encoding: try row.optionalString("encoding"), warnings: try row.decoded([IngestWarning].self, "warnings_json") ?? [])
        }
    }
}
