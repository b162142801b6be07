import PlexeFoundation

/// `GET /jobs/{job_id}`: the state of any asynchronous job the caller started (analysis
/// jobs by `job_id`, exports by `export_id`). Ingest and optimize jobs are internal and not listed.
struct JobsAPI: Sendable {
    let catalog: any Catalog

    func job(_ ctx: RequestContext) throws -> HTTPResponse {
        let id = ctx.pathParameter("job_id")
        guard let job = try catalog.job(id: id, userID: try ctx.requiredUser.id, types: JobType.userStarted) else {
            throw APIError.notFound("no job \(id)")
        }
        return .json(Self.json(job))
    }

    /// What a failed job's status answers besides its common fields.
    static func failureFields(_ job: JobRecord) -> [(String, JSON)] {
        [("error", .optional(job.error)), ("error_code", .optional(job.errorCode))]
    }

    /// What a pending or running job's status answers besides its common fields.
    static func progressFields(_ job: JobRecord) -> [(String, JSON)] {
        [("progress", .double(job.progress)), ("estimated_completion", .optional(job.estimatedCompletion.map(Timestamp.rfc3339)))]
    }

    static func json(_ job: JobRecord) -> JSON {
        .object([
            ("job_id", .string(job.id)), ("type", .string(job.type.rawValue)), ("status", .string(job.status.rawValue)),
            ("progress", .double(job.progress)), ("created_at", .string(Timestamp.rfc3339(job.createdAt))),
            ("completed_at", .optional(job.completedAt.map(Timestamp.rfc3339))),
            ("estimated_completion", .optional(job.estimatedCompletion.map(Timestamp.rfc3339))),
            ("error", .optional(job.error)), ("error_code", .optional(job.errorCode)),
        ])
    }
}
