import PlexeFoundation

/// Why an export failed, with the context needed to act on it. `description` is worded for
/// the person who asked for the export.
///
/// Database failures are not wrapped: they surface as `SQLiteError`, so a caller can tell an
/// interrupted export (`SQLiteError.isInterrupt`, after `SQLiteDatabase.interrupt()`) apart.
public enum ExportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The options cannot produce a file (a non-positive row group size, say).
    case invalidOptions(String)
    /// The file could not be created, written or moved into place.
    case cannotWrite(path: String, reason: String)
    /// A stored value does not fit its column's declared type, so a typed format cannot carry
    /// it (Parquet only: CSV and JSON write such a value as it is stored). `row` is 1-based,
    /// in table order.
    case valueDoesNotMatchType(table: String, column: String, row: Int, type: ColumnType, value: String)
    /// zlib refused to compress a page.
    case compressionFailed(codec: String, code: Int32)

    public var description: String {
        switch self {
        case .invalidOptions(let message):
            return "Invalid export options: \(message)"
        case .cannotWrite(let path, let reason):
            return "Cannot write the export file \(path): \(reason)"
        case .valueDoesNotMatchType(let table, let column, let row, let type, let value):
            let shown = value.count > 80 ? String(value.prefix(80)) + "…" : value
            return "Value \"\(shown)\" in column \"\(column)\" of table \"\(table)\" (row \(row)) is not a valid \(type.rawValue)"
        case .compressionFailed(let codec, let code):
            return "\(codec) compression failed (code \(code))"
        }
    }
}
