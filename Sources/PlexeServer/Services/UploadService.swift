import Foundation
import PlexeFoundation
import PlexeIngest

/// A new upload as the client describes it (`POST /data/uploads`), decoded but not yet
/// checked against the rules and limits.
struct UploadDraft: Sendable {
    struct File: Sendable {
        /// Where the file stands in the body (`files[0]`), for the errors' `param`.
        var path: String
        var filename: String
        var contentType: String
        var sizeBytes: Int64?
        var options: IngestOptions
    }

    var name: String?
    var description: String?
    var files: [File]
}

/// One file the client says it uploaded (`POST /uploads/{upload_id}/status`).
struct ConfirmedFile: Sendable {
    var path: String
    var filename: String
    var storageKey: String
}

/// The uploads: create (with presigned URLs), the storage check nginx makes for each PUT,
/// confirm (queues the ingest), list, read, delete, and the models that pin an upload.
struct UploadService: Sendable {
    let catalog: any Catalog
    let fileStore: any FileStore
    let signer: URLSigner
    let jobs: JobRunner
    let quotas: Quotas
    let remover: UploadRemover
    let limits: ServerConfig

    static let acceptedContentTypes: Set<String> = [
        "text/csv", "application/csv", "text/tab-separated-values", "text/plain", "application/json",
        "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
        "application/octet-stream", "application/vnd.ms-excel",
        "application/vnd.apache.parquet", "application/x-parquet",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]

    // MARK: Create

    /// Records a pending upload for `draft` and returns it with each file's presigned PUT URL.
    func create(_ draft: UploadDraft, user: User) throws -> (upload: UploadRecord, presignedURLs: [String]) {
        guard !draft.files.isEmpty else { throw APIError.validation("files must list at least one file", param: "files") }
        guard draft.files.count <= limits.maxFilesPerUpload else {
            throw APIError.tooLarge("an upload holds at most \(limits.maxFilesPerUpload) files; \(draft.files.count) were listed", param: "files")
        }
        let uploadID = Crypto.randomID(prefix: "upload_")
        let now = Timestamp.now()
        var seen = Set<String>()
        var total: Int64 = 0
        var records: [UploadFileRecord] = []
        for (position, file) in draft.files.enumerated() {
            try check(file, seen: &seen, total: &total)
            records.append(
                UploadFileRecord(
                    uploadID: uploadID, position: position, filename: file.filename, contentType: file.contentType, declaredSize: file.sizeBytes,
                    storageKey: StorageKeys.uploadFile(uploadID: uploadID, position: position, filename: file.filename), sizeBytes: nil, format: nil,
                    table: nil, rowCount: nil, columnCount: nil, csvDialect: nil, rowOffsets: [], errorLine: nil, errorMessage: nil, createdAt: now,
                    options: file.options))
        }
        let upload = UploadRecord(
            id: uploadID, userID: user.id, name: draft.name, description: draft.description, status: .pending,
            createdAt: now, expiresAt: now + limits.uploadURLTTLSeconds, processedAt: nil, foreignKeys: [], files: records)
        try quotas.insertUpload(upload, now: now)
        let urls = records.map {
            fileStore.presignedUploadURL(forKey: $0.storageKey, declaredSize: $0.declaredSize, now: now, ttl: limits.uploadURLTTLSeconds)
        }
        return (upload, urls)
    }

