import Logging
import PlexeExport
import PlexeFoundation
import PlexeNotify

/// A completed export's file as the API shows it: where to download it, until when.
struct ExportDownload: Sendable {
    var file: ExportFileRecord
    var url: String
    var expiresAt: Int64
}

/// Exports: start one over an upload's files, read its state and its files' signed URLs,
/// check a download, and delete exports past their retention. The job is `ExportJob`.
struct ExportService: Sendable {
    let catalog: any Catalog
    let uploadJobs: UploadJobs
    let quotas: Quotas
    let fileStore: any FileStore
    let signer: URLSigner
    let retentionSeconds: Int64

    func start(uploadID: String, files: [String]?, format: ExportFormat?, includeHeaders: Bool, emailNotification: Bool, user: User) throws
        -> JobRecord
    {
        let (upload, selected) = try uploadJobs.select(uploadID: uploadID, files: files, user: user, purpose: "exported")
        try quotas.requireRoomToStore(userID: user.id)
        let parameters = ExportJobParameters(
            uploadID: upload.id, files: selected.map(\.filename), bytes: UploadJobs.bytes(of: selected),
            format: format, includeHeaders: includeHeaders, emailNotification: emailNotification)
        return try uploadJobs.submit(.export(parameters), idPrefix: "export_", user: user)
    }

    /// The caller's export, with its files once it completed.
    func export(id: String, user: User) throws -> (job: JobRecord, format: ExportFormat?, files: [ExportDownload]) {
        let job = try owned(id, userID: user.id)
        guard case .export(let parameters) = job.parameters else { throw APIError.notFound("no export \(id)") }
        guard job.status == .completed else { return (job, parameters.format, []) }
        let completed = job.completedAt ?? job.createdAt
        return (
            job, parameters.format,
            try catalog.exportFiles(exportID: job.id).map { file in
                ExportDownload(
                    file: file, url: downloadURL(exportID: job.id, file: file, completedAt: completed),
                    expiresAt: completed + retentionSeconds)
            }
        )
    }

    /// The signed URL is derived from the completion time, so it is the same every time the
    /// status is read and stops working when the export's retention ends. Which URL it is
    /// (the download route's, or the object store's own) is the file store's choice.
    func downloadURL(exportID: String, file: ExportFileRecord, completedAt: Int64) -> String {
        fileStore.downloadURL(exportID: exportID, file: file, issuedAt: completedAt, validFor: retentionSeconds, now: Timestamp.now())
    }

    /// The file a download asks for, if a valid signature or the owner's token allows it,
    /// and how to hand it over (to nginx, or to the object store).
    func download(exportID: String, filename: String, request: HTTPRequest, authenticator: Authenticator) throws -> (
        file: ExportFileRecord, handoff: DownloadHandoff
    ) {
        let job: JobRecord
        switch signer.verify(method: .get, path: request.path, query: request.query, now: Timestamp.now()) {
        case .valid:
            guard let found = try catalog.job(id: exportID), found.type == .export else { throw APIError.notFound("no export \(exportID)") }
            job = found
        case .unsigned:
            guard Authenticator.token(in: request) != nil else {
                throw APIError.unauthorized("a signed download_url or a bearer token is required")
            }
            job = try owned(exportID, userID: try authenticator.authenticate(request).id)
        case .expired:
            throw APIError.forbidden("the download URL has expired; read GET /data/export/\(exportID) for a fresh one")
        case .invalid(let why):
            throw APIError.forbidden("the download URL is not valid: \(why)")
        }
        guard job.status == .completed else { throw APIError.conflict("the export is \(ExportService.status(job.status)); no files yet") }
        guard let file = try catalog.exportFiles(exportID: exportID).first(where: { $0.filename == filename }) else {
            throw APIError.notFound("export \(exportID) has no file \(filename)")
        }
        return (file, fileStore.downloadHandoff(for: file, now: Timestamp.now()))
    }

    /// Exports past their retention are deleted: files, then the job (later reads answer 404).
    func deleteExpired(now: Int64, logger: Logger) throws {
        for id in try catalog.jobs(type: .export, completedBefore: now - retentionSeconds) {
            try fileStore.removeAll(prefix: StorageKeys.export(id))
            try catalog.deleteJob(id: id)
            logger.info("deleted expired export", metadata: ["export_id": "\(id)"])
        }
    }

    private func owned(_ id: String, userID: Int64) throws -> JobRecord {
        guard let job = try catalog.job(id: id, userID: userID, types: [.export]) else { throw APIError.notFound("no export \(id)") }
        return job
    }

    /// The reference spells an export's states `processing` → `completed` | `failed`.
    static func status(_ status: JobRecord.Status) -> String {
        switch status {
        case .pending, .running: return "processing"
        case .completed: return "completed"
        case .failed: return "failed"
        }
    }
}

/// E-mails the owner of an export that finished (or failed), when they asked for it. Mail
/// problems are logged and retried by the dispatcher; they never fail the export.
struct ExportNotifier: Sendable {
    let catalog: any Catalog
    let mail: MailDispatcher
    let fileStore: any FileStore
    let retentionSeconds: Int64
    let logger: Logger

    func exportFinished(_ job: JobRecord, failure: String?) {
        guard case .export(let parameters) = job.parameters else { return }
        do {
            guard let user = try catalog.user(id: job.userID) else { return }
            let recipient = try EmailAddress(user.email)
            let now = Timestamp.now()
            let result: ExportNotification.Result
            if let failure {
                result = .failed(reason: failure)
            } else {
                result = .completed(
                    files: try catalog.exportFiles(exportID: job.id).map { f in
                        ExportNotification.File(
                            filename: f.filename, sizeBytes: f.sizeBytes,
                            downloadURL: fileStore.downloadURL(exportID: job.id, file: f, issuedAt: now, validFor: retentionSeconds, now: now),
                            expiresAt: Timestamp.rfc3339(now + retentionSeconds))
                    })
            }
            let notification = ExportNotification(
                exportID: job.id, uploadID: parameters.uploadID, format: parameters.format?.rawValue ?? "original",
                result: result)
            mail.deliver(notification.message(to: recipient, from: mail))
        } catch {
            logger.warning("export notification not sent", metadata: ["export_id": "\(job.id)", "error": "\(error)"])
        }
    }
}
