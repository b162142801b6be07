import Foundation
import PlexeFoundation
import PlexeIngest

/// The reference's "Uploads" section: create (presigned URLs), the storage check nginx calls
/// for each PUT, confirm, list, details, delete, and the models that pin an upload.
/// Previews are in `UploadsAPI+Preview.swift`, response shapes in `UploadsAPI+JSON.swift`.
struct UploadsAPI {
    let app: Application

    func register(in router: inout Router) {
        for path in ["/data/upload", "/data/uploads"] {
            router.add("POST", path) { try create($0) }
        }
        router.add("GET", "/data/uploads") { try list($0) }
        for prefix in ["/data/uploads", "/uploads"] {
            router.add("GET", "\(prefix)/{upload_id}") { try details($0) }
            router.add("DELETE", "\(prefix)/{upload_id}") { try delete($0) }
            router.add("POST", "\(prefix)/{upload_id}/status") { try confirm($0) }
            router.add("GET", "\(prefix)/{upload_id}/files/{filename}/preview") { try preview($0) }
        }
        router.add("PUT", "/_auth/storage", access: .publicAccess) { try authorizeStorageWrite($0) }
        router.add("POST", "/models") { try createModel($0) }
        router.add("DELETE", "/models/{model_id}") { try deleteModel($0) }
    }

    // MARK: Create

    static let acceptedContentTypes: Set<String> = [
        "text/csv", "application/csv", "text/tab-separated-values", "text/plain", "application/json",
        "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
        "application/octet-stream", "application/vnd.ms-excel",
        "application/vnd.apache.parquet", "application/x-parquet",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]

