import Foundation
import PlexeFoundation
import Synchronization

/// The catalog: users, tokens, uploads, files, jobs, sessions, queries, exports, models.
///
/// One SQLite database in WAL mode (readers never wait for the writer), with foreign keys
/// on and a busy timeout. Each thread keeps the connection it used last (see
/// `ThreadLocalSlot`), so the FastCGI threads neither queue behind one handle nor take a
/// lock per request; a shared pool serves what the threads' own connections cannot (a read
/// inside a read). Each area of the catalog lives in its own
/// `Catalog+Area.swift` extension; every statement goes through `read` or `write`, where a
/// per-connection cache keeps hot statements prepared.
///
/// The interface is the seam for a server database later: nothing outside this folder
/// writes SQL against the catalog.
public final class Catalog: Sendable {
    public let path: String
    private let idle: Mutex<[CatalogConnection]>
    private let ownConnection = ThreadLocalSlot<CatalogConnection>()

    public init(path: String) throws {
        self.path = path
        self.idle = Mutex([])
        let first = try CatalogConnection(path: path)
        try Migrations.apply(to: first.database)
        idle.withLock { $0.append(first) }
    }

    /// Runs `body` with a connection from the pool.
    public func read<T>(_ body: (CatalogConnection) throws -> T) throws -> T {
        let connection = try checkout()
        defer { checkin(connection) }
        return try body(connection)
    }

    /// Runs `body` inside an immediate transaction.
    public func write<T>(_ body: (CatalogConnection) throws -> T) throws -> T {
        let connection = try checkout()
        defer { checkin(connection) }
        return try connection.database.transaction { try body(connection) }
    }

    /// True when the database answers a trivial query (for `/healthz`).
    public func isHealthy() -> Bool {
        (try? read { try $0.first("SELECT 1") { $0.int(0) } }) == 1
    }

    private func checkout() throws -> CatalogConnection {
        if let connection = ownConnection.take() { return connection }
        if let connection = idle.withLock({ $0.popLast() }) { return connection }
        return try CatalogConnection(path: path)
    }

    private func checkin(_ connection: CatalogConnection) {
        if ownConnection.put(connection) { return }
        idle.withLock { pool in
            if pool.count < 32 { pool.append(connection) }
        }
    }
}

/// One pooled catalog connection with its cache of prepared statements.
public final class CatalogConnection: @unchecked Sendable {
    public let database: SQLiteDatabase
    private var statements: [String: SQLiteStatement] = [:]

    init(path: String) throws {
        database = try SQLiteDatabase(path: path)
        try database.execute("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA foreign_keys = ON;
            PRAGMA busy_timeout = 10000;
            """)
    }

    /// A prepared statement for `sql`, reset and bound to `arguments`.
    public func statement(_ sql: String, _ arguments: [SQLiteValue] = []) throws -> SQLiteStatement {
        let statement: SQLiteStatement
        if let cached = statements[sql] {
            cached.reset(clearBindings: true)
            statement = cached
        } else {
            statement = try database.prepare(sql)
            statements[sql] = statement
        }
        try statement.bind(arguments)
        return statement
    }

    /// Runs a statement that returns no rows.
    public func run(_ sql: String, _ arguments: [SQLiteValue] = []) throws {
        let s = try statement(sql, arguments)
        while try s.step() {}
        s.reset()
    }

    /// All rows, decoded by `row`.
    public func all<T>(_ sql: String, _ arguments: [SQLiteValue] = [], row: (SQLiteStatement) throws -> T) throws -> [T] {
        let s = try statement(sql, arguments)
        defer { s.reset() }
        var result: [T] = []
        while try s.step() { result.append(try row(s)) }
        return result
    }

    /// The first row, or nil.
    public func first<T>(_ sql: String, _ arguments: [SQLiteValue] = [], row: (SQLiteStatement) throws -> T) throws -> T? {
        let s = try statement(sql, arguments)
        defer { s.reset() }
        return try s.step() ? try row(s) : nil
    }

    public var changes: Int { database.changes }
}
