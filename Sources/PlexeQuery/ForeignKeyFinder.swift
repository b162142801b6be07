import PlexeFoundation

/// Finds the foreign keys that hold in the data: columns whose every non-null value occurs
/// in a unique column of another table (`transactions.customer_id` → `customers.customer_id`).
///
/// Nothing in a CSV file declares them, so they are read off the data, exactly: a key is
/// kept only when SQL finds no referencing value missing from the referenced column. The
/// full check costs one index probe per referencing row, so candidates are narrowed first:
/// - with what ingest already knows (`ColumnInfo`: types, uniqueness, counts, small value
///   sets), at no cost;
/// - then on a sample: up to `sampleSize` values of every candidate column are looked up
///   in one scan per referenced column, which throws out nearly every pair that is no key.
///
/// Integer columns also need a name that points at the referenced column (the same name,
/// or one ending in it: `product_id` → `id`), because small integers are everywhere:
/// `quantity` 1…10 lies inside any `id` 1…500 without referring to it. Text keys
/// (`C0000001`, `US`) are specific enough to be taken on the data alone.
enum ForeignKeyFinder {
    /// How many values of a referencing column are looked up before the full check.
    static let sampleSize = 512

    /// Column pairs that could be keys by what `ColumnInfo` says, grouped by referenced column.
    static func candidates(in tables: [DatasetTable]) -> [ForeignKey] {
        var result: [ForeignKey] = []
        for referenced in tables where referenced.rowCount > 0 {
            for key in referenced.columns where key.unique && isKeyType(key.type) && key.nullCount < referenced.rowCount {
                let keyCount = referenced.rowCount - key.nullCount
                for referencing in tables where referencing.tableName != referenced.tableName {
                    for column in referencing.columns where column.type == key.type {
                        let valueCount = referencing.rowCount - column.nullCount
                        guard valueCount > 0 else { continue }
                        // A unique column with more values than the key has cannot fit in it.
                        if column.unique && valueCount > keyCount { continue }
                        // Both value sets known (low cardinality): decided here.
                        if let values = column.distinctValues, let keys = key.distinctValues,
                           !Set(values).isSubset(of: Set(keys)) { continue }
                        if key.type == .integer && !namesAgree(column.name, key.name) { continue }
                        result.append(ForeignKey(table: referencing.tableName, column: column.name,
                                                 referencedTable: referenced.tableName, referencedColumn: key.name))
                    }
                }
            }
        }
        return result
    }

    static func isKeyType(_ type: ColumnType) -> Bool {
        type == .string || type == .integer
    }

    /// `customer_id` ~ `customer_id`, `product_id` ~ `id`, `CustomerID` ~ `customer_id`.
    static func namesAgree(_ referencing: String, _ referenced: String) -> Bool {
        let column = normalized(referencing)
        let key = normalized(referenced)
        return !key.isEmpty && column.hasSuffix(key)
    }

    private static func normalized(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter {
            ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9")
        }))
    }

    /// The candidates whose sample values all occur in the referenced column.
    ///
    /// One scan of each referenced table answers for all of its candidates: the sampled
    /// values are bound as a `carray`-free `IN (…)` list, which SQLite turns into an
    /// ephemeral index and probes once per referenced row.
    static func survivingSample(_ candidates: [ForeignKey], tables: [DatasetTable], in database: SQLiteDatabase) throws -> [ForeignKey] {
        let byKey = Dictionary(grouping: candidates) { KeyColumn(table: $0.referencedTable, column: $0.referencedColumn) }
        var survivors: [ForeignKey] = []
        for (key, keyCandidates) in byKey.sorted(by: { ($0.key.table, $0.key.column) < ($1.key.table, $1.key.column) }) {
            var samples: [ForeignKey: Set<SQLiteValue>] = [:]
            for candidate in keyCandidates {
                samples[candidate] = try sample(of: candidate, tables: tables, in: database)
            }
            let wanted = samples.values.reduce(into: Set<SQLiteValue>()) { $0.formUnion($1) }
            let found = try present(wanted, in: key, database: database)
            survivors += keyCandidates.filter { samples[$0]?.isSubset(of: found) ?? false }
        }
        return survivors
    }

    /// Up to `sampleSize` distinct non-null values of the referencing column: its known small
    /// value set, or the first values stored.
    private static func sample(of candidate: ForeignKey, tables: [DatasetTable], in database: SQLiteDatabase) throws -> Set<SQLiteValue> {
        let info = tables.first { $0.tableName == candidate.table }?.columns.first { $0.name == candidate.column }
        if let values = info?.distinctValues, info?.type == .string {
            return Set(values.map(SQLiteValue.text))
        }
        let column = quoteIdentifier(candidate.column)
        let sql = "SELECT \(column) FROM \(quoteIdentifier(candidate.table)) WHERE \(column) IS NOT NULL LIMIT \(sampleSize)"
        return Set(try database.query(sql) { $0.value(0) })
    }

    /// Which of `values` occur in the key column.
    private static func present(_ values: Set<SQLiteValue>, in key: KeyColumn, database: SQLiteDatabase) throws -> Set<SQLiteValue> {
        guard !values.isEmpty else { return [] }
        let column = quoteIdentifier(key.column)
        let placeholders = Array(repeating: "?", count: values.count).joined(separator: ",")
        let sql = "SELECT DISTINCT \(column) FROM \(quoteIdentifier(key.table)) WHERE \(column) IN (\(placeholders))"
        return Set(try database.query(sql, Array(values)) { $0.value(0) })
    }

    /// True when every non-null value of the referencing column occurs in the referenced one.
    ///
    /// One probe per distinct referencing value. With indexes on both columns (the optimizer
    /// checks after creating them) the distinct values come out of the referencing index in
    /// order and the probes walk the referenced index in the same order, which keeps the
    /// full check of millions of rows to a fraction of a second of index reads.
    static func holds(_ key: ForeignKey, in database: SQLiteDatabase) throws -> Bool {
        let column = quoteIdentifier(key.column)
        let sql = """
            SELECT 1 FROM (SELECT DISTINCT \(column) AS v FROM \(quoteIdentifier(key.table)) WHERE \(column) IS NOT NULL)
            WHERE NOT EXISTS (SELECT 1 FROM \(quoteIdentifier(key.referencedTable)) AS r
                              WHERE r.\(quoteIdentifier(key.referencedColumn)) = v)
            LIMIT 1
            """
        return try database.queryFirst(sql) { _ in true } == nil
    }

    struct KeyColumn: Hashable {
        var table: String
        var column: String
    }
}