    func create(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let body = try ctx.jsonBody()
        let name = try body.string("name")
        let description = try body.string("description")
        guard let files = try body.objects("files") else { throw APIError.validation("files is required", param: "files") }
        guard !files.isEmpty else { throw APIError.validation("files must list at least one file", param: "files") }
        let config = app.config
        guard files.count <= config.maxFilesPerUpload else {
            throw APIError.tooLarge("an upload holds at most \(config.maxFilesPerUpload) files; \(files.count) were listed", param: "files")
        }
        let uploadID = Crypto.randomID(prefix: "upload_")
        let now = Timestamp.now()
        var seen = Set<String>()
        var total: Int64 = 0
        var records: [UploadFileRecord] = []
        for (position, file) in files.enumerated() {
            let filename = try file.requiredString("filename")
            if let problem = Self.filenameProblem(filename) {
                throw APIError.validation("\(file.path).filename \(problem)", param: "\(file.path).filename")
            }
            guard seen.insert(filename).inserted else {
                throw APIError.validation("\(file.path).filename: \(filename) is listed twice", param: "\(file.path).filename")
            }
            let contentType = try file.requiredString("content_type")
            let mediaType = (contentType.split(separator: ";", omittingEmptySubsequences: false).first ?? "")
                .trimmingCharacters(in: .whitespaces).lowercased()
            guard Self.acceptedContentTypes.contains(mediaType) else {
                throw APIError.validation("\(file.path).content_type \(contentType) is not supported; upload CSV (text/csv), JSON (application/json), NDJSON (application/x-ndjson), Parquet (application/vnd.apache.parquet) or Excel .xlsx (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)", param: "\(file.path).content_type")
            }
            let size = try file.int("size_bytes", range: 0...Int64.max)
            let options = try Self.ingestOptions(file)
            if let size {
                guard size <= config.maxFileBytes else {
                    throw APIError.tooLarge("\(filename) is \(size) bytes; the limit is \(config.maxFileBytes) bytes per file", param: "\(file.path).size_bytes")
                }
                total += size
                guard total <= config.maxUploadBytes else {
                    throw APIError.tooLarge("the files add up to more than \(config.maxUploadBytes) bytes, the limit per upload", param: "\(file.path).size_bytes")
                }
            }
            records.append(UploadFileRecord(
                uploadID: uploadID, position: position, filename: filename, contentType: contentType, declaredSize: size,
                storageKey: "uploads/\(uploadID)/\(position)-\(Self.safeKeyComponent(filename))", sizeBytes: nil, format: nil,
                table: nil, rowCount: nil, columnCount: nil, dialectJSON: nil, rowOffsets: [], errorLine: nil, errorMessage: nil, createdAt: now,
                options: options))
        }
        let upload = UploadRecord(id: uploadID, userID: user.id, name: name, description: description, status: .pending,
                                  createdAt: now, expiresAt: now + config.uploadURLTTLSeconds, processedAt: nil, foreignKeys: [], files: records)
        try Quotas(app: app).insertUpload(upload, now: now)
        let fileJSON: [JSON] = records.map { f in
            ["filename": .string(f.filename),
             "presigned_url": .string(app.signer.sign(method: "PUT", path: "/storage/" + f.storageKey, now: now, ttl: config.uploadURLTTLSeconds)),
             "s3_key": .string(f.storageKey),
             "content_type": .string(f.contentType)]
        }
        return .json([
            "upload_id": .string(uploadID), "name": .optional(name), "description": .optional(description),
            "status": "pending", "created_at": .string(Timestamp.rfc3339(now)), "files": .array(fileJSON),
            "expires_at": .string(Timestamp.rfc3339(upload.expiresAt)),
        ], status: 201)
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

    /// Why a filename is refused, or nil. Plain names only: they become storage keys,
    /// download names and URL segments.
    static func filenameProblem(_ name: String) -> String? {
        if name.isEmpty { return "must not be empty" }
        if name.utf8.count > 255 { return "must be at most 255 bytes" }
        if name.contains("/") || name.contains("\\") { return "must be a plain file name without / or \\" }
        if name == "." || name == ".." || name.contains("..") { return "must not contain .." }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "must not contain control characters or NUL" }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return "must not be blank" }
        return nil
    }

    /// A storage-key component from a filename: the safe alphabet only, so that signed
    /// paths never need percent-encoding (nginx stores at the decoded path).
    static func safeKeyComponent(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            let v = scalar.value
            let safe = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x2D || v == 0x5F || v == 0x2E
            out.unicodeScalars.append(safe ? scalar : "_")
        }
        return String(out.prefix(120))
    }

    // MARK: The storage check (nginx auth_request for each PUT)

    /// Allows a PUT to `/storage/<key>` when its signature is valid, the key belongs to an
    /// upload still `pending` (a confirmed file cannot be replaced), and the body's length fits
    /// the per-file limit and equals the declared `size_bytes`, if one was declared. nginx
    /// stores what it allows as the key's staged copy (`FileStore`). Answers 204 (allow) or 403 (deny): nginx turns any other
    /// status into a 500, so every refusal here is a 403.
    func authorizeStorageWrite(_ ctx: RequestContext) throws -> HTTPResponse {
        let verdict = app.signer.verify(method: "PUT", rawURI: ctx.request.rawURI, now: Timestamp.now())
        guard case .valid(let path) = verdict, path.hasPrefix("/storage/") else {
            throw APIError.forbidden("the upload URL is not valid: \(Self.describe(verdict))")
        }
        let key = String(path.dropFirst("/storage/".count))
        guard let found = try app.catalog.fileForStorageKey(key) else {
            throw APIError.forbidden("the upload URL does not name a file of any upload")
        }
        guard found.uploadStatus == .pending else {
            throw APIError.forbidden("the upload was already confirmed; its files cannot be replaced")
        }
        let length = ctx.request.header("content-length").flatMap(Int64.init)
        if let length, length > app.config.maxFileBytes {
            throw APIError.forbidden("the file is larger than the limit of \(app.config.maxFileBytes) bytes")
        }
        // nginx stops reading a body at its Content-Length, so checking the header holds
        // the body to the declared size; a body without one (chunked) cannot be held to it.
        if let declared = found.file.declaredSize, length != declared {
            throw APIError.forbidden("the body is \(length.map { "\($0) bytes" } ?? "of unknown length") but size_bytes declared \(declared)")
        }
        return HTTPResponse(status: 204)
    }

    static func describe(_ verdict: URLSigner.Verdict) -> String {
        switch verdict {
        case .valid: return "valid"
        case .unsigned: return "it carries no signature"
        case .invalid(let why): return why
        case .expired: return "it has expired"
        }
    }

    // MARK: Confirm

    func confirm(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let upload = try ownedUpload(ctx, user)
        let body = try ctx.jsonBody()
        let status = try body.requiredString("status")
        guard status == "complete" else {
            throw APIError.validation("status must be \"complete\" to confirm that every file was uploaded", param: "status")
        }
        guard let listed = try body.objects("files") else { throw APIError.validation("files is required", param: "files") }
        guard !listed.isEmpty else { throw APIError.validation("files must list the uploaded files", param: "files") }
        for item in listed {
            let filename = try item.requiredString("filename")
            let key = try item.requiredString("s3_key")
            guard let file = upload.file(named: filename) else {
                throw APIError.validation("\(item.path).filename: \(filename) is not a file of this upload", param: "\(item.path).filename")
            }
            guard file.storageKey == key else {
                throw APIError.validation("\(item.path).s3_key does not match the key issued for \(filename) (\(file.storageKey))", param: "\(item.path).s3_key")
            }
        }
        guard upload.status == .pending else {
            throw APIError.conflict("the upload is already \(upload.status.rawValue); it can be confirmed once")
        }
        // Each file moves out of reach of its presigned URL first, and is measured where it
        // now lies: a PUT still in flight can only write a staged copy nobody reads.
        var sizes: [String: Int64] = [:]
        for file in upload.files {
            _ = try app.fileStore.promoteStaged(key: file.storageKey)
            guard let size = app.fileStore.size(ofKey: file.storageKey) else {
                throw APIError.validation("\(file.filename) has not been uploaded: PUT it to its presigned_url first", param: "files")
            }
            if let declared = file.declaredSize, declared != size {
                throw APIError.validation("\(file.filename) is \(size) bytes but size_bytes declared \(declared)", param: "files")
            }
            sizes[file.filename] = size
        }
        let total = sizes.values.reduce(0, +)
        guard total <= app.config.maxUploadBytes else {
            throw APIError.tooLarge("the files add up to \(total) bytes, more than \(app.config.maxUploadBytes) bytes, the limit per upload", param: "files")
        }
        try Quotas(app: app).recordFileSizes(upload, sizes: sizes)
        guard try app.catalog.setUploadStatus(id: upload.id, to: .processing, from: [.pending]) else {
            throw APIError.conflict("the upload was confirmed by another request")
        }
        let now = Timestamp.now()
        let bytes = sizes.values.reduce(0, +)
        let estimate = app.jobs.estimatedCompletion(type: "ingest", bytes: bytes, now: now)
        try app.jobs.submit(.queued(id: Crypto.randomID(prefix: "job_"), userID: user.id, type: "ingest", uploadID: upload.id,
                                    params: ["upload_id": .string(upload.id), "bytes": .int(bytes)], now: now, estimatedCompletion: estimate))
        return .json([
            "upload_id": .string(upload.id), "status": "processing",
            "message": "Files uploaded successfully. Processing data...",
            "estimated_completion": .string(Timestamp.rfc3339(estimate)),
        ], status: 202)
    }

    // MARK: Read

    func list(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let q = QueryParameters(ctx.request)
        let limit = try q.int("limit", default: 20, range: 1...100)
        let offset = try q.int("offset", default: 0, range: 0...Int(Int32.max))
        let status = try q.choice("status", UploadRecord.Status.allCases.map(\.rawValue)).flatMap(UploadRecord.Status.init(rawValue:))
        let sort = try q.choice("sort", Catalog.UploadSort.allCases.map(\.rawValue), default: "created_at").flatMap(Catalog.UploadSort.init(rawValue:)) ?? .created_at
        let order = try q.choice("order", ["asc", "desc"], default: "desc")
        let page = try app.catalog.uploads(userID: user.id, status: status, sort: sort, ascending: order == "asc", limit: limit, offset: offset)
        return .json([
            "uploads": .array(page.uploads.map { summaryJSON($0, user: user) }),
            "pagination": ["total": JSON(page.total), "limit": JSON(limit), "offset": JSON(offset),
                           "has_more": .bool(offset + page.uploads.count < page.total)],
        ])
    }

    func details(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let upload = try ownedUpload(ctx, user)
        return .json(try detailJSON(upload, user: user))
    }

    // MARK: Delete

    func delete(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let upload = try ownedUpload(ctx, user)
        let models = try app.catalog.models(uploadID: upload.id)
        guard models.isEmpty else {
            throw APIError.conflict("the upload is used by model \(models.map(\.id).joined(separator: ", ")); unbind it first (DELETE /models/{model_id})")
        }
        guard upload.status != .processing else {
            throw APIError.conflict("the upload is being processed; delete it once its status is complete or failed")
        }
        try UploadRemover(app: app).remove(upload)
        return .json(["upload_id": .string(upload.id), "status": "deleted", "deleted_at": .string(Timestamp.rfc3339(Timestamp.now()))])
    }

    // MARK: Models

    func createModel(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let body = try ctx.jsonBody()
        let name = try body.requiredString("model_name")
        guard !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw APIError.validation("model_name must not be blank", param: "model_name") }
        let uploadID = try body.requiredString("upload_id")
        guard try app.catalog.upload(id: uploadID, userID: user.id) != nil else {
            throw APIError.notFound("no upload \(uploadID)", param: "upload_id")
        }
        let model = Catalog.ModelRecord(id: Crypto.randomID(prefix: "model_"), name: name, version: "1", uploadID: uploadID)
        try app.catalog.insertModel(model, userID: user.id)
        return .json(["model_id": .string(model.id), "model_name": .string(name), "version": "1", "upload_id": .string(uploadID)], status: 201)
    }

    func deleteModel(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let id = ctx.pathParameter("model_id")
        guard let model = try app.catalog.model(id: id, userID: user.id) else { throw APIError.notFound("no model \(id)") }
        try app.catalog.deleteModel(id: model.id)
        return .json(["model_id": .string(model.id), "status": "deleted", "deleted_at": .string(Timestamp.rfc3339(Timestamp.now()))])
    }

    // MARK: Shared

    /// The upload named in the path, if the caller owns it; 404 otherwise (ids never leak).
    func ownedUpload(_ ctx: RequestContext, _ user: User) throws -> UploadRecord {
        let id = ctx.pathParameter("upload_id")
        guard let upload = try app.catalog.upload(id: id, userID: user.id) else {
            throw APIError.notFound("no upload \(id)")
        }
        return upload
    }
}
