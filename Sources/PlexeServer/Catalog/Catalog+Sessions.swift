import PlexeFoundation

/// A query session: a user's window onto one upload's data.
struct SessionRecord: Sendable {
    var id: String
    var userID: Int64
    var uploadID: String
    var name: String?
    /// An expired session is `ready` with `expiresAt` in the past.
    enum Status: String, Sendable { case ready, ended }

    var status: Status
    var createdAt: Int64
    var expiresAt: Int64
    var endedAt: Int64?

    func isActive(now: Int64) -> Bool { status == .ready && expiresAt > now }
}

/// One entry of a session's query history.
struct QueryRecord: Sendable {
    enum Status: String, Sendable { case completed, failed }

    var id: String
    var sessionID: String
    var queryType: QueryKind
    var query: String
    var generatedSQL: String?
    var status: Status
    var executedAt: Int64
    var executionTimeMs: Int
    /// For a natural-language query, the engine whose answer stands: `embedded` or `model`.
    var engine: String? = nil
}

extension SQLCatalog {
    /// Counts the user's active sessions and, if under `limit`, inserts `session`, in one
    /// transaction, so two concurrent creates cannot both take the last place.
    /// Returns nil when inserted, else the soonest expiry among the active ones.
    func insertSessionIfUnderLimit(_ session: SessionRecord, limit: Int, now: Int64) throws -> Int64? {
        try write { c in
            try c.lockUser(session.userID)
            let active = try c.all(
                "SELECT expires_at FROM sessions WHERE user_id = ? AND status = 'ready' AND expires_at > ? ORDER BY expires_at",
                [.integer(session.userID), .integer(now)]
            ) { try $0.int64("expires_at") }
            if active.count >= limit { return active.first ?? now + 60 }
            try c.run(
                "INSERT INTO sessions (id, user_id, upload_id, name, status, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    .text(session.id), .integer(session.userID), .text(session.uploadID), session.name.map(SQLiteValue.text) ?? .null,
                    .text(session.status.rawValue), .integer(session.createdAt), .integer(session.expiresAt),
                ])
            return nil
        }
    }

    func session(id: String, userID: Int64) throws -> SessionRecord? {
        try read { c in
            try c.first(
                """
                SELECT id, user_id, upload_id, name, status, created_at, expires_at, ended_at FROM sessions WHERE id = ? AND user_id = ?
                """, [.text(id), .integer(userID)], row: Self.session)
        }
    }

    func activeSessions(userID: Int64, now: Int64) throws -> [SessionRecord] {
        try read { c in
            try c.all(
                """
                SELECT id, user_id, upload_id, name, status, created_at, expires_at, ended_at FROM sessions
                WHERE user_id = ? AND status = 'ready' AND expires_at > ? ORDER BY created_at
                """, [.integer(userID), .integer(now)], row: Self.session)
        }
    }

    /// A row of the two session SELECTs above.
    private static func session(_ row: CatalogRow) throws -> SessionRecord {
        SessionRecord(
            id: try row.string("id"), userID: try row.int64("user_id"), uploadID: try row.string("upload_id"),
            name: try row.optionalString("name"), status: try row.value(SessionRecord.Status.self, "status"),
            createdAt: try row.int64("created_at"), expiresAt: try row.int64("expires_at"), endedAt: try row.optionalInt64("ended_at"))
    }

    func endSession(id: String, now: Int64) throws {
        try write { c in
            try c.run("UPDATE sessions SET status = 'ended', ended_at = ? WHERE id = ? AND status = 'ready'", [.integer(now), .text(id)])
        }
    }

    func insertQuery(_ q: QueryRecord) throws {
        try write { c in
            try c.lockSession(q.sessionID)
            let seq =
                try c.first("SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM queries WHERE session_id = ?", [.text(q.sessionID)]) {
                    try $0.int64("next")
                } ?? 1
            try c.run(
                """
                INSERT INTO queries (id, session_id, seq, query_type, query, generated_sql, status, executed_at, execution_time_ms, engine)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(q.id), .text(q.sessionID), .integer(seq), .text(q.queryType.rawValue), .text(q.query),
                    q.generatedSQL.map(SQLiteValue.text) ?? .null, .text(q.status.rawValue), .integer(q.executedAt),
                    .integer(Int64(q.executionTimeMs)),
                    q.engine.map(SQLiteValue.text) ?? .null,
                ])
        }
    }

    func queries(sessionID: String) throws -> [QueryRecord] {
        try read { c in
            try c.all(
                """
                SELECT id, session_id, query_type, query, generated_sql, status, executed_at, execution_time_ms, engine
                FROM queries WHERE session_id = ? ORDER BY seq
                """, [.text(sessionID)]
            ) { row in
                QueryRecord(
                    id: try row.string("id"), sessionID: try row.string("session_id"), queryType: try row.value(QueryKind.self, "query_type"),
                    query: try row.string("query"), generatedSQL: try row.optionalString("generated_sql"),
                    status: try row.value(QueryRecord.Status.self, "status"),
                    executedAt: try row.int64("executed_at"), executionTimeMs: try row.int("execution_time_ms"),
                    engine: try row.optionalString("engine"))
            }
        }
    }
}
