import CSQLite3
import Foundation
import PlexeFoundation

/// Turns the rows of a running statement into typed JSON values, within a query's limits.
///
/// The type of a value comes from the column's declared type when the result column is a
/// column of a table (`sqlite3_column_decltype` follows it through subqueries, CTEs and
/// compound SELECTs), because only the declaration tells a BOOLEAN 0/1 from an INTEGER; the
/// declared types are `ColumnType`'s storage convention. A computed column (`COUNT(*)`,
/// `AVG(x)`, `x + 1`) has no declaration and is typed by the value SQLite produced.
///
/// Rows are built once, straight into the result, and each is measured before it is copied:
/// the JSON size estimate is the exact byte count of text and a fixed upper bound for numbers.
struct ResultReader {
    private let statement: OpaquePointer
    private let columnCount: Int32
    private let declaredTypes: [ColumnType?]
    let columns: [String]
    private let maxRows: Int
    private let maxBytes: Int
    private(set) var rows: [[JSON]] = []
    private(set) var truncated = false
    private var estimatedBytes: Int

    init(statement: OpaquePointer, limits: QueryLimits) {
        self.statement = statement
        columnCount = sqlite3_column_count(statement)
        columns = (0..<columnCount).map { String(cString: sqlite3_column_name(statement, $0)) }
        declaredTypes = (0..<columnCount).map { index in
            sqlite3_column_decltype(statement, index).flatMap { ColumnType(declaredSQLType: String(cString: $0)) }
        }
        maxRows = limits.maxRows
        maxBytes = limits.maxResultBytes
        // `{"columns":[...],"rows":[]}` around the rows.
        estimatedBytes = 24 + columns.reduce(0) { $0 + $1.utf8.count + 3 }
        rows.reserveCapacity(min(maxRows, 1024))
    }

    /// Reads the row the statement points at. Returns false, and marks the result truncated,
    /// when that row is one too many or would pass the byte limit: stop stepping then.
    ///
    /// The row's size is measured from SQLite's own lengths before any value is copied, so a
    /// row far over the limit (`SELECT randomblob(…)` × many) costs no memory here.
    mutating func appendCurrentRow() -> Bool {
        guard rows.count < maxRows else {
            truncated = true
            return false
        }
        var rowBytes = 2
        for index in 0..<columnCount {
            rowBytes += estimatedSize(at: index) + 1
            guard estimatedBytes + rowBytes <= maxBytes else {
                truncated = true
                return false
            }
        }
        var row: [JSON] = []
        row.reserveCapacity(Int(columnCount))
        for index in 0..<columnCount {
            row.append(readValue(at: index))
        }
        estimatedBytes += rowBytes
        rows.append(row)
        return true
    }

    func result(executionTimeMs: Int) -> QueryResult {
        QueryResult(columns: columns, rows: rows, truncated: truncated, executionTimeMs: executionTimeMs)
    }

    /// An upper estimate of a value's JSON size, without copying it. Text is measured in
    /// place (the database is UTF-8, so asking for the length converts nothing); a blob is
    /// sent as base64.
    private func estimatedSize(at index: Int32) -> Int {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: return 20
        case SQLITE_FLOAT: return 24
        case SQLITE_TEXT: return Int(sqlite3_column_bytes(statement, index)) + 2
        case SQLITE_BLOB: return (Int(sqlite3_column_bytes(statement, index)) + 2) / 3 * 4 + 2
        default: return 4
        }
    }

    /// One value, typed for JSON.
    private func readValue(at index: Int32) -> JSON {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER:
            let integer = sqlite3_column_int64(statement, index)
            switch declaredTypes[Int(index)] {
            case .boolean: return .bool(integer != 0)
            case .float: return .double(Double(integer))
            default: return .int(integer)
            }
        case SQLITE_FLOAT:
            return .double(sqlite3_column_double(statement, index))
        case SQLITE_TEXT:
            let text = sqlite3_column_text(statement, index)
            let count = Int(sqlite3_column_bytes(statement, index))
            return .string(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let bytes = sqlite3_column_blob(statement, index)
            let count = Int(sqlite3_column_bytes(statement, index))
            return .string(bytes.map { Data(bytes: $0, count: count) }?.base64EncodedString() ?? "")
        default:
            return .null
        }
    }
}
