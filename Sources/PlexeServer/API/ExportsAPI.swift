import PlexeExport
import PlexeFoundation

/// The reference's "Data Export" section: start an export, read its status, download its
/// files. Downloads are checked here and sent by nginx (`X-Accel-Redirect`).
struct ExportsAPI: Sendable {
    let exports: ExportService
    let authenticator: Authenticator

    func start(_ ctx: RequestContext) throws -> HTTPResponse {
        let body = try ctx.jsonBody()
        let format = try body.choice("format", ExportFormat.allCases.map(\.rawValue)).flatMap(ExportFormat.init(rawValue:))
        let includeHeaders = try body.bool("include_headers") ?? true
        let notify = try body.bool("email_notification") ?? false
        let job = try exports.start(
            uploadID: try body.requiredString("upload_id"), files: try body.strings("files"), format: format,
            includeHeaders: includeHeaders, emailNotification: notify, user: try ctx.requiredUser)
        return .json(
            [
                "export_id": .string(job.id), "status": "processing", "created_at": .string(Timestamp.rfc3339(job.createdAt)),
                "estimated_completion": .optional(job.estimatedCompletion.map(Timestamp.rfc3339)),
            ], status: .accepted)
    }

    func status(_ ctx: RequestContext) throws -> HTTPResponse {
        let (job, format, files) = try exports.export(id: ctx.pathParameter("export_id"), user: try ctx.requiredUser)
        var fields: [(String, JSON)] = [
            ("export_id", .string(job.id)), ("status", .string(ExportService.status(job.status))),
            ("format", .optional(format?.rawValue)), ("created_at", .string(Timestamp.rfc3339(job.createdAt))),
            ("completed_at", .optional(job.completedAt.map(Timestamp.rfc3339))),
        ]
        switch job.status {
        case .completed:
            fields.append(
                (
                    "files",
                    .array(
                        files.map { f in
                            .object([
                                ("filename", .string(f.file.filename)), ("size_bytes", .int(f.file.sizeBytes)),
                                ("download_url", .string(f.url)), ("expires_at", .string(Timestamp.rfc3339(f.expiresAt))),
                            ])
                        })
                ))
        case .failed:
            fields += JobsAPI.failureFields(job)
        case .pending, .running:
            fields += JobsAPI.progressFields(job)
        }
        return .json(.object(fields))
    }

    /// Public at the router: the service accepts a valid signature or the owner's bearer token.
    func download(_ ctx: RequestContext) throws -> HTTPResponse {
        let filename = ctx.pathParameter("filename")
        let (_, handoff) = try exports.download(
            exportID: ctx.pathParameter("export_id"), filename: filename,
            request: ctx.request, authenticator: authenticator)
        switch handoff {
        case .internalRedirect(let path):
            return .accelRedirect(to: path, contentType: Self.contentType(filename), downloadName: filename)
        case .redirect(let url):
            // The object store serves the bytes (its presigned URL names the file).
            return HTTPResponse(status: .found, headers: [("Location", url)])
        }
    }

    /// The format's media type, from the file's extension.
    static func contentType(_ filename: String) -> String {
        let fileExtension = filename.split(separator: ".", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        return ExportFormat.allCases.first { $0.fileExtension == fileExtension && filename.count > fileExtension.count }?.mediaType
            ?? "application/octet-stream"
    }
}
