import PlexeFoundation

/// Reads one table's rows in their original order, reporting progress as it goes.
///
/// Every exporter runs the same query: the table's columns in declared order, ordered by
/// rowid. The `ORDER BY` costs nothing (a rowid table is stored in that order) and keeps
/// SQLite from answering out of a covering index instead, which would shuffle the rows.
struct TableScan {
    /// SQLite's fundamental datatype codes (`SQLITE_INTEGER` …), stable across versions; named
    /// here so that this module needs only PlexeFoundation's statement wrapper.
    enum Storage {
        static let integer: Int32 = 1
        static let float: Int32 = 2
        static let text: Int32 = 3
        static let blob: Int32 = 4
        static let null: Int32 = 5
    }

    let table: DatasetTable
    let statement: SQLiteStatement
    /// Rows stepped so far; the current row's 1-based number while positioned on one.
    private(set) var rowsRead = 0
    private let progress: @Sendable (Double) -> Void

    init(table: DatasetTable, database: SQLiteDatabase, progress: @escaping @Sendable (Double) -> Void) throws {
        self.table = table
        self.progress = progress
        statement = try database.prepare(TableScan.selectStatement(for: table))
    }

    /// `SELECT "a", "b" FROM "t" ORDER BY rowid`, with the first rowid alias the table does
    /// not shadow with a column of its own (an uploaded file may well have a `rowid` column).
    static func selectStatement(for table: DatasetTable) -> String {
        let columns = table.columns.map { quoteIdentifier($0.name) }.joined(separator: ", ")
        var sql = "SELECT \(columns) FROM \(quoteIdentifier(table.tableName))"
        if let alias = table.rowidAlias {
            sql += " ORDER BY \(alias)"
        }
        return sql
    }

    /// Set once the last row was read: SQLite would start the statement over if stepped again.
    private(set) var isFinished = false

    /// Steps to the next row; false at the end, and from then on.
    @inline(__always)
    mutating func next() throws -> Bool {
        guard !isFinished else { return false }
        guard try statement.step() else {
            isFinished = true
            return false
        }
        rowsRead += 1
        if rowsRead & 0x3FFF == 0 { reportProgress() }
        return true
    }

    /// Reports rows read so far; completion (1.0) is the exporter's to report, once the file
    /// is in place.
    private func reportProgress() {
        guard table.rowCount > 0 else { return }
        // The catalog's row count can lag the table; never claim completion early.
        progress(min(0.99, Double(rowsRead) / Double(table.rowCount)))
    }

    /// The raw bytes of column `index` as text, without a copy: SQLite keeps them valid until
    /// the next step. Used instead of a closure around the hot code, which would capture the
    /// writer's buffers and have every access to them checked for exclusivity at run time.
    @inline(__always)
    func text(_ index: Int32) -> UnsafeRawBufferPointer {
        statement.withUTF8(index) { $0 }
    }

    /// The stored value of column `index` in the current row as text, for error messages.
    func storedText(_ index: Int32) -> String {
        switch statement.value(index) {
        case .null: return "NULL"
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .text(let value): return value
        case .blob(let bytes): return "<\(bytes.count)-byte blob>"
        }
    }

    /// The error for a value of column `index` in the current row that its type cannot carry.
    func mismatch(_ index: Int32) -> ExportError {
        let column = table.columns[Int(index)]
        return .valueDoesNotMatchType(
            table: table.tableName, column: column.name, row: rowsRead,
            type: column.type, value: storedText(index))
    }
}
