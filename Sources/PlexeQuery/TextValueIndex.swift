import PlexeFoundation

/// The value index of a dataset database: the distinct texts of every text column that has
/// more of them than `ColumnInfo.distinctValues` keeps (names, codes, places), so that the
/// language engine can place a literal of a question ("Nova Scotia", "LUX") in its column by a
/// lookup rather than a scan; and the distinct dates of date columns, whose spacing tells the
/// engine how often a series is measured (one row a week, a month).
///
/// Built once, at the end of ingest, into a table of the dataset database itself
/// (`plexe_text_values`), so it is written atomically with the data and removed with it; read
/// once per upload when its translator is built. Bounded per column: the first
/// `maxValuesPerColumn` distinct values in table order, none longer than `maxValueLength`,
/// among the first `maxRowsPerTextColumn` rows (`maxRowsPerDateColumn` for dates). `SELECT
/// DISTINCT … LIMIT` stops as soon as it has that many, so a column of unique names costs a
/// few thousand rows, and no column more than those rows: measured on the 1M-row customers
/// file (three such text columns and two date columns), a few tens of milliseconds.
public enum TextValueIndex {
    public static let tableName = "plexe_text_values"
    public static let maxValuesPerColumn = 5000
    public static let maxValueLength = 200
    /// Rows read per text column, at most: a column with few values over many rows would
    /// otherwise cost a full scan (0.3 s a column on 1M rows); its values past these rows are
    /// not in the index.
    public static let maxRowsPerTextColumn = 100_000
    /// Rows read per date column: enough for a series' spacing.
    public static let maxRowsPerDateColumn = 20_000

    /// Builds the index of `tables` in `database` (which holds them, loaded).
    public static func build(database: SQLiteDatabase, tables: [DatasetTable]) throws {
        try database.execute("CREATE TABLE IF NOT EXISTS \(tableName) (table_name TEXT NOT NULL, column_name TEXT NOT NULL, value TEXT NOT NULL)")
        for table in tables {
            // Dates too: their spacing tells a weekly series from a daily one.
            for column in table.columns
            where (column.type == .string || column.type == .date || column.type == .datetime) && column.distinctValues == nil {
                let c = quoteIdentifier(column.name)
                let rows = column.type == .string ? maxRowsPerTextColumn : maxRowsPerDateColumn
                try database.execute(
                    """
                    INSERT INTO \(tableName) (table_name, column_name, value) SELECT ?, ?, v FROM \
                    (SELECT DISTINCT v FROM (SELECT \(c) AS v FROM \(quoteIdentifier(table.tableName)) \
                    WHERE \(c) IS NOT NULL AND length(\(c)) <= \(maxValueLength) LIMIT \(rows)) LIMIT \(maxValuesPerColumn))
                    """, [.text(table.tableName), .text(column.name)])
            }
        }
    }

    /// The indexed values by table and column, in the order they were stored; empty for a
    /// database without the index (loaded before it existed) or that cannot be read.
    public static func load(databasePath: String) -> [(table: String, column: String, values: [String])] {
        guard let database = try? SQLiteDatabase(path: databasePath, options: .init(readOnly: true, create: false)),
            (try? database.queryFirst("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [.text(tableName)]) { $0.int(0) }) != nil,
            let rows = try? database.query(
                "SELECT table_name, column_name, value FROM \(tableName) ORDER BY rowid",
                row: { row in
                    (row.string(0), row.string(1), row.string(2))
                })
        else { return [] }
        var result: [(table: String, column: String, values: [String])] = []
        for (table, column, value) in rows {
            if let last = result.indices.last, result[last].table == table, result[last].column == column {
                result[last].values.append(value)
            } else {
                result.append((table, column, [value]))
            }
        }
        return result
    }
}
