import CSQLite3

/// A failure reported by SQLite, with the statement that caused it.
///
/// Carrying the SQL makes a log line actionable: "no such column: x" alone does not say
/// which of the many statements of a request went wrong.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The primary result code (`SQLITE_BUSY`, `SQLITE_INTERRUPT`, ...).
    public let code: Int32
    /// SQLite's own message (`sqlite3_errmsg`), meant for people.
    public let message: String
    /// The SQL being prepared or run, when there was one.
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// True when the statement was stopped by `sqlite3_interrupt` or a progress handler.
    public var isInterrupt: Bool { code & 0xff == SQLITE_INTERRUPT }
    /// True when a guard (authorizer) refused the statement.
    public var isAuthorizationDenied: Bool { code & 0xff == SQLITE_AUTH }
    /// True for a constraint violation (unique key and the like).
    public var isConstraint: Bool { code & 0xff == SQLITE_CONSTRAINT }

    public var description: String {
        if let sql { return "SQLite error \(code): \(message) — in: \(sql)" }
        return "SQLite error \(code): \(message)"
    }
}
