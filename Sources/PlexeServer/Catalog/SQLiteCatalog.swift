import Foundation
import PlexeFoundation
import Synchronization

/// The catalog in one SQLite database in WAL mode (readers never wait for the writer), with
/// foreign keys on and a busy timeout.
///
/// Reads and writes follow GRDB's model: `read` runs on a connection that cannot write
/// (`PRAGMA query_only`) inside a deferred transaction, so everything one read does sees a
/// single snapshot of the database; `write` runs inside an immediate transaction. Each
/// thread keeps the reader and the writer it used last (see `ThreadLocalSlot`), so the
/// FastCGI threads neither queue behind one handle nor take a lock per request; a shared
/// pool serves what the threads' own connections cannot (a read inside a read). Each area
/// lives in its own `Catalog+Area.swift` extension, every row decoded by column name next to
/// its SELECT; a per-connection cache keeps hot statements prepared.
package final class SQLiteCatalog: Catalog {
    let path: String
    private let idleReaders = Mutex<[CatalogConnection]>([])
    private let idleWriters = Mutex<[CatalogConnection]>([])
    private let ownReader = ThreadLocalSlot<CatalogConnection>()
    private let ownWriter = ThreadLocalSlot<CatalogConnection>()

    package init(path: String) throws {
        self.path = path
        let first = try CatalogConnection(path: path, readOnly: false)
        try Migrations.apply(to: first.database)
        idleWriters.withLock { $0.append(first) }
    }

    /// Runs `body` on a read-only connection inside a deferred transaction: one snapshot.
    func read<T>(_ body: (CatalogConnection) throws -> T) throws -> T {
        let connection = try checkout(readOnly: true)
        defer { checkin(connection) }
        return try connection.inTransaction("BEGIN DEFERRED") { try body(connection) }
    }

    /// Runs `body` inside an immediate transaction.
    func write<T>(_ body: (CatalogConnection) throws -> T) throws -> T {
        let connection = try checkout(readOnly: false)
        defer { checkin(connection) }
        return try connection.inTransaction("BEGIN IMMEDIATE") { try body(connection) }
    }

    func isHealthy() -> Bool {
        (try? read { try $0.first("SELECT 1 AS one") { try $0.int("one") } }) == 1
    }

    private func checkout(readOnly: Bool) throws -> CatalogConnection {
        if let connection = (readOnly ? ownReader : ownWriter).take() { return connection }
        let pooled = readOnly ? idleReaders.withLock { $0.popLast() } : idleWriters.withLock { $0.popLast() }
        return try pooled ?? CatalogConnection(path: path, readOnly: readOnly)
    }

    private func checkin(_ connection: CatalogConnection) {
        if (connection.readOnly ? ownReader : ownWriter).put(connection) { return }
        if connection.readOnly {
            idleReaders.withLock { if $0.count < 32 { $0.append(connection) } }
        } else {
            idleWriters.withLock { if $0.count < 32 { $0.append(connection) } }
        }
    }
}

/// One pooled catalog connection with its cache of prepared statements.
final class CatalogConnection: @unchecked Sendable {
    let database: SQLiteDatabase
    let readOnly: Bool
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

    /// Runs a statement that returns no rows.
    func run(_ sql: String, _ arguments: [SQLiteValue] = []) throws {
        let s = try statement(sql, arguments).statement
        defer { s.reset() }
        while try s.step() {}
    }

    /// All rows, decoded by `row`.
    func all<T>(_ sql: String, _ arguments: [SQLiteValue] = [], row: (CatalogRow) throws -> T) throws -> [T] {
        let (s, columns) = try statement(sql, arguments)
        defer { s.reset() }
        var result: [T] = []
        while try s.step() { result.append(try row(CatalogRow(statement: s, columns: columns))) }
        return result
    }

    /// The first row, or nil.
    func first<T>(_ sql: String, _ arguments: [SQLiteValue] = [], row: (CatalogRow) throws -> T) throws -> T? {
        let (s, columns) = try statement(sql, arguments)
        defer { s.reset() }
        return try s.step() ? try row(CatalogRow(statement: s, columns: columns)) : nil
    }

    var changes: Int { database.changes }
}

/// One result row, read by column name. A column the SELECT does not name, a NULL where a
/// value must be, or a stored value that does not decode throws `CatalogError.corruptRow`.
struct CatalogRow {
    let statement: SQLiteStatement
    let columns: [String: Int32]

    /// The table the row came from, for the error message: the first name after FROM.
    private var table: String {
        let words = statement.sql.split(whereSeparator: \.isWhitespace)
        guard let from = words.firstIndex(where: { $0.uppercased() == "FROM" }), from + 1 < words.count else { return "?" }
        return String(words[from + 1])
    }

    private func corrupt(_ column: String, _ problem: String) -> CatalogError {
        .corruptRow(table: table, column: column, problem: problem)
    }

    private func index(_ name: String) throws -> Int32 {
        guard let index = columns[name] else { throw corrupt(name, "the statement reads no such column") }
        return index
    }

    private func nonNull(_ name: String) throws -> Int32 {
        let i = try index(name)
        guard !statement.isNull(i) else { throw corrupt(name, "NULL where a value is required") }
        return i
    }

    func isNull(_ name: String) throws -> Bool { statement.isNull(try index(name)) }
    func string(_ name: String) throws -> String { statement.string(try nonNull(name)) }
    func int64(_ name: String) throws -> Int64 { statement.int64(try nonNull(name)) }
    func int(_ name: String) throws -> Int { statement.int(try nonNull(name)) }
    func double(_ name: String) throws -> Double { statement.double(try nonNull(name)) }
    func optionalString(_ name: String) throws -> String? { try isNull(name) ? nil : try string(name) }
    func optionalInt64(_ name: String) throws -> Int64? { try isNull(name) ? nil : try int64(name) }
    func optionalInt(_ name: String) throws -> Int? { try isNull(name) ? nil : try int(name) }
    func blob(_ name: String) throws -> [UInt8] { statement.blob(try index(name)) }

    /// A stored enum value (`status`, `type`).
    func value<E: RawRepresentable>(_ type: E.Type, _ name: String) throws -> E where E.RawValue == String {
        let text = try string(name)
        guard let value = E(rawValue: text) else { throw corrupt(name, "unknown value \"\(text)\"") }
        return value
    }

    /// A JSON column decoded as `type`; nil when the column is NULL.
    func decoded<T: Decodable>(_ type: T.Type, _ name: String) throws -> T? {
        guard let text = try optionalString(name) else { return nil }
        do {
            return try CatalogJSON.decode(type, from: text)
        } catch {
            throw corrupt(name, "does not decode as \(T.self): \(error)")
        }
    }
}

/// The catalog's one JSON serializer for what it stores as text (job parameters and results,
/// file options, dialects, tables, foreign keys, charts).
/// NaN and the infinities, which JSON has no numbers for (a chart's missing values, a
/// statistic of a constant column), are stored as these strings.
enum CatalogJSON {
    private static let nonConforming = (positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: nonConforming.positiveInfinity, negativeInfinity: nonConforming.negativeInfinity, nan: nonConforming.nan)
        return decoder
    }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: nonConforming.positiveInfinity, negativeInfinity: nonConforming.negativeInfinity, nan: nonConforming.nan)
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try decoder.decode(type, from: Data(text.utf8))
    }
}
