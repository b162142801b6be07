import PlexeFoundation

/// The reference's "Data Querying" section: sessions and their query history.
/// Running a query is in `QueryAPI.swift`.
struct SessionsAPI {
    let app: Application

    func register(in router: inout Router) {
        router.add("POST", "/data/sessions") { try create($0) }
        router.add("DELETE", "/data/sessions/{session_id}") { try end($0) }
        router.add("GET", "/data/sessions/{session_id}/queries") { try history($0) }
    }

    func create(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let body = try ctx.jsonBody()
        let uploadID = try body.requiredString("upload_id")
        let name = try body.string("name")
        let hours = try body.int("expiration_hours", range: 1...168) ?? 24
        guard let upload = try app.catalog.upload(id: uploadID, userID: user.id) else {
            throw APIError.notFound("no upload \(uploadID)", param: "upload_id")
        }
        guard upload.status == .complete else {
            throw APIError.conflict("upload \(uploadID) is \(upload.status.rawValue); sessions can be opened once it is complete", param: "upload_id")
        }
        let now = Timestamp.now()
        let session = SessionRecord(id: Crypto.randomID(prefix: "session_"), userID: user.id, uploadID: uploadID, name: name,
                                    status: "ready", createdAt: now, expiresAt: now + hours * 3600, endedAt: nil)
        if let soonest = try app.catalog.insertSessionIfUnderLimit(session, limit: app.config.maxActiveSessions, now: now) {
            throw APIError.quotaReached("at most \(app.config.maxActiveSessions) sessions can be active at once; end one with DELETE /data/sessions/{session_id}",
                                        limit: app.config.maxActiveSessions, scope: "active sessions per user", retryAfter: Int(max(1, soonest - now)))
        }
        return .json([
            "session_id": .string(session.id), "name": .optional(name), "upload_id": .string(uploadID), "status": "ready",
            "created_at": .string(Timestamp.rfc3339(now)), "expires_at": .string(Timestamp.rfc3339(session.expiresAt)),
            "files": .array(upload.files.map { .string($0.filename) }),
            "tables": .array(upload.files.compactMap { f in f.table.map { t in
                .object([("filename", .string(f.filename)), ("table", .string(t.tableName)),
                         ("columns", .array(t.columns.map { .object([("name", .string($0.name)), ("type", .string($0.type.rawValue))]) }))])
            } }),
        ], status: 201)
    }

    func end(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let id = ctx.pathParameter("session_id")
        guard var session = try app.catalog.session(id: id, userID: user.id) else { throw APIError.notFound("no session \(id)") }
        if session.status == "ready" {
            let now = Timestamp.now()
            try app.catalog.endSession(id: id, now: now)
            session.endedAt = now
        }
        return .json(["session_id": .string(id), "status": "ended", "ended_at": .string(Timestamp.rfc3339(session.endedAt ?? session.expiresAt))])
    }

    func history(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let id = ctx.pathParameter("session_id")
        guard try app.catalog.session(id: id, userID: user.id) != nil else { throw APIError.notFound("no session \(id)") }
        let queries = try app.catalog.queries(sessionID: id)
        return .json(["queries": .array(queries.map { q in
            .object([("query_id", .string(q.id)), ("query_type", .string(q.queryType)), ("query", .string(q.query)),
                     ("generated_sql", .optional(q.generatedSQL)), ("engine", .optional(q.engine)), ("status", .string(q.status)),
                     ("executed_at", .string(Timestamp.rfc3339(q.executedAt))), ("execution_time_ms", JSON(q.executionTimeMs))])
        })])
    }
}
