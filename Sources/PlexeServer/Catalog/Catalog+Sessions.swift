import PlexeFoundation

/// A query session: a user's window onto one upload's data.
public struct SessionRecord: Sendable {
    public var id: String
    public var userID: Int64
    public var uploadID: String
    public var name: String?
    /// `ready` or `ended`; an expired session is `ready` with `expiresAt` in the past.
    public var status: String
    public var createdAt: Int64
    public var expiresAt: Int64
    public var endedAt: Int64?

    public func isActive(now: Int64) -> Bool { status == "ready" && expiresAt > now }
}

/// One entry of a session's query history.
public struct QueryRecord: Sendable {
    public var id: String
    public var sessionID: String
    public var queryType: String
    public var query: String
    public var generatedSQL: String?
    public var status: String
    public var executedAt: Int64
    public var executionTimeMs: Int
    /// For a natural-language query, the engine whose answer stands: `embedded` or `model`.
    public var engine: String? = nil
}

extension Catalog {
    public func insertSession(_ s: SessionRecord) throws {
        try write { c in
            try c.run("INSERT INTO sessions (id, user_id, upload_id, name, status, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)", [
                .text(s.id), .integer(s.userID), .text(s.uploadID), s.name.map(SQLiteValue.text) ?? .null, .text(s.status),
                .integer(s.createdAt), .integer(s.expiresAt),
            ])
        }
    }

    /// Counts the user's active sessions and, if under `limit`, inserts `session`, in one
    /// transaction, so two concurrent creates cannot both take the last place.
    /// Returns nil when inserted, else the soonest expiry among the active ones.
    public func insertSessionIfUnderLimit(_ session: SessionRecord, limit: Int, now: Int64) throws -> Int64? {
        try write { c in
            let active = try c.all("SELECT expires_at FROM sessions WHERE user_id = ? AND status = 'ready' AND expires_at > ? ORDER BY expires_at",
                                   [.integer(session.userID), .integer(now)]) { $0.int64(0) }
            if active.count >= limit { return active.first ?? now + 60 }
            try c.run("INSERT INTO sessions (id, user_id, upload_id, name, status, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)", [
                .text(session.id), .integer(session.userID), .text(session.uploadID), session.name.map(SQLiteValue.text) ?? .null,
                .text(session.status), .integer(session.createdAt), .integer(session.expiresAt),
            ])
            return nil
        }
    }

    public func session(id: String, userID: Int64) throws -> SessionRecord? {
        try read { c in try c.first("\(Self.sessionColumns) WHERE id = ? AND user_id = ?", [.text(id), .integer(userID)], row: Self.decodeSession) }
    }

    public func activeSessions(userID: Int64, now: Int64) throws -> [SessionRecord] {
        try read { c in
            try c.all("\(Self.sessionColumns) WHERE user_id = ? AND status = 'ready' AND expires_at > ? ORDER BY created_at",
                      [.integer(userID), .integer(now)], row: Self.decodeSession)
        }
    }

    public func endSession(id: String, now: Int64) throws {
        try write { c in try c.run("UPDATE sessions SET status = 'ended', ended_at = ? WHERE id = ? AND status = 'ready'", [.integer(now), .text(id)]) }
    }

    public func insertQuery(_ q: QueryRecord) throws {
        try write { c in
            let seq = try c.first("SELECT COALESCE(MAX(seq), 0) + 1 FROM queries WHERE session_id = ?", [.text(q.sessionID)]) { $0.int64(0) } ?? 1
            try c.run("""
                INSERT INTO queries (id, session_id, seq, query_type, query, generated_sql, status, executed_at, execution_time_ms, engine)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(q.id), .text(q.sessionID), .integer(seq), .text(q.queryType), .text(q.query),
                      q.generatedSQL.map(SQLiteValue.text) ?? .null, .text(q.status), .integer(q.executedAt), .integer(Int64(q.executionTimeMs)),
                      q.engine.map(SQLiteValue.text) ?? .null])
        }
    }

    public func queries(sessionID: String) throws -> [QueryRecord] {
        try read { c in
            try c.all("SELECT id, session_id, query_type, query, generated_sql, status, executed_at, execution_time_ms, engine FROM queries WHERE session_id = ? ORDER BY seq",
                      [.text(sessionID)]) {
                QueryRecord(id: $0.string(0), sessionID: $0.string(1), queryType: $0.string(2), query: $0.string(3), generatedSQL: $0.optionalString(4),
                            status: $0.string(5), executedAt: $0.int64(6), executionTimeMs: $0.int(7), engine: $0.optionalString(8))
            }
        }
    }

    static let sessionColumns = "SELECT id, user_id, upload_id, name, status, created_at, expires_at, ended_at FROM sessions"

    static func decodeSession(_ s: SQLiteStatement) throws -> SessionRecord {
        SessionRecord(id: s.string(0), userID: s.int64(1), uploadID: s.string(2), name: s.optionalString(3), status: s.string(4),
                      createdAt: s.int64(5), expiresAt: s.int64(6), endedAt: s.optionalInt64(7))
    }
}
