import PlexeFoundation

extension SQLCatalog {
    /// Creates the user if needed and a new API token for them, valid until `expiresAt` (Unix
    /// seconds) or for good. Returns the token in clear: the only time it exists outside the
    /// caller's hands, since only its SHA-256 (and its first characters, to recognise it in a
    /// list) is stored.
    func createToken(email: String, expiresAt: Int64?) throws -> String {
        let token = "plx_" + Crypto.randomHex(byteCount: 24)
        let now = Timestamp.now()
        try write { c in
            try c.run("INSERT INTO users (email, created_at) VALUES (?, ?) ON CONFLICT(email) DO NOTHING", [.text(email), .integer(now)])
            guard let userID = try c.first("SELECT id FROM users WHERE email = ?", [.text(email)], row: { try $0.int64("id") }) else {
                throw CatalogError.inconsistent("user \(email) vanished while creating a token")
            }
            try c.run(
                "INSERT INTO tokens (token_hash, prefix, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                [
                    .text(Crypto.sha256Hex(token)), .text(TokenRecord.prefix(of: token)), .integer(userID), .integer(now),
                    expiresAt.map { .integer($0) } ?? .null,
                ])
        }
        return token
    }

    /// The user a token belongs to, or nil when the token is unknown, revoked or expired (the
    /// caller cannot tell which: all three are the same 401).
    func user(forToken token: String, now: Int64) throws -> User? {
        try read { c in
            try c.first(
                """
                SELECT u.id, u.email FROM tokens t JOIN users u ON u.id = t.user_id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?)
                """, [.text(Crypto.sha256Hex(token)), .integer(now)]
            ) { User(id: try $0.int64("id"), email: try $0.string("email")) }
        }
    }

    func user(id: Int64) throws -> User? {
        try read { c in
            try c.first("SELECT id, email FROM users WHERE id = ?", [.integer(id)]) { User(id: try $0.int64("id"), email: try $0.string("email")) }
        }
    }

    /// Every token (of one user when `email` is given), oldest first; never the token itself.
    func tokens(email: String?) throws -> [TokenRecord] {
        try read { c in
            try c.all(
                """
                SELECT t.id, t.prefix, u.email, t.created_at, t.expires_at, t.revoked_at
                FROM tokens t JOIN users u ON u.id = t.user_id
                WHERE CAST(?1 AS TEXT) IS NULL OR u.email = ?1 ORDER BY t.id
                """, [email.map { .text($0) } ?? .null]
            ) { row in
                TokenRecord(
                    id: try row.int64("id"), prefix: try row.optionalString("prefix"), email: try row.string("email"),
                    createdAt: try row.int64("created_at"), expiresAt: try row.optionalInt64("expires_at"),
                    revokedAt: try row.optionalInt64("revoked_at"))
            }
        }
    }

    /// Revokes the tokens `selector` names (already revoked ones keep their first revocation
    /// time). Returns how many tokens it named and how many of those it revoked just now.
    func revokeTokens(_ selector: TokenSelector, now: Int64) throws -> (matched: Int, revoked: Int) {
        let condition: String
        let argument: SQLiteValue
        switch selector {
        case .id(let id): (condition, argument) = ("id = ?", .integer(id))
        case .token(let token): (condition, argument) = ("token_hash = ?", .text(Crypto.sha256Hex(token)))
        case .email(let email): (condition, argument) = ("user_id = (SELECT id FROM users WHERE email = ?)", .text(email))
        }
        return try write { c in
            let matched = try c.first("SELECT COUNT(*) AS matched FROM tokens WHERE \(condition)", [argument]) { try $0.int("matched") } ?? 0
            try c.run("UPDATE tokens SET revoked_at = ? WHERE \(condition) AND revoked_at IS NULL", [.integer(now), argument])
            return (matched, c.changes)
        }
    }
}

/// Which tokens `revokeTokens` acts on.
package enum TokenSelector: Sendable, Equatable {
    /// One token, by the id `token list` shows.
    case id(Int64)
    /// One token, given in clear (it is hashed to find it).
    case token(String)
    /// Every token of the user with this e-mail address.
    case email(String)
}

/// What the catalog knows of a token: everything but the token.
package struct TokenRecord: Sendable, Equatable {
    package var id: Int64
    /// `plx_` and the first 8 hex digits; nil for tokens made before prefixes were kept.
    package var prefix: String?
    package var email: String
    package var createdAt: Int64
    package var expiresAt: Int64?
    package var revokedAt: Int64?

    package enum State: String, Sendable { case active, expired, revoked }

    package func state(now: Int64 = Timestamp.now()) -> State {
        if revokedAt != nil { return .revoked }
        if let expiresAt, expiresAt <= now { return .expired }
        return .active
    }

    /// 8 of the token's 48 random hex digits: enough to tell tokens apart in a list, far too
    /// few to guess the rest.
    static func prefix(of token: String) -> String { String(token.prefix("plx_".count + 8)) }
}
