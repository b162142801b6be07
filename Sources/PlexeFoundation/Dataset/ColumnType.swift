/// The type of a column, as inferred at ingest and promised by the API reference.
///
/// The raw values are the API's spelling. Each type has one storage convention in the
/// per-upload SQLite database, shared by every module that reads the data (query, analysis,
/// export, language):
///
/// | type       | SQLite storage         | declared column type |
/// |------------|------------------------|----------------------|
/// | `integer`  | INTEGER (64-bit)       | `INTEGER`            |
/// | `float`    | REAL                   | `REAL`               |
/// | `boolean`  | INTEGER 0 / 1          | `BOOLEAN`            |
/// | `date`     | TEXT `YYYY-MM-DD`      | `DATE`               |
/// | `datetime` | TEXT ISO 8601, as read | `DATETIME`           |
/// | `string`   | TEXT                   | `TEXT`               |
///
/// An empty field is stored as NULL whatever the type. The declared type lets a query result
/// be typed again on the way out (`sqlite3_column_decltype`), so `churn` comes back as JSON
/// `true`, not `1`.
public enum ColumnType: String, Sendable, Codable, CaseIterable {
    case string, integer, float, boolean, date, datetime

    /// The type name used in `CREATE TABLE`.
    public var declaredSQLType: String {
        switch self {
        case .string: return "TEXT"
        case .integer: return "INTEGER"
        case .float: return "REAL"
        case .boolean: return "BOOLEAN"
        case .date: return "DATE"
        case .datetime: return "DATETIME"
        }
    }

    /// The inverse of `declaredSQLType` (case-insensitive); nil for anything else.
    public init?(declaredSQLType: String) {
        switch declaredSQLType.uppercased() {
        case "TEXT": self = .string
        case "INTEGER": self = .integer
        case "REAL": self = .float
        case "BOOLEAN": self = .boolean
        case "DATE": self = .date
        case "DATETIME": self = .datetime
        default: return nil
        }
    }

    /// Numbers, booleans (as 0/1) and dates (as day numbers) can be correlated and summarised.
    public var isNumeric: Bool { self == .integer || self == .float }
}
