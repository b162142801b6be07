import PlexeFoundation

extension Catalog {
    /// Creates the user if needed and a new API token for them. Returns the token in clear:
    /// the only time it exists outside the caller's hands, since only its SHA-256 is stored.
    public func createToken(email: String) throws -> String {
        let token = "plx_" + Crypto.randomHex(byteCount: 24)
        let now = Timestamp.now()
        try write { c in
            try c.run("INSERT INTO users (email, created_at) VALUES (?, ?) ON CONFLICT(email) DO NOTHING", [.text(email), .integer(now)])
            guard let userID = try c.first("SELECT id FROM users WHERE email = ?", [.text(email)], row: { $0.int64(0) }) else {
                throw CatalogError.inconsistent("user \(email) vanished while creating a token")
            }
            try c.run("INSERT INTO tokens (token_hash, user_id, created_at) VALUES (?, ?, ?)",
                      [.text(Crypto.sha256Hex(token)), .integer(userID), .integer(now)])
        }
        return token
    }

    /// The user a token belongs to, or nil.
    public func user(forToken token: String) throws -> User? {
        try read { c in
            try c.first("SELECT u.id, u.email FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?",
                        [.text(Crypto.sha256Hex(token))]) { User(id: $0.int64(0), email: $0.string(1)) }
        }
    }

    public func user(id: Int64) throws -> User? {
        try read { c in
            try c.first("SELECT id, email FROM users WHERE id = ?", [.integer(id)]) { User(id: $0.int64(0), email: $0.string(1)) }
        }
    }
}

/// A catalog state that should not be possible.
public enum CatalogError: Error, CustomStringConvertible {
    case inconsistent(String)
    public var description: String {
        switch self { case .inconsistent(let m): return "catalog inconsistency: \(m)" }
    }
}
