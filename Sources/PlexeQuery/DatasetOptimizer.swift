import PlexeFoundation

/// Load-time work on a dataset database: its foreign keys, and the indexes that make joins
/// along them and filters on numbers and dates fast.
///
/// The two are separate calls because they cost very differently. Measured on the
/// 1M-customer / 3M-transaction data set, where ingest itself takes ~4.4 s (5.3 s CPU):
/// - `prepare` (finding the keys) costs ~2.5 s of CPU and changes nothing in the file.
/// - `buildJoinIndexes` costs ~4 s and grows the file by a third (315 → 434 MB), and makes
///   joins along the key 2.7–5.8× faster: `SUM(t.amount) … JOIN customers c … GROUP BY
///   c.country` 8.1 s → 1.6 s of CPU. Nothing measured got slower. Because ingest may grow
///   by a quarter at most, it does not belong on the ingest path: run it afterwards, off
///   the upload's critical path (on a copy that then replaces the file, followed by
///   `QueryEngine.closeConnections`), or not at all.
///
/// What is deliberately *not* done, and why (same data, same queries):
/// - No index on a referenced key alone: with it, the planner stops building the covering
///   automatic index it otherwise makes per join, and joins got slower (1.5× on the
///   country join, 1.4× on `GROUP BY c.age`).
/// - No `ANALYZE` without indexes: with row counts alone the planner chose to build its
///   automatic index over the *larger* table for the same join, which doubled its time.
public enum DatasetOptimizer {
    /// Finds the foreign keys in the data (see `ForeignKeyFinder`). Reads only; the
    /// database is unchanged. Run it right after ingest, on the same connection.
    ///
    /// - Returns: the foreign keys that hold, in a stable order.
    public static func prepare(database: SQLiteDatabase, tables: [DatasetTable]) throws -> [ForeignKey] {
        try ForeignKeyFinder.find(in: tables, database: database)
    }

    /// Numeric columns carried by a referencing index, at most: enough for the measures of
    /// a fact table, few enough that the index stays far smaller than the table.
    static let maxCarriedColumns = 6

    /// Rows `ANALYZE` reads per index: its estimates are as good for choosing among these
    /// indexes, at a fraction of a full pass.
    static let analysisLimit = 1000

    /// Tables with fewer rows than this get no filter indexes: a full scan of them takes a
    /// few milliseconds already.
    public static let defaultFilterIndexMinimumRows = 50_000

    /// Filter indexes per table, at most: each costs about as much to build as sorting the
    /// column, and a tenth to a half of the table's size on disk.
    static let maxFilterIndexesPerTable = 12

    /// Join indexes only (see `buildIndexes`).
    @discardableResult
    public static func buildJoinIndexes(database: SQLiteDatabase, tables: [DatasetTable], foreignKeys: [ForeignKey]) throws -> [String] {
        try buildIndexes(database: database, tables: tables, foreignKeys: foreignKeys, filterIndexMinimumRows: nil)
    }

