/// Why a query did not run, with a message fit to show the user who wrote it.
///
/// Every kind but `unavailable` is the user's to fix (the API answers 422
/// `validation_failed`); `unavailable` is the server's (500), and its message says nothing
/// about file paths.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// The statement would write, attach, change settings, or is not a SELECT/WITH.
        case notReadOnly = "not_read_only"
        /// SQLite could not compile it: a syntax error, an unknown table or column.
        case syntax
        /// It ran past `QueryLimits.timeout` and was stopped.
        case timeout
        /// It needed more memory than `QueryLimits.maxMemoryBytes` and was stopped.
        case tooMuchMemory = "too_much_memory"
        /// More than one statement was given.
        case tooManyStatements = "too_many_statements"
        /// Nothing but whitespace and comments.
        case empty
        /// It compiled but failed while running (integer overflow, a value too big, ...).
        case other
        /// The dataset's database could not be opened or read: the server's fault.
        case unavailable
    }

    public var kind: Kind
    /// For the user: what was wrong, in SQLite's own words where SQLite said it.
    public var message: String
    /// SQLite's extended result code when SQLite reported the failure; for logs.
    public var sqliteCode: Int32?

    public init(_ kind: Kind, _ message: String, sqliteCode: Int32? = nil) {
        self.kind = kind
        self.message = message
        self.sqliteCode = sqliteCode
    }

    public var description: String {
        if let sqliteCode { return "\(kind.rawValue) (SQLite \(sqliteCode)): \(message)" }
        return "\(kind.rawValue): \(message)"
    }

    static let readOnlyMessage = "only read-only SELECT/WITH queries are allowed"
    static let singleStatementMessage = "only a single SELECT or WITH statement is allowed"
}
