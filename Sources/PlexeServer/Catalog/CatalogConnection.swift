import Foundation
import PlexeFoundation

/// The two SQL dialects the catalog speaks. The catalog's SQL is written once (the
/// `Catalog+Area.swift` extensions of `SQLCatalog`), in the part of SQL both engines accept;
/// where they differ, the difference is handled here or in the connection, by name:
/// - placeholders: the SQL says `?` (or `?N`); the PostgreSQL connection rewrites them to `$N`;
/// - integer and binary types: migrations say `INTEGER`, `REAL`, `BLOB`, which PostgreSQL reads
///   as `BIGINT`, `DOUBLE PRECISION`, `BYTEA` (`Migrations.postgresSQL`);
/// - `rowid`: SQLite's implicit row number; PostgreSQL tables that are ordered by it get an
///   identity column of that name (migration 1), so `ORDER BY rowid` means the same in both;
/// - JSON: `jsonArrayLength` below;
/// - transactions and locks: a write in SQLite is `BEGIN IMMEDIATE` (one writer at a time, so a
///   limit check cannot race); in PostgreSQL it is READ COMMITTED, and the writes that check a
///   limit first lock the user's row (`lockUser`), so two nodes checking the same user's limit
///   take turns, and a query's next place in its session's history is counted under the
///   session's row lock (`lockSession`); a read is one snapshot (`BEGIN DEFERRED` in WAL mode; `REPEATABLE READ READ ONLY`);
/// - job claims: `FOR UPDATE SKIP LOCKED` in PostgreSQL (`skipLocked`), nothing in SQLite, whose
///   writer lock already serialises claims.
/// Both accept `ON CONFLICT … DO NOTHING`, `IS DISTINCT FROM` and CASE, which the shared SQL uses
/// instead of `INSERT OR IGNORE`, `IS NOT` and boolean aggregates.
enum CatalogDialect: Sendable {
    case sqlite, postgres

    /// The number of elements of the JSON array at `key` in the text column `column`.
    func jsonArrayLength(_ column: String, _ key: String) -> String {
        switch self {
        case .sqlite: return "json_array_length(\(column), '$.\(key)')"
        case .postgres: return "json_array_length((\(column)::json)->'\(key)')"
        }
    }

    /// The locking clause that makes a claim skip rows another transaction is claiming.
    func skipLocked(of table: String) -> String {
        switch self {
        case .sqlite: return ""
        case .postgres: return "FOR UPDATE OF \(table) SKIP LOCKED"
        }
    }
}

/// One connection to the catalog database, inside the transaction `read` or `write` opened:
/// statements with positional parameters (`?`), rows read by column name.
protocol CatalogConnection: AnyObject {
    var dialect: CatalogDialect { get }
    /// Runs a statement that returns no rows.
    func run(_ sql: String, _ arguments: [SQLiteValue]) throws
    /// All rows, decoded by `row`.
    func all<T>(_ sql: String, _ arguments: [SQLiteValue], row: (CatalogRow) throws -> T) throws -> [T]
    /// The first row, or nil.
    func first<T>(_ sql: String, _ arguments: [SQLiteValue], row: (CatalogRow) throws -> T) throws -> T?
    /// Rows the last `run` changed.
    var changes: Int { get }
}

extension CatalogConnection {
    func run(_ sql: String) throws { try run(sql, []) }
    func all<T>(_ sql: String, row: (CatalogRow) throws -> T) throws -> [T] { try all(sql, [], row: row) }
    func first<T>(_ sql: String, row: (CatalogRow) throws -> T) throws -> T? { try first(sql, [], row: row) }

    /// Makes the rest of this write transaction the only one acting for `userID` until it
    /// commits: a limit counted next cannot change under it. SQLite's write lock does that for
    /// every write already; PostgreSQL locks the user's row.
    func lockUser(_ userID: Int64) throws {
        try lockRow(of: "users", id: .integer(userID))
    }

    /// Makes the rest of this write transaction the only one writing under session `id`: the
    /// next place in its query history, counted from the places taken, cannot be taken twice.
    func lockSession(_ id: String) throws {
        try lockRow(of: "sessions", id: .text(id))
    }

    /// PostgreSQL's row lock until commit; SQLite's one writer at a time already holds it.
    private func lockRow(of table: String, id: SQLiteValue) throws {
        guard dialect == .postgres else { return }
        _ = try first("SELECT id FROM \(table) WHERE id = ? FOR UPDATE", [id]) { _ in () }
    }
}

/// The cells of one result row, as each engine gives them.
enum CatalogCells {
    case sqlite(SQLiteStatement)
    case postgres(PostgresResult, row: Int32)
}

/// One result row, read by column name. A column the SELECT does not name, a NULL where a
/// value must be, or a stored value that does not decode throws `CatalogError.corruptRow`.
struct CatalogRow {
    let cells: CatalogCells
    let columns: [String: Int32]
    let sql: String

    /// The table the row came from, for the error message: the first name after FROM.
    private var table: String {
        let words = sql.split(whereSeparator: \.isWhitespace)
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
        guard !cellIsNull(i) else { throw corrupt(name, "NULL where a value is required") }
        return i
    }

    private func cellIsNull(_ i: Int32) -> Bool {
        switch cells {
        case .sqlite(let statement): return statement.isNull(i)
        case .postgres(let result, let row): return result.isNull(row: row, column: i)
        }
    }

    /// A number from a PostgreSQL cell, which comes as text: one that does not parse is a
    /// corrupt row. (SQLite's cells are read as numbers directly.)
    private func number<N: LosslessStringConvertible>(_ name: String, _ result: PostgresResult, _ row: Int32) throws -> N {
        let text = result.text(row: row, column: try nonNull(name))
        guard let value = N(text) else { throw corrupt(name, "\"\(text)\" is not a \(N.self)") }
        return value
    }

    func isNull(_ name: String) throws -> Bool { cellIsNull(try index(name)) }

    func string(_ name: String) throws -> String {
        let i = try nonNull(name)
        switch cells {
        case .sqlite(let statement): return statement.string(i)
        case .postgres(let result, let row): return result.text(row: row, column: i)
        }
    }

    func int64(_ name: String) throws -> Int64 {
        switch cells {
        case .sqlite(let statement): return statement.int64(try nonNull(name))
        case .postgres(let result, let row): return try number(name, result, row)
        }
    }

    func int(_ name: String) throws -> Int { Int(try int64(name)) }

    func double(_ name: String) throws -> Double {
        switch cells {
        case .sqlite(let statement): return statement.double(try nonNull(name))
        case .postgres(let result, let row): return try number(name, result, row)
        }
    }

    func optionalString(_ name: String) throws -> String? { try isNull(name) ? nil : try string(name) }
    func optionalInt64(_ name: String) throws -> Int64? { try isNull(name) ? nil : try int64(name) }
    func optionalInt(_ name: String) throws -> Int? { try isNull(name) ? nil : try int(name) }

    /// The bytes of a BLOB (BYTEA) column; NULL reads as no bytes.
    func blob(_ name: String) throws -> [UInt8] {
        let i = try index(name)
        switch cells {
        case .sqlite(let statement): return statement.blob(i)
        case .postgres(let result, let row):
            if result.isNull(row: row, column: i) { return [] }
            guard let bytes = result.bytea(row: row, column: i) else { throw corrupt(name, "not BYTEA in hex form") }
            return bytes
        }
    }

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