    /// Builds the indexes that make queries on a loaded, never-changing dataset fast, then
    /// runs a sampled `ANALYZE` of the indexed tables so that the planner picks them.
    ///
    /// **Join indexes**, for every foreign key `A.x → B.y`:
    /// - a UNIQUE index on `B.y` (lookups by key without a scan; the planner learns a join
    ///   on it yields one row);
    /// - an index on `A.x` that also carries A's numeric columns
    ///   (`transactions(customer_id, amount, quantity, discount)`). A join along the key then
    ///   reads the referencing side from the index alone, in key order, in step with a scan
    ///   of B. A bare index on `A.x` gave only 1.6×, because each match still fetched its
    ///   row; the numbers are what such joins aggregate, and carrying them made the index
    ///   ~1 s dearer to build (2.1 s → 3.2 s for 3M rows).
    ///
    /// **Filter indexes** (when `filterIndexMinimumRows` is not nil), one per integer, float,
    /// date and datetime column of tables with at least that many rows: `COUNT(*) … WHERE
    /// age > 40` reads a narrow index instead of the table (74 → 7 ms on 1M customers),
    /// `MIN`/`MAX`, `ORDER BY … LIMIT`, `COUNT(*) … GROUP BY age` and selective lookups
    /// likewise. Text columns are left out: their indexes are as big as the text, and the
    /// questions asked of text (`LIKE '%x%'`, grouping) rarely gain. SQLite built without
    /// STAT4 (Debian's is) guesses a range like `age > 40` keeps a quarter of the rows, so it
    /// would also use such an index where it loses, fetching each of 600,000 rows through
    /// it (`AVG(lifetime_value) … WHERE age > 40` 93 → 401 ms): the query engine therefore
    /// runs a statement whose plan uses a filter index *without covering* on a connection
    /// that does not see these indexes (see `FilterIndexes`).
    ///
    /// One transaction: on failure the database is as it was. Needs a writable connection
    /// that no reader is using the file through in rollback-journal mode (the build holds
    /// the write lock for seconds).
    ///
    /// - Returns: the names of the indexes created.
    @discardableResult
    public static func buildIndexes(
        database: SQLiteDatabase, tables: [DatasetTable], foreignKeys: [ForeignKey],
        filterIndexMinimumRows: Int? = defaultFilterIndexMinimumRows
    ) throws -> [String] {
        let filtered = filterIndexMinimumRows.map { minimum in tables.filter { $0.rowCount >= minimum } } ?? []
        guard !foreignKeys.isEmpty || !filtered.isEmpty else { return [] }
        // Ingest leaves a large page cache on its connection; SQLite sizes its sort runs by
        // it, and the default (2 MB) sorted these indexes ~25 % faster.
        let cacheSize = try database.queryFirst("PRAGMA cache_size") { $0.int(0) } ?? -2000
        try database.execute("PRAGMA cache_size = -2000")
        defer { try? database.execute("PRAGMA cache_size = \(cacheSize)") }

        return try database.transaction {
            var names = try IndexNames(database: database)
            var created: [(table: String, name: String)] = []
            let referenced = Set(foreignKeys.map { ForeignKeyFinder.KeyColumn(table: $0.referencedTable, column: $0.referencedColumn) })
            for key in referenced.sorted(by: { ($0.table, $0.column) < ($1.table, $1.column) }) {
                let name = names.name(forUnique: key)
                do {
                    try database.execute(
                        "CREATE UNIQUE INDEX \(quoteIdentifier(name)) ON \(quoteIdentifier(key.table)) (\(quoteIdentifier(key.column)))")
                    created.append((key.table, name))
                } catch let error as SQLiteError where error.isConstraint {
                    // Not unique after all: the key still holds as a fact about the values,
                    // it just gets no UNIQUE index.
                }
            }
            let referencing = Set(foreignKeys.map { ForeignKeyFinder.KeyColumn(table: $0.table, column: $0.column) })
            for column in referencing.sorted(by: { ($0.table, $0.column) < ($1.table, $1.column) }) {
                let carried = (tables.first { $0.tableName == column.table }?.columns ?? [])
                    .filter { $0.name != column.column && !$0.unique && ($0.type == .integer || $0.type == .float || $0.type == .boolean) }
                    .prefix(maxCarriedColumns)
                    .map { quoteIdentifier($0.name) }
                let name = names.name(forReferencing: column)
                let indexed = ([quoteIdentifier(column.column)] + carried).joined(separator: ", ")
                try database.execute("CREATE INDEX \(quoteIdentifier(name)) ON \(quoteIdentifier(column.table)) (\(indexed))")
                created.append((column.table, name))
            }
            // A column that already leads a join index needs no second one.
            let leading = referenced.union(referencing)
            for table in filtered {
                for column in filterColumns(of: table, skipping: leading) {
                    let key = ForeignKeyFinder.KeyColumn(table: table.tableName, column: column.name)
                    let name = names.name(forFilter: key)
                    try database.execute(
                        "CREATE INDEX \(quoteIdentifier(name)) ON \(quoteIdentifier(table.tableName)) (\(quoteIdentifier(column.name)))")
                    created.append((table.tableName, name))
                }
            }
            try analyze(Set(created.map(\.table)).sorted(), in: database)
            return created.map(\.name)
        }
    }

    /// The columns of `table` that get a filter index.
    static func filterColumns(of table: DatasetTable, skipping leading: Set<ForeignKeyFinder.KeyColumn>) -> [ColumnInfo] {
        let indexable: Set<ColumnType> = [.integer, .float, .date, .datetime]
        return table.columns
            .filter { indexable.contains($0.type) && $0.nullCount < table.rowCount }
            .filter { !leading.contains(ForeignKeyFinder.KeyColumn(table: table.tableName, column: $0.name)) }
            .prefix(maxFilterIndexesPerTable)
            .map { $0 }
    }

    private static func analyze(_ tables: [String], in database: SQLiteDatabase) throws {
        let previous = try database.queryFirst("PRAGMA analysis_limit") { $0.int(0) } ?? 0
        try database.execute("PRAGMA analysis_limit = \(analysisLimit)")
        defer { try? database.execute("PRAGMA analysis_limit = \(previous)") }
        for table in tables {
            try database.execute("ANALYZE \(quoteIdentifier(table))")
        }
    }
}
