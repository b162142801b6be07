import Foundation
import PlexeFoundation
import PlexeIngest

/// The reference's "Uploads" section: create (presigned URLs), the storage check nginx calls
/// for each PUT, confirm, list, details, delete, previews, and the models that pin an upload.
/// Each handler decodes, calls `UploadService` (or `PreviewService`) once and encodes; the
/// response shapes are in `UploadsAPI+JSON.swift`.
struct UploadsAPI: Sendable {
    let uploads: UploadService
    let previews: PreviewService
    let baseURL: String

    func create(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let draft = try Self.draft(try ctx.jsonBody())
        let (upload, urls) = try uploads.create(draft, user: user)
        return .json(createdJSON(upload, presignedURLs: urls), status: .created)
    }

    func authorizeStorageWrite(_ ctx: RequestContext) throws -> HTTPResponse {
        try uploads.authorizeStorageWrite(rawURI: ctx.request.rawURI, contentLength: ctx.request.header("content-length").flatMap(Int64.init))
        return HTTPResponse(status: .noContent)
    }

    func confirm(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let uploadID = ctx.pathParameter("upload_id")
        let files = try Self.confirmation(try ctx.jsonBody())
        let estimate = try uploads.confirm(uploadID: uploadID, files: files, user: user)
        return .json(
            [
                "upload_id": .string(uploadID), "status": "processing",
                "message": "Files uploaded successfully. Processing data...",
                "estimated_completion": .string(Timestamp.rfc3339(estimate)),
            ], status: .accepted)
    }

    func list(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let q = QueryParameters(ctx.request)
        let limit = try q.int("limit", default: 20, range: 1...100)
        let offset = try q.int("offset", default: 0, range: 0...Int(Int32.max))
        let status = try q.choice("status", UploadRecord.Status.allCases.map(\.rawValue)).flatMap(UploadRecord.Status.init(rawValue:))
        let sort = try q.choice("sort", UploadSort.allCases.map(\.rawValue), default: "created_at").flatMap(UploadSort.init(rawValue:)) ?? .created_at
        let order = try q.choice("order", ["asc", "desc"], default: "desc")
        let page = try uploads.list(userID: user.id, status: status, sort: sort, ascending: order == "asc", limit: limit, offset: offset)
        return .json([
            "uploads": .array(page.uploads.map { summaryJSON($0, user: user) }),
            "pagination": [
                "total": JSON(page.total), "limit": JSON(limit), "offset": JSON(offset),
                "has_more": .bool(offset + page.uploads.count < page.total),
            ],
        ])
    }

    func details(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let (upload, models) = try uploads.details(uploadID: ctx.pathParameter("upload_id"), user: user)
        return .json(detailJSON(upload, models: models, user: user))
    }

    func delete(_ ctx: RequestContext) throws -> HTTPResponse {
        let upload = try uploads.delete(uploadID: ctx.pathParameter("upload_id"), user: try ctx.requiredUser)
        return .json(["upload_id": .string(upload.id), "status": "deleted", "deleted_at": .string(Timestamp.rfc3339(Timestamp.now()))])
    }

    func preview(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let q = QueryParameters(ctx.request)
        let preview = try previews.preview(
            uploadID: ctx.pathParameter("upload_id"), filename: ctx.pathParameter("filename"),
            limit: try q.int("limit", default: 10, range: 1...100),
            offset: try q.int("offset", default: 0, range: 0...Int(Int32.max)), user: user)
        var fields: [(String, JSON)] = [
            ("filename", .string(preview.filename)), ("total_rows", JSON(preview.totalRows)),
            ("returned_rows", JSON(preview.rows.count)),
        ]
        if let columns = preview.columns { fields.append(("columns", .array(columns.map(JSON.string)))) }
        fields += [("data", .array(preview.rows)), ("truncated", .bool(preview.truncated))]
        return .json(.object(fields))
    }

    func createModel(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let body = try ctx.jsonBody()
        let name = try body.requiredString("model_name")
        let model = try uploads.createModel(name: name, uploadID: try body.requiredString("upload_id"), user: user)
        return .json(
            [
                "model_id": .string(model.id), "model_name": .string(model.name), "version": .string(model.version),
                "upload_id": .string(model.uploadID),
            ], status: .created)
    }

    func deleteModel(_ ctx: RequestContext) throws -> HTTPResponse {
        let model = try uploads.deleteModel(id: ctx.pathParameter("model_id"), user: try ctx.requiredUser)
        return .json(["model_id": .string(model.id), "status": "deleted", "deleted_at": .string(Timestamp.rfc3339(Timestamp.now()))])
    }
}

// MARK: Decoding the bodies

extension UploadsAPI {
    static func draft(_ body: JSONObjectReader) throws -> UploadDraft {
        let name = try body.string("name")
        let description = try body.string("description")
        guard let files = try body.objects("files") else { throw APIError.validation("files is required", param: "files") }
        return UploadDraft(
            name: name, description: description,
            files: try files.map { file in
                UploadDraft.File(
                    path: file.path, filename: try file.requiredString("filename"), contentType: try file.requiredString("content_type"),
                    sizeBytes: try file.int("size_bytes", range: 0...Int64.max), options: try ingestOptions(file))
            })
    }

    static func confirmation(_ body: JSONObjectReader) throws -> [ConfirmedFile] {
        let status = try body.requiredString("status")
        guard status == "complete" else {
            throw APIError.validation("status must be \"complete\" to confirm that every file was uploaded", param: "status")
        }
        guard let listed = try body.objects("files") else { throw APIError.validation("files is required", param: "files") }
        return try listed.map {
            ConfirmedFile(path: $0.path, filename: try $0.requiredString("filename"), storageKey: try $0.requiredString("s3_key"))
        }
    }

    /// The encodings a file may be declared in (`encoding`).
    static let declarableEncodings = ["utf-8", "utf-16le", "utf-16be", "utf-32le", "utf-32be", "windows-1252", "latin-1"]

    /// The optional per-file fields that override what ingest would detect.
    static func ingestOptions(_ file: JSONObjectReader) throws -> IngestOptions {
        func character(_ key: String) throws -> String? {
            guard let text = try file.string(key) else { return nil }
            guard text.count == 1, let scalar = text.unicodeScalars.first, scalar.value >= 0x20 || scalar == "\t", scalar.value != 0x7F else {
                throw APIError.validation("\(file.path).\(key) must be one printable character (or a tab)", param: "\(file.path).\(key)")
            }
            return text
        }
        let options = IngestOptions(
            encoding: try file.choice("encoding", declarableEncodings),
            delimiter: try character("delimiter"), quote: try character("quote"), escape: try character("escape"),
            header: try file.bool("header"), skipRows: try file.int("skip_rows", range: 0...1_000).map { Int($0) },
            strict: try file.bool("strict") ?? false)
        if let delimiter = options.delimiter, delimiter == options.quote {
            throw APIError.validation("\(file.path).quote must differ from the delimiter", param: "\(file.path).quote")
        }
        return options
    }
}
