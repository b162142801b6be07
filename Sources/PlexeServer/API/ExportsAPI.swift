import PlexeFoundation

/// The reference's "Data Export" section: start an export, read its status, download its
/// files. Downloads are checked here and sent by nginx (`X-Accel-Redirect`).
struct ExportsAPI {
    let app: Application

    func register(in router: inout Router) {
        router.add("POST", "/data/export") { try start($0) }
        router.add("GET", "/data/export/{export_id}") { try status($0) }
        // Public at the router: the handler accepts a valid signature or a bearer token.
        router.add("GET", "/data/export/{export_id}/{filename}", access: .publicAccess) { try download($0) }
    }

    func start(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let body = try ctx.jsonBody()
        let format = try body.choice("format", ["csv", "json", "parquet"])
        let includeHeaders = try body.bool("include_headers") ?? true
        let notify = try body.bool("email_notification") ?? false
        let request = try UploadJobRequest(body, user: user, app: app, purpose: "exported")
        try Quotas(app: app).requireRoomToStore(userID: user.id)
        let job = try request.submit(type: "export", idPrefix: "export_", params: [
            ("format", .optional(format)), ("include_headers", .bool(includeHeaders)), ("email_notification", .bool(notify)),
        ], user: user, app: app)
        return .json(["export_id": .string(job.id), "status": "processing", "created_at": .string(Timestamp.rfc3339(job.createdAt)),
                      "estimated_completion": .optional(job.estimatedCompletion.map(Timestamp.rfc3339))], status: 202)
    }

    func status(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let job = try ownedExport(ctx.pathParameter("export_id"), userID: user.id)
        return .json(try statusJSON(job))
    }

    func statusJSON(_ job: JobRecord) throws -> JSON {
        var fields: [(String, JSON)] = [
            ("export_id", .string(job.id)), ("status", .string(Self.exportStatus(job.status))),
            ("format", job.params["format"] ?? .null), ("created_at", .string(Timestamp.rfc3339(job.createdAt))),
            ("completed_at", .optional(job.completedAt.map(Timestamp.rfc3339))),
        ]
        switch job.status {
        case .completed:
            let completed = job.completedAt ?? job.createdAt
            let files = try app.catalog.exportFiles(exportID: job.id)
            fields.append(("files", .array(files.map { f in
                .object([("filename", .string(f.filename)), ("size_bytes", .int(f.sizeBytes)),
                         ("download_url", .string(downloadURL(exportID: job.id, filename: f.filename, completedAt: completed))),
                         ("expires_at", .string(Timestamp.rfc3339(completed + app.config.exportRetentionSeconds)))])
            })))
        case .failed:
            fields.append(("error", .optional(job.error)))
            fields.append(("error_code", .optional(job.errorCode)))
        case .pending, .running:
            fields.append(("progress", .double(job.progress)))
            fields.append(("estimated_completion", .optional(job.estimatedCompletion.map(Timestamp.rfc3339))))
        }
        return .object(fields)
    }

    /// The signed URL is derived from the completion time, so it is the same every time the
    /// status is read and stops working when the export's retention ends.
    func downloadURL(exportID: String, filename: String, completedAt: Int64) -> String {
        app.signer.sign(method: "GET", path: "/data/export/\(exportID)/\(filename)", now: completedAt, ttl: app.config.exportRetentionSeconds)
    }

    func download(_ ctx: RequestContext) throws -> HTTPResponse {
        let exportID = ctx.pathParameter("export_id")
        let filename = ctx.pathParameter("filename")
        let job: JobRecord
        switch app.signer.verify(method: "GET", path: ctx.request.path, query: ctx.request.query, now: Timestamp.now()) {
        case .valid:
            guard let found = try app.catalog.job(id: exportID), found.type == "export" else { throw APIError.notFound("no export \(exportID)") }
            job = found
        case .unsigned:
            guard Authenticator.token(in: ctx.request) != nil else {
                throw APIError.unauthorized("a signed download_url or a bearer token is required")
            }
            let user = try Authenticator(catalog: app.catalog).authenticate(ctx.request)
            job = try ownedExport(exportID, userID: user.id)
        case .expired:
            throw APIError.forbidden("the download URL has expired; read GET /data/export/\(exportID) for a fresh one")
        case .invalid(let why):
            throw APIError.forbidden("the download URL is not valid: \(why)")
        }
        guard job.status == .completed else { throw APIError.conflict("the export is \(Self.exportStatus(job.status)); no files yet") }
        guard let file = try app.catalog.exportFiles(exportID: exportID).first(where: { $0.filename == filename }) else {
            throw APIError.notFound("export \(exportID) has no file \(filename)")
        }
        return .accelRedirect(to: app.fileStore.internalRedirectPath(forKey: file.storageKey),
                              contentType: Self.contentType(filename), downloadName: filename)
    }

    private func ownedExport(_ id: String, userID: Int64) throws -> JobRecord {
        guard let job = try app.catalog.job(id: id, userID: userID, types: ["export"]) else { throw APIError.notFound("no export \(id)") }
        return job
    }

    /// The reference spells an export's states `processing` → `completed` | `failed`.
    static func exportStatus(_ status: JobRecord.Status) -> String {
        switch status {
        case .pending, .running: return "processing"
        case .completed: return "completed"
        case .failed: return "failed"
        }
    }

    static func contentType(_ filename: String) -> String {
        if filename.hasSuffix(".csv") { return "text/csv; charset=utf-8" }
        if filename.hasSuffix(".json") { return "application/json" }
        if filename.hasSuffix(".parquet") { return "application/vnd.apache.parquet" }
        return "application/octet-stream"
    }
}
