import PlexeFoundation

/// What the requests that start a job over an upload's files (analysis, export) share:
/// the caller's upload, complete, the `files` subset, and a queued job with an estimate.
struct UploadJobRequest {
    let upload: UploadRecord
    let files: [UploadFileRecord]

    /// Reads `upload_id` and `files` from the body. 404 for an upload the caller does not
    /// own, 422 for a file it does not have, 409 while it is not complete.
    init(_ body: JSONObjectReader, user: User, app: Application, purpose: String) throws {
        let uploadID = try body.requiredString("upload_id")
        guard let upload = try app.catalog.upload(id: uploadID, userID: user.id) else {
            throw APIError.notFound("no upload \(uploadID)", param: "upload_id")
        }
        files = try FileSelection.resolve(try body.strings("files"), in: upload)
        guard upload.status == .complete else {
            throw APIError.conflict("upload \(uploadID) is \(upload.status.rawValue); it can be \(purpose) once complete", param: "upload_id")
        }
        self.upload = upload
    }

    /// Queues a job of `type` over the selected files and returns it.
    func submit(type: String, idPrefix: String, params: [(String, JSON)], user: User, app: Application) throws -> JobRecord {
        let now = Timestamp.now()
        let bytes = files.reduce(Int64(0)) { $0 + ($1.sizeBytes ?? 0) }
        let job = JobRecord.queued(
            id: Crypto.randomID(prefix: idPrefix), userID: user.id, type: type, uploadID: upload.id,
            params: .object([("upload_id", .string(upload.id)), ("files", .array(files.map { .string($0.filename) })), ("bytes", .int(bytes))] + params),
            now: now, estimatedCompletion: app.jobs.estimatedCompletion(type: type, bytes: bytes, now: now))
        try Quotas(app: app).submit(job)
        return job
    }
}

/// The `files` subset of a request, checked against the upload: all files when omitted.
enum FileSelection {
    static func resolve(_ names: [String]?, in upload: UploadRecord) throws -> [UploadFileRecord] {
        guard let names else { return upload.files }
        guard !names.isEmpty else { throw APIError.validation("files must name at least one file, or be left out for all", param: "files") }
        var seen = Set<String>()
        return try names.enumerated().compactMap { i, name in
            guard let file = upload.file(named: name) else {
                throw APIError.validation("files[\(i)]: \(name) is not a file of upload \(upload.id)", param: "files[\(i)]")
            }
            return seen.insert(name).inserted ? file : nil
        }
    }
}
