import PlexeFoundation

/// Query sessions: a user's window onto one complete upload, and its query history.
struct SessionService: Sendable {
    let catalog: any Catalog
    let maxActiveSessions: Int

    /// Opens a session on the caller's complete upload, unless they have the most active
    /// sessions allowed. Returns it with the upload (whose tables the response lists).
    func open(uploadID: String, name: String?, hours: Int64, user: User) throws -> (session: SessionRecord, upload: UploadRecord) {
        guard let upload = try catalog.upload(id: uploadID, userID: user.id) else {
            throw APIError.notFound("no upload \(uploadID)", param: "upload_id")
        }
        guard upload.status == .complete else {
            throw APIError.conflict("upload \(uploadID) is \(upload.status.rawValue); sessions can be opened once it is complete", param: "upload_id")
        }
        let now = Timestamp.now()
        let session = SessionRecord(
            id: Crypto.randomID(prefix: "session_"), userID: user.id, uploadID: uploadID, name: name,
            status: .ready, createdAt: now, expiresAt: now + hours * 3600, endedAt: nil)
        if let soonest = try catalog.insertSessionIfUnderLimit(session, limit: maxActiveSessions, now: now) {
            throw APIError.quotaReached(
                "at most \(maxActiveSessions) sessions can be active at once; end one with DELETE /data/sessions/{session_id}",
                limit: maxActiveSessions, scope: "active sessions per user", retryAfter: Int(max(1, soonest - now)))
        }
        return (session, upload)
    }

    /// Ends the session (an ended or expired one stays as it is) and returns it.
    func end(sessionID: String, user: User) throws -> SessionRecord {
        guard var session = try catalog.session(id: sessionID, userID: user.id) else { throw APIError.notFound("no session \(sessionID)") }
        if session.status == .ready {
            let now = Timestamp.now()
            try catalog.endSession(id: sessionID, now: now)
            session.endedAt = now
        }
        return session
    }

    func history(sessionID: String, user: User) throws -> [QueryRecord] {
        guard try catalog.session(id: sessionID, userID: user.id) != nil else { throw APIError.notFound("no session \(sessionID)") }
        return try catalog.queries(sessionID: sessionID)
    }

    /// The session named in a query, or the caller's only active one.
    func activeSession(_ sessionID: String?, user: User) throws -> SessionRecord {
        let now = Timestamp.now()
        if let sessionID {
            guard let session = try catalog.session(id: sessionID, userID: user.id), session.isActive(now: now) else {
                throw APIError.notFound("no active session \(sessionID) (it may have ended or expired)", param: "session_id")
            }
            return session
        }
        let active = try catalog.activeSessions(userID: user.id, now: now)
        guard active.count == 1 else {
            throw APIError.validation(
                active.isEmpty
                    ? "session_id is required: open a session with POST /data/sessions"
                    : "session_id is required when more than one session is active", param: "session_id")
        }
        return active[0]
    }
}
