import PlexeFoundation

/// `GET /jobs/{job_id}`: the state of any asynchronous job the caller started (analysis
/// jobs by `job_id`, exports by `export_id`). Ingest jobs are internal and not listed.
struct JobsAPI {
    let app: Application

    func register(in router: inout Router) {
        router.add("GET", "/jobs/{job_id}") { ctx in
            let user = try ctx.requiredUser
            let id = ctx.pathParameter("job_id")
            guard let job = try app.catalog.job(id: id, userID: user.id, types: ["analysis", "export"]) else {
                throw APIError.notFound("no job \(id)")
            }
            return .json(Self.json(job))
        }
    }

    static func json(_ job: JobRecord) -> JSON {
        .object([
            ("job_id", .string(job.id)), ("type", .string(job.type)), ("status", .string(job.status.rawValue)),
            ("progress", .double(job.progress)), ("created_at", .string(Timestamp.rfc3339(job.createdAt))),
            ("completed_at", .optional(job.completedAt.map(Timestamp.rfc3339))),
            ("estimated_completion", .optional(job.estimatedCompletion.map(Timestamp.rfc3339))),
            ("error", .optional(job.error)), ("error_code", .optional(job.errorCode)),
        ])
    }
}
