import PlexeFoundation

/// Writes one table of an upload's SQLite database to a file in an export format.
///
/// Rows stream from one `SELECT` straight into the file, so memory does not grow with the
/// table (Parquet holds at most one row group; CSV and JSON a 1 MiB write buffer). Values are
/// read by the storage convention of `ColumnType` and written typed: see `CSVTableWriter`,
/// `JSONTableWriter` and `ParquetTableWriter` for each format's choices.
public enum TableExporter {
    /// Writes `table` from `database` to `path` and returns the file's size in bytes.
    ///
    /// The file appears at `path` only once complete (it is written under a temporary name in
    /// the same directory, synced, then renamed over `path`); on any error nothing is left
    /// behind. `progress` receives fractions in 0…1 (by rows, against `table.rowCount`) from
    /// the calling thread, and 1.0 once the file is in place.
    ///
    /// Runs synchronously on the calling thread, using `database` (a connection not used
    /// concurrently elsewhere). To cancel, call `database.interrupt()` from another thread:
    /// the export then throws a `SQLiteError` whose `isInterrupt` is true.
    ///
    /// - Throws: `ExportError` (bad options, I/O, a value its Parquet type cannot carry),
    ///   `SQLiteError` (the table cannot be read).
    @discardableResult
    public static func export(
        table: DatasetTable, from database: SQLiteDatabase, format: ExportFormat, to path: String,
        options: ExportOptions = ExportOptions(),
        progress: @escaping @Sendable (Double) -> Void = { _ in }
    ) throws -> Int64 {
        try validate(options)
        var scan = try TableScan(table: table, database: database, progress: progress)
        let file = try OutputFile(path: path)
        do {
            switch format {
            case .csv: try CSVTableWriter(includeHeaders: options.includeHeaders).write(&scan, to: file)
            case .json: try JSONTableWriter().write(&scan, to: file)
            case .parquet: try ParquetTableWriter(options: options).write(&scan, to: file)
            }
            let size = try file.commit()
            progress(1.0)
            return size
        } catch {
            file.discard()
            throw error
        }
    }

    private static func validate(_ options: ExportOptions) throws {
        guard options.rowGroupRows > 0 else { throw ExportError.invalidOptions("rowGroupRows must be positive") }
        guard options.rowGroupBytes > 0 else { throw ExportError.invalidOptions("rowGroupBytes must be positive") }
        guard options.pageBytes > 0 else { throw ExportError.invalidOptions("pageBytes must be positive") }
        guard options.dictionaryPageBytes >= 0 else { throw ExportError.invalidOptions("dictionaryPageBytes must not be negative") }
    }
}
