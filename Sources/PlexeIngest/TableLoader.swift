import CSQLite3
import PlexeFoundation

/// Creates the typed table in the fresh upload database and inserts `RowBatch`es into it.
///
/// Speed comes from what a throw-away file allows and from doing less per row:
/// - `journal_mode=MEMORY` (a fresh file's new pages are never journaled, so this costs next to
///   nothing, yet `ROLLBACK` still works) and `synchronous=OFF`: the server renames the file into
///   place only on success, so a crash mid-load loses nothing of value;
/// - 16 KiB pages: fewer B-tree pages and splits per row than the 4 KiB default;
/// - one transaction, multi-row `INSERT … VALUES (…), (…), …` statements (one `sqlite3_step`
///   per many rows: a single-row statement re-seeks the table's end for every row), values
///   bound in their storage class (no affinity conversion) and text bound `SQLITE_STATIC`
///   straight from the batch's arena.
final class TableLoader {
    let database: SQLiteDatabase
    let tableName: String
    let columnCount: Int
    private let multiRowStatement: OpaquePointer
    private let singleRowStatement: OpaquePointer
    private let rowsPerStatement: Int
    private var inTransaction = false
    /// Per column, the smallest and largest integer or real bound so far (+inf/-inf before the
    /// first): a comparison per numeric cell, so the column's range costs no pass of its own.
    private let minimums: UnsafeMutablePointer<Double>
    private let maximums: UnsafeMutablePointer<Double>

    /// The SQLite page cache for the load (negative = KiB), part of the module's memory budget.
    static let cacheKiB = 16 * 1024

    init(database: SQLiteDatabase, tableName: String, columns: [(name: String, type: ColumnType)]) throws {
        self.database = database
        self.tableName = tableName
        columnCount = columns.count
        minimums = .allocate(capacity: max(1, columns.count))
        minimums.initialize(repeating: .infinity, count: max(1, columns.count))
        maximums = .allocate(capacity: max(1, columns.count))
        maximums.initialize(repeating: -.infinity, count: max(1, columns.count))
        let db = database.handle
        try TableLoader.checkColumnCount(columns.count, database: database, line: 1)
        try database.execute(
            """
            PRAGMA page_size = 16384;
            PRAGMA journal_mode = MEMORY;
            PRAGMA synchronous = OFF;
            PRAGMA cache_size = -\(TableLoader.cacheKiB);
            """)
        let definitions = columns.map { "\(quoteIdentifier($0.name)) \($0.type.declaredSQLType)" }.joined(separator: ", ")
        try database.execute("CREATE TABLE \(quoteIdentifier(tableName)) (\(definitions))")

        let maxVariables = Int(sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, -1))
        rowsPerStatement = max(1, min(64, maxVariables / max(1, columns.count)))
        let rowPlaceholder = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        let insert = "INSERT INTO \(quoteIdentifier(tableName)) VALUES "
        multiRowStatement = try TableLoader.prepare(db, insert + Array(repeating: rowPlaceholder, count: rowsPerStatement).joined(separator: ","))
        do {
            singleRowStatement = try TableLoader.prepare(db, insert + rowPlaceholder)
        } catch {
            sqlite3_finalize(multiRowStatement)
            throw error
        }
    }

    /// SQLite's limit on a table's columns (2000 by default), checked as soon as the columns are
    /// known so that a very wide file fails before any work (and any memory) is spent on it.
    static func checkColumnCount(_ count: Int, database: SQLiteDatabase, line: Int) throws {
        let limit = Int(sqlite3_limit(database.handle, SQLITE_LIMIT_COLUMN, -1))
        guard count <= limit else {
            throw IngestError(line: line, message: "the file has more than \(limit) columns, the most a table can have")
        }
    }

    deinit {
        sqlite3_finalize(multiRowStatement)
        sqlite3_finalize(singleRowStatement)
        minimums.deallocate()
        maximums.deallocate()
    }

    /// The smallest and largest number inserted into a column, nil when it got none.
    func numericRange(ofColumn column: Int) -> (minimum: Double, maximum: Double)? {
        let low = minimums[column]
        let high = maximums[column]
        guard low.isFinite, high.isFinite, low <= high else { return nil }
        return (low, high)
    }

    /// Rows per batch: a multiple of the statement's rows, about 4k cells or more.
    var preferredBatchRows: Int { rowsPerStatement * max(1, 4096 / (rowsPerStatement * max(1, columnCount)) + 1) }

    func begin() throws {
        try database.execute("BEGIN")
        inTransaction = true
    }

    func commit() throws {
        try database.execute("COMMIT")
        inTransaction = false
    }

    /// Ends the transaction after a failure, so the connection is left usable.
    func rollback() {
        sqlite3_reset(multiRowStatement)
        sqlite3_reset(singleRowStatement)
        if inTransaction { try? database.execute("ROLLBACK") }
        inTransaction = false
    }

    func insert(_ batch: RowBatch) throws {
        var row = 0
        let rows = batch.rowCount
        while rows - row >= rowsPerStatement {
            try run(multiRowStatement, batch, firstRow: row, rowCount: rowsPerStatement)
            row += rowsPerStatement
        }
        while row < rows {
            try run(singleRowStatement, batch, firstRow: row, rowCount: 1)
            row += 1
        }
    }

    @inline(__always)
    private func run(_ statement: OpaquePointer, _ batch: RowBatch, firstRow: Int, rowCount: Int) throws {
        let cells = batch.cells + firstRow * columnCount
        let arena = UnsafeRawPointer(batch.arena).assumingMemoryBound(to: CChar.self)
        let count = rowCount * columnCount
        var column = 0
        for i in 0..<count {
            let cell = cells[i]
            let index = Int32(i + 1)
            switch cell.length {
            case RowBatch.Cell.nullTag: sqlite3_bind_null(statement, index)
            case RowBatch.Cell.integerTag:
                sqlite3_bind_int64(statement, index, cell.payload)
                observe(Double(cell.payload), column: column)
            case RowBatch.Cell.realTag:
                let value = Double(bitPattern: UInt64(bitPattern: cell.payload))
                sqlite3_bind_double(statement, index, value)
                if value.isFinite { observe(value, column: column) }
            default: sqlite3_bind_text(statement, index, arena + Int(cell.payload), cell.length, nil)
            }
            column &+= 1
            if column == columnCount { column = 0 }
        }
        let rc = sqlite3_step(statement)
        guard rc == SQLITE_DONE else {
            let error = SQLiteError(code: rc, message: database.lastErrorMessage, sql: String(cString: sqlite3_sql(statement)))
            sqlite3_reset(statement)
            throw error
        }
        sqlite3_reset(statement)
    }

    @inline(__always)
    private func observe(_ value: Double, column: Int) {
        if value < minimums[column] { minimums[column] = value }
        if value > maximums[column] { maximums[column] = value }
    }

    private static func prepare(_ db: OpaquePointer, _ sql: String) throws -> OpaquePointer {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v3(db, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard rc == SQLITE_OK, let statement else {
            throw SQLiteError(code: rc, message: String(cString: sqlite3_errmsg(db)), sql: sql)
        }
        return statement
    }
}
