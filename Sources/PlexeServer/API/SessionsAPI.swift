import PlexeFoundation

/// The reference's "Data Querying" section: sessions and their query history.
/// Running a query is in `QueryAPI.swift`.
struct SessionsAPI: Sendable {
    let sessions: SessionService

    func create(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let body = try ctx.jsonBody()
        let (session, upload) = try sessions.open(
            uploadID: try body.requiredString("upload_id"), name: try body.string("name"),
            hours: try body.int("expiration_hours", range: 1...168) ?? 24, user: user)
        return .json(
            [
                "session_id": .string(session.id), "name": .optional(session.name), "upload_id": .string(upload.id), "status": "ready",
                "created_at": .string(Timestamp.rfc3339(session.createdAt)), "expires_at": .string(Timestamp.rfc3339(session.expiresAt)),
                "files": .array(upload.files.map { .string($0.filename) }),
                "tables": .array(
                    upload.files.compactMap { f in
                        f.table.map { t in
                            .object([
                                ("filename", .string(f.filename)), ("table", .string(t.tableName)),
                                ("columns", .array(t.columns.map { .object([("name", .string($0.name)), ("type", .string($0.type.rawValue))]) })),
                            ])
                        }
                    }),
            ], status: .created)
    }

    func end(_ ctx: RequestContext) throws -> HTTPResponse {
        let session = try sessions.end(sessionID: ctx.pathParameter("session_id"), user: try ctx.requiredUser)
        return .json([
            "session_id": .string(session.id), "status": "ended",
            "ended_at": .string(Timestamp.rfc3339(session.endedAt ?? session.expiresAt)),
        ])
    }

    func history(_ ctx: RequestContext) throws -> HTTPResponse {
        let queries = try sessions.history(sessionID: ctx.pathParameter("session_id"), user: try ctx.requiredUser)
        return .json([
            "queries": .array(
                queries.map { q in
                    .object([
                        ("query_id", .string(q.id)), ("query_type", .string(q.queryType.rawValue)), ("query", .string(q.query)),
                        ("generated_sql", .optional(q.generatedSQL)), ("engine", .optional(q.engine)), ("status", .string(q.status.rawValue)),
                        ("executed_at", .string(Timestamp.rfc3339(q.executedAt))), ("execution_time_ms", JSON(q.executionTimeMs)),
                    ])
                })
        ])
    }
}
