import PlexeFoundation

/// What starting a job over an upload's files (analysis, export) shares: the caller's upload,
/// complete, the `files` subset, and a job queued within the queued-jobs quota with an estimate.
struct UploadJobs: Sendable {
    let catalog: any Catalog
    let jobs: JobRunner
    let quotas: Quotas

    /// The caller's upload and the selected files (all when `names` is nil). 404 for an
    /// upload the caller does not own, 422 for a file it does not have, 409 while it is not
    /// complete (`purpose` says what it cannot be yet: "analysed").
    func select(uploadID: String, files names: [String]?, user: User, purpose: String) throws -> (upload: UploadRecord, files: [UploadFileRecord]) {
        guard let upload = try catalog.upload(id: uploadID, userID: user.id) else {
            throw APIError.notFound("no upload \(uploadID)", param: "upload_id")
        }
        let files = try FileSelection.resolve(names, in: upload)
        guard upload.status == .complete else {
            throw APIError.conflict("upload \(uploadID) is \(upload.status.rawValue); it can be \(purpose) once complete", param: "upload_id")
        }
        return (upload, files)
    }

    /// The selected files' bytes, which the job's estimate and parameters carry.
    static func bytes(of files: [UploadFileRecord]) -> Int64 {
        files.reduce(Int64(0)) { $0 + ($1.sizeBytes ?? 0) }
    }

    /// Queues a job with these parameters under a new id with `idPrefix`, and returns it.
    func submit(_ parameters: JobParameters, idPrefix: String, user: User) throws -> JobRecord {
        let now = Timestamp.now()
        let job = JobRecord.queued(
            id: Crypto.randomID(prefix: idPrefix), userID: user.id, parameters: parameters, now: now,
            estimatedCompletion: jobs.estimatedCompletion(type: parameters.type, bytes: parameters.bytes ?? 0, now: now))
        try quotas.submit(job)
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