    /// A file of a new upload: a plain name, listed once, a supported type, within the limits.
    private func check(_ file: UploadDraft.File, seen: inout Set<String>, total: inout Int64) throws {
        let param = "\(file.path).filename"
        if let problem = StorageKeys.filenameProblem(file.filename) {
            throw APIError.validation("\(param) \(problem)", param: param)
        }
        guard seen.insert(file.filename).inserted else {
            throw APIError.validation("\(param): \(file.filename) is listed twice", param: param)
        }
        let mediaType = (file.contentType.split(separator: ";", omittingEmptySubsequences: false).first ?? "")
            .trimmingCharacters(in: .whitespaces).lowercased()
        guard Self.acceptedContentTypes.contains(mediaType) else {
            throw APIError.validation(
                "\(file.path).content_type \(file.contentType) is not supported; upload CSV (text/csv), JSON (application/json), NDJSON (application/x-ndjson), Parquet (application/vnd.apache.parquet) or Excel .xlsx (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)",
                param: "\(file.path).content_type")
        }
        guard let size = file.sizeBytes else { return }
        guard size <= limits.maxFileBytes else {
            throw APIError.tooLarge(
                "\(file.filename) is \(size) bytes; the limit is \(limits.maxFileBytes) bytes per file", param: "\(file.path).size_bytes")
        }
        total += size
        guard total <= limits.maxUploadBytes else {
            throw APIError.tooLarge(
                "the files add up to more than \(limits.maxUploadBytes) bytes, the limit per upload", param: "\(file.path).size_bytes")
        }
    }

    // MARK: The storage check (nginx auth_request for each PUT)

    /// Allows a PUT to `/storage/<key>` when its signature is valid, the key belongs to an
    /// upload still `pending` (a confirmed file cannot be replaced), and the body's length fits
    /// the per-file limit and equals the declared `size_bytes`, if one was declared. nginx
    /// stores what it allows as the key's staged copy (`FileStore`). Every refusal is a 403:
    /// nginx turns any other status of the check into a 500.
    func authorizeStorageWrite(rawURI: String, contentLength: Int64?) throws {
        let verdict = signer.verify(method: .put, rawURI: rawURI, now: Timestamp.now())
        guard case .valid(let path) = verdict, path.hasPrefix("/storage/") else {
            throw APIError.forbidden("the upload URL is not valid: \(verdict.reason)")
        }
        guard let found = try catalog.fileForStorageKey(String(path.dropFirst("/storage/".count))) else {
            throw APIError.forbidden("the upload URL does not name a file of any upload")
        }
        guard found.uploadStatus == .pending else {
            throw APIError.forbidden("the upload was already confirmed; its files cannot be replaced")
        }
        if let contentLength, contentLength > limits.maxFileBytes {
            throw APIError.forbidden("the file is larger than the limit of \(limits.maxFileBytes) bytes")
        }
        // nginx stops reading a body at its Content-Length, so checking the header holds
        // the body to the declared size; a body without one (chunked) cannot be held to it.
        if let declared = found.file.declaredSize, contentLength != declared {
            throw APIError.forbidden("the body is \(contentLength.map { "\($0) bytes" } ?? "of unknown length") but size_bytes declared \(declared)")
        }
    }

    // MARK: Confirm

    /// Checks that every file arrived as declared, records their sizes and queues the ingest.
    /// Returns when the ingest should be done.
    func confirm(uploadID: String, files listed: [ConfirmedFile], user: User) throws -> Int64 {
        let upload = try owned(uploadID, user: user)
        guard !listed.isEmpty else { throw APIError.validation("files must list the uploaded files", param: "files") }
        for item in listed {
            guard let file = upload.file(named: item.filename) else {
                throw APIError.validation("\(item.path).filename: \(item.filename) is not a file of this upload", param: "\(item.path).filename")
            }
            guard file.storageKey == item.storageKey else {
                throw APIError.validation(
                    "\(item.path).s3_key does not match the key issued for \(item.filename) (\(file.storageKey))", param: "\(item.path).s3_key")
            }
        }
        guard upload.status == .pending else {
            throw APIError.conflict("the upload is already \(upload.status.rawValue); it can be confirmed once")
        }
        let sizes = try promoteStagedFiles(of: upload)
        let bytes = sizes.values.reduce(0, +)
        guard bytes <= limits.maxUploadBytes else {
            throw APIError.tooLarge(
                "the files add up to \(bytes) bytes, more than \(limits.maxUploadBytes) bytes, the limit per upload", param: "files")
        }
        try quotas.recordFileSizes(upload, sizes: sizes)
        guard try catalog.setUploadStatus(id: upload.id, to: .processing, from: [.pending]) else {
            throw APIError.conflict("the upload was confirmed by another request")
        }
        let now = Timestamp.now()
        let estimate = jobs.estimatedCompletion(type: .ingest, bytes: bytes, now: now)
        try jobs.submit(
            .queued(
                id: Crypto.randomID(prefix: "job_"), userID: user.id,
                parameters: .ingest(IngestJobParameters(uploadID: upload.id, bytes: bytes)), now: now, estimatedCompletion: estimate))
        return estimate
    }

