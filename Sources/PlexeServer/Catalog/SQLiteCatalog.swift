import Foundation
import PlexeFoundation
import Synchronization

/// The catalog in one SQLite database in WAL mode (readers never wait for the writer), with
/// foreign keys on and a busy timeout: one machine's catalog (`PostgresCatalog` is several's).
///
/// Reads and writes follow GRDB's model: `read` runs on a connection that cannot write
/// (`PRAGMA query_only`) inside a deferred transaction, so everything one read does sees a
/// single snapshot of the database; `write` runs inside an immediate transaction. Each
/// thread keeps the reader and the writer it used last (see `ThreadLocalSlot`), so the
/// FastCGI threads neither queue behind one handle nor take a lock per request; a shared
/// pool serves what the threads' own connections cannot (a read inside a read). Each area
/// lives in its own `Catalog+Area.swift` extension of `SQLCatalog`, every row decoded by
/// column name next to its SELECT; a per-connection cache keeps hot statements prepared.
package final class SQLiteCatalog: SQLCatalog {
    let path: String
    let leases: JobLeases
    private let idleReaders = Mutex<[SQLiteCatalogConnection]>([])
    private let idleWriters = Mutex<[SQLiteCatalogConnection]>([])
    private let ownReader = ThreadLocalSlot<SQLiteCatalogConnection>()
    private let ownWriter = ThreadLocalSlot<SQLiteCatalogConnection>()

    package convenience init(path: String) throws { try self.init(path: path, leases: .standard()) }

    init(path: String, leases: JobLeases) throws {
        self.path = path
        self.leases = leases
        let first = try SQLiteCatalogConnection(path: path, readOnly: false)
        try Migrations.apply(to: first.database)
        idleWriters.withLock { $0.append(first) }
    }

    /// Runs `body` on a read-only connection inside a deferred transaction: one snapshot.
    func read<T>(_ body: (any CatalogConnection) throws -> T) throws -> T {
        let connection = try checkout(readOnly: true)
        defer { checkin(connection) }
        return try connection.inTransaction("BEGIN DEFERRED") { try body(connection) }
    }

    /// Runs `body` inside an immediate transaction.
    func write<T>(_ body: (any CatalogConnection) throws -> T) throws -> T {
        let connection = try checkout(readOnly: false)
        defer { checkin(connection) }
        return try connection.inTransaction("BEGIN IMMEDIATE") { try body(connection) }
    }

    func schemaVersion() throws -> Int {
        try read { try $0.first("PRAGMA user_version") { try $0.int("user_version") } } ?? 0
    }

    private func checkout(readOnly: Bool) throws -> SQLiteCatalogConnection {
        if let connection = (readOnly ? ownReader : ownWriter).take() { return connection }
        let pooled = readOnly ? idleReaders.withLock { $0.popLast() } : idleWriters.withLock { $0.popLast() }
        return try pooled ?? SQLiteCatalogConnection(path: path, readOnly: readOnly)
    }

    private func checkin(_ connection: SQLiteCatalogConnection) {
        if (connection.readOnly ? ownReader : ownWriter).put(connection) { return }
        if connection.readOnly {
            idleReaders.withLock { if $0.count < 32 { $0.append(connection) } }
        } else {
            idleWriters.withLock { if $0.count < 32 { $0.append(connection) } }
        }
    }
}

/// One pooled SQLite catalog connection with its cache of prepared statements.
final class SQLiteCatalogConnection: CatalogConnection, @unchecked Sendable {
    let database: SQLiteDatabase
    let readOnly: Bool
    var dialect: CatalogDialect { .sqlite }
    private var statements: [String: (statement: SQLiteStatement, columns: [String: Int32])] = [:]

    init(path: String, readOnly: Bool) throws {
        database = try SQLiteDatabase(path: path)
        self.readOnly = readOnly
        try database.execute(
            """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA foreign_keys = ON;
            PRAGMA busy_timeout = 10000;
            PRAGMA query_only = \(readOnly ? "ON" : "OFF");
            """)
    }

    /// Runs `body` between `begin` and COMMIT (ROLLBACK if it throws). The three statements
    /// are prepared once per connection, like any other: a read costs no re-parsing of them.
    func inTransaction<T>(_ begin: String, _ body: () throws -> T) throws -> T {
        try run(begin)
        do {
            let result = try body()
            try run("COMMIT")
            return result
        } catch {
            try? run("ROLLBACK")
            throw error
        }
    }

    /// A prepared statement for `sql`, reset and bound to `arguments`, with its result
    /// columns by name.
    private func statement(_ sql: String, _ arguments: [SQLiteValue]) throws -> (statement: SQLiteStatement, columns: [String: Int32]) {
        let entry: (statement: SQLiteStatement, columns: [String: Int32])
        if let cached = statements[sql] {
            cached.statement.reset(clearBindings: true)
            entry = cached
        } else {
            let statement = try database.prepare(sql)
            var columns: [String: Int32] = [:]
            for i in 0..<statement.columnCount { columns[statement.columnName(i)] = i }
            entry = (statement, columns)
            statements[sql] = entry
        }
        try entry.statement.bind(arguments)
        return entry
    }

    func run(_ sql: String, _ arguments: [SQLiteValue]) throws {
        let s = try statement(sql, arguments).statement
        defer { s.reset() }
        while try s.step() {}
    }

    func all<T>(_ sql: String, _ arguments: [SQLiteValue], row: (CatalogRow) throws -> T) throws -> [T] {
        let (s, columns) = try statement(sql, arguments)
        defer { s.reset() }
        var result: [T] = []
        while try s.step() { result.append(try row(CatalogRow(cells: .sqlite(s), columns: columns, sql: sql))) }
        return result
    }

    func first<T>(_ sql: String, _ arguments: [SQLiteValue], row: (CatalogRow) throws -> T) throws -> T? {
        let (s, columns) = try statement(sql, arguments)
        defer { s.reset() }
        return try s.step() ? try row(CatalogRow(cells: .sqlite(s), columns: columns, sql: sql)) : nil
    }

    var changes: Int { database.changes }
}
