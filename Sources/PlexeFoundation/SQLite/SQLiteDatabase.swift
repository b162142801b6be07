import CSQLite3

/// SQLite's "copy the bytes now" destructor; the C macro does not import into Swift.
let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One SQLite connection.
///
/// A connection is not shared between threads at the same time: each thread (or each pool
/// slot) opens its own. The catalog and the per-upload data databases open their connections
/// through this type; the guarded query path (`PlexeQuery`) and the bulk loader
/// (`PlexeIngest.TableLoader`) also reach SQLite's C API on its `handle` for what this type
/// does not wrap (authorizer, progress handler, prepared-statement loops).
public final class SQLiteDatabase: @unchecked Sendable {
    /// The raw handle, for the few places of this package (authorizer, progress handler, the
    /// bulk loader) that need the C API.
    package let handle: OpaquePointer
    public let path: String

    public struct OpenOptions: Sendable {
        public var readOnly = false
        public var create = true
        /// Milliseconds to wait on a locked database before answering `SQLITE_BUSY`.
        public var busyTimeoutMs: Int32 = 5000
        public init(readOnly: Bool = false, create: Bool = true, busyTimeoutMs: Int32 = 5000) {
            self.readOnly = readOnly
            self.create = create
            self.busyTimeoutMs = busyTimeoutMs
        }
    }

    public init(path: String, options: OpenOptions = OpenOptions()) throws {
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        if options.readOnly {
            flags |= SQLITE_OPEN_READONLY
        } else {
            flags |= SQLITE_OPEN_READWRITE
            if options.create { flags |= SQLITE_OPEN_CREATE }
        }
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open database"
            if let db { sqlite3_close_v2(db) }
            throw SQLiteError(code: rc, message: "\(message) (\(path))")
        }
        self.handle = db
        self.path = path
        sqlite3_busy_timeout(db, options.busyTimeoutMs)
        sqlite3_extended_result_codes(db, 1)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows (schema, pragmas).
    public func execute(_ sql: String) throws {
        var errmsg: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errmsg)
        if rc != SQLITE_OK {
            let message = errmsg.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(errmsg)
            throw SQLiteError(code: rc, message: message, sql: sql)
        }
    }

    /// Runs one statement with arguments and returns no rows.
    public func execute(_ sql: String, _ arguments: [SQLiteValue]) throws {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        while try statement.step() {}
    }

    public func prepare(_ sql: String) throws -> SQLiteStatement {
        try SQLiteStatement(database: self, sql: sql)
    }

    /// All rows of a query, each row decoded by `row`.
    public func query<T>(_ sql: String, _ arguments: [SQLiteValue] = [], row: (SQLiteStatement) throws -> T) throws -> [T] {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        var result: [T] = []
        while try statement.step() { result.append(try row(statement)) }
        return result
    }

    /// The first row of a query, or nil.
    public func queryFirst<T>(_ sql: String, _ arguments: [SQLiteValue] = [], row: (SQLiteStatement) throws -> T) throws -> T? {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        return try statement.step() ? try row(statement) : nil
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`, rolling back if it throws.
    ///
    /// IMMEDIATE takes the write lock up front, so two writers wait on the busy timeout
    /// instead of failing half-way with `SQLITE_BUSY` on lock upgrade.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    public var changes: Int { Int(sqlite3_changes(handle)) }
    public var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// Asks a running statement on this connection to stop (safe from another thread).
    public func interrupt() { sqlite3_interrupt(handle) }

    func error(_ code: Int32, sql: String?) -> SQLiteError {
        SQLiteError(code: code, message: lastErrorMessage, sql: sql)
    }
}