    /// Moves each file out of reach of its presigned URL first and measures it where it now
    /// lies: a PUT still in flight can only write a staged copy nobody reads. A staged file
    /// past the per-file limit is refused before it is moved (an object store takes a PUT of
    /// any size when no size was declared).
    private func promoteStagedFiles(of upload: UploadRecord) throws -> [String: Int64] {
        var sizes: [String: Int64] = [:]
        for file in upload.files {
            if let staged = try fileStore.stagedSize(ofKey: file.storageKey), staged > limits.maxFileBytes {
                throw APIError.tooLarge("\(file.filename) is \(staged) bytes; the limit is \(limits.maxFileBytes) bytes per file", param: "files")
            }
            _ = try fileStore.promoteStaged(key: file.storageKey)
            guard let size = try fileStore.size(ofKey: file.storageKey) else {
                throw APIError.validation("\(file.filename) has not been uploaded: PUT it to its presigned_url first", param: "files")
            }
            if let declared = file.declaredSize, declared != size {
                throw APIError.validation("\(file.filename) is \(size) bytes but size_bytes declared \(declared)", param: "files")
            }
            sizes[file.filename] = size
        }
        return sizes
    }

    // MARK: Read and delete

    func list(userID: Int64, status: UploadRecord.Status?, sort: UploadSort, ascending: Bool, limit: Int, offset: Int) throws -> UploadPage {
        try catalog.uploads(userID: userID, status: status, sort: sort, ascending: ascending, limit: limit, offset: offset)
    }

    /// The upload and the models that pin it.
    func details(uploadID: String, user: User) throws -> (upload: UploadRecord, models: [ModelRecord]) {
        let upload = try owned(uploadID, user: user)
        return (upload, try catalog.models(uploadID: upload.id))
    }

    /// Deletes the upload and everything derived from it; refused while a model pins it or
    /// its ingest runs.
    func delete(uploadID: String, user: User) throws -> UploadRecord {
        let upload = try owned(uploadID, user: user)
        let models = try catalog.models(uploadID: upload.id)
        guard models.isEmpty else {
            throw APIError.conflict(
                "the upload is used by model \(models.map(\.id).joined(separator: ", ")); unbind it first (DELETE /models/{model_id})")
        }
        guard upload.status != .processing else {
            throw APIError.conflict("the upload is being processed; delete it once its status is complete or failed")
        }
        try remover.remove(upload)
        return upload
    }

    /// The upload if the caller owns it; 404 otherwise (ids never leak).
    func owned(_ uploadID: String, user: User) throws -> UploadRecord {
        guard let upload = try catalog.upload(id: uploadID, userID: user.id) else {
            throw APIError.notFound("no upload \(uploadID)")
        }
        return upload
    }

    // MARK: Models

    func createModel(name: String, uploadID: String, user: User) throws -> ModelRecord {
        guard !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.validation("model_name must not be blank", param: "model_name")
        }
        guard try catalog.upload(id: uploadID, userID: user.id) != nil else {
            throw APIError.notFound("no upload \(uploadID)", param: "upload_id")
        }
        let model = ModelRecord(id: Crypto.randomID(prefix: "model_"), name: name, version: "1", uploadID: uploadID)
        try catalog.insertModel(model, userID: user.id)
        return model
    }

    func deleteModel(id: String, user: User) throws -> ModelRecord {
        guard let model = try catalog.model(id: id, userID: user.id) else { throw APIError.notFound("no model \(id)") }
        try catalog.deleteModel(id: model.id)
        return model
    }
}

extension URLSigner.Verdict {
    /// Why a URL was not accepted, for the 403's message.
    var reason: String {
        switch self {
        case .valid: return "valid"
        case .unsigned: return "it carries no signature"
        case .invalid(let why): return why
        case .expired: return "it has expired"
        }
    }
}
