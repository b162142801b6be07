import Foundation
import PlexeFoundation

/// The reference's response shapes for uploads.
extension UploadsAPI {
    func createdJSON(_ upload: UploadRecord, presignedURLs: [String]) -> JSON {
        let files: [JSON] = zip(upload.files, presignedURLs).map { f, url in
            ["filename": .string(f.filename), "presigned_url": .string(url), "s3_key": .string(f.storageKey), "content_type": .string(f.contentType)]
        }
        return [
            "upload_id": .string(upload.id), "name": .optional(upload.name), "description": .optional(upload.description),
            "status": "pending", "created_at": .string(Timestamp.rfc3339(upload.createdAt)), "files": .array(files),
            "expires_at": .string(Timestamp.rfc3339(upload.expiresAt)),
        ]
    }

    func summaryJSON(_ upload: UploadRecord, user: User) -> JSON {
        .object([
            ("upload_id", .string(upload.id)), ("name", .optional(upload.name)), ("description", .optional(upload.description)),
            ("created_at", .string(Timestamp.rfc3339(upload.createdAt))), ("status", .string(upload.status.rawValue)),
            (
                "files",
                .array(
                    upload.files.map { f in
                        .object([
                            ("filename", .string(f.filename)), ("size_bytes", f.sizeBytes.map(JSON.int) ?? f.declaredSize.map(JSON.int) ?? .null),
                            ("rows", f.rowCount.map { JSON($0) } ?? .null), ("columns", f.columnCount.map { JSON($0) } ?? .null),
                        ])
                    })
            ),
            ("created_by", .string(user.email)),
        ])
    }

    func detailJSON(_ upload: UploadRecord, models: [ModelRecord], user: User) -> JSON {
        var fields: [(String, JSON)] = [
            ("upload_id", .string(upload.id)), ("name", .optional(upload.name)), ("description", .optional(upload.description)),
            ("created_at", .string(Timestamp.rfc3339(upload.createdAt))), ("status", .string(upload.status.rawValue)),
            ("files", .array(upload.files.map { fileDetailJSON($0, upload: upload) })),
            ("created_by", .string(user.email)),
            (
                "models_using_this",
                .array(models.map { .object([("model_id", .string($0.id)), ("model_name", .string($0.name)), ("version", .string($0.version))]) })
            ),
        ]
        if upload.status == .pending {
            fields.append(("expires_at", .string(Timestamp.rfc3339(upload.expiresAt))))
        }
        return .object(fields)
    }

    func fileDetailJSON(_ f: UploadFileRecord, upload: UploadRecord) -> JSON {
        var fields: [(String, JSON)] = [
            ("filename", .string(f.filename)),
            ("size_bytes", f.sizeBytes.map(JSON.int) ?? f.declaredSize.map(JSON.int) ?? .null),
            ("rows", f.table.map { JSON($0.rowCount) } ?? .null),
            ("columns", f.table.map { JSON($0.columns.count) } ?? .null),
            (
                "column_info",
                f.table.map { t in
                    .array(
                        t.columns.map { c in
                            .object([
                                ("name", .string(c.name)), ("type", .string(c.type.rawValue)), ("nullable", .bool(c.nullable)),
                                ("unique", .bool(c.unique)),
                            ])
                        })
                } ?? .array([])
            ),
            ("preview_url", .string(baseURL + URLSigner.percentEncodePath("/data/uploads/\(upload.id)/files/\(f.filename)/preview"))),
            ("s3_key", .string(f.storageKey)),
            ("content_type", .string(f.contentType)),
            ("created_at", .string(Timestamp.rfc3339(f.createdAt))),
        ]
        if let table = f.table { fields.append(("table_name", .string(table.tableName))) }
        if let format = f.format { fields.append(("format", .string(format.rawValue))) }
        if let encoding = f.encoding { fields.append(("encoding", .string(encoding))) }
        if let dialect = f.csvDialect.flatMap({ try? JSON.parse(Array(JSONEncoder().encode($0))) }) { fields.append(("dialect", dialect)) }
        if f.table != nil {
            fields.append(
                (
                    "warnings",
                    .array(
                        f.warnings.map { w in
                            .object([
                                ("kind", .string(w.kind)), ("count", JSON(w.count)), ("first_lines", .array(w.firstLines.map { JSON($0) })),
                                ("message", .string(w.message)),
                            ])
                        })
                ))
        }
        if let message = f.errorMessage {
            fields.append(("error", .object([("line", f.errorLine.map { JSON($0) } ?? .null), ("message", .string(message))])))
        }
        return .object(fields)
    }
}
