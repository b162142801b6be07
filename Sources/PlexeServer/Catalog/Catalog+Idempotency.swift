import PlexeFoundation

/// A request that names an `Idempotency-Key`: whose it is, and what it asks.
struct IdempotencyKeyClaim: Sendable {
    var userID: Int64
    var key: String
    /// The route pattern (`POST /data/sessions`), for the operator reading the table.
    var route: String
    /// SHA-256 of the method, the route and the canonical body (`IdempotentRequests`).
    var requestHash: String
    /// Rows created before this are expired: treated as absent, replaced by this claim.
    var expiredBefore: Int64
    /// An in-flight row created before this belongs to a request that never finished (the
    /// process stopped mid-request): the claim takes it over rather than answering 409 until
    /// the key expires.
    var abandonedBefore: Int64
}

/// A stored answer, replayed to a repeat of its request.
struct StoredAnswer: Sendable, Equatable {
    var status: Int
    var headers: [[String]]
    var body: [UInt8]
}

/// What the catalog knew of a key when a request claimed it.
enum IdempotencyKeyState: Sendable, Equatable {
    /// New (or expired, or abandoned): this request runs, and records its answer.
    case claimed
    /// Another request with this key and body is still running.
    case inFlight
    /// The key was used for a different request (route or body).
    case differentRequest(route: String)
    /// The first request's answer.
    case answered(StoredAnswer)
}

extension SQLCatalog {
    func claimIdempotencyKey(_ claim: IdempotencyKeyClaim, now: Int64) throws -> IdempotencyKeyState {
        try write { c in
            let (user, key) = (SQLiteValue.integer(claim.userID), SQLiteValue.text(claim.key))
            try c.run(
                """
                DELETE FROM idempotency_keys WHERE user_id = ? AND key = ?
                    AND (created_at < ? OR (state = 'in_flight' AND created_at < ?))
                """, [user, key, .integer(claim.expiredBefore), .integer(claim.abandonedBefore)])
            try c.run(
                """
                INSERT INTO idempotency_keys (user_id, key, route, request_hash, state, created_at)
                VALUES (?, ?, ?, ?, 'in_flight', ?) ON CONFLICT (user_id, key) DO NOTHING
                """, [user, key, .text(claim.route), .text(claim.requestHash), .integer(now)])
            if c.changes == 1 { return .claimed }
            let existing = try c.first(
                "SELECT route, request_hash, state, status, headers, body FROM idempotency_keys WHERE user_id = ? AND key = ?",
                [user, key]
            ) { row -> IdempotencyKeyState in
                if try row.string("request_hash") != claim.requestHash { return .differentRequest(route: try row.string("route")) }
                guard try row.string("state") == "done" else { return .inFlight }
                return .answered(
                    StoredAnswer(
                        status: Int(try row.int64("status")), headers: try row.decoded([[String]].self, "headers") ?? [],
                        body: try row.blob("body")))
            }
            guard let existing else { throw CatalogError.inconsistent("idempotency key neither inserted nor found") }
            return existing
        }
    }

    func finishIdempotencyKey(userID: Int64, key: String, answer: StoredAnswer) throws {
        let headers = try CatalogJSON.encode(answer.headers)
        try write { c in
            try c.run(
                "UPDATE idempotency_keys SET state = 'done', status = ?, headers = ?, body = ? WHERE user_id = ? AND key = ?",
                [.integer(Int64(answer.status)), .text(headers), .blob(answer.body), .integer(userID), .text(key)])
        }
    }

    func releaseIdempotencyKey(userID: Int64, key: String) throws {
        try write { c in
            try c.run("DELETE FROM idempotency_keys WHERE user_id = ? AND key = ? AND state = 'in_flight'", [.integer(userID), .text(key)])
        }
    }

    @discardableResult
    func deleteIdempotencyKeys(createdBefore cutoff: Int64) throws -> Int {
        try write { c in
            try c.run("DELETE FROM idempotency_keys WHERE created_at < ?", [.integer(cutoff)])
            return c.changes
        }
    }
}
