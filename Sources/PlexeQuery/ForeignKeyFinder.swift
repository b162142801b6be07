import PlexeFoundation

/// Finds the foreign keys that hold in the data: columns whose every non-null value occurs
/// in a unique column of another table (`transactions.customer_id` → `customers.customer_id`).
///
/// Nothing in a CSV file declares them, so they are read off the data: a key is kept when
/// (almost) every non-null referencing value occurs in the referenced column, compared as
/// SQLite compares them (text byte for byte, integers as integers). Real files have a few
/// stray values (a code mistyped once, a place the reference table lacks): up to
/// `allowedOrphanShare` of the values may be missing, which keeps the key for questions
/// across the two tables (a join then leaves those rows out). Candidates come from
/// what ingest already knows (`ColumnInfo`: types, uniqueness, counts, small value sets)
/// and from names (see `namesAgree`).
///
/// The check is a hash-set membership test in Swift rather than SQL. Measured on the
/// 1M-customer / 3M-transaction data set (ingest itself: ~4.4 s), for the one true key:
/// - `NOT EXISTS (SELECT … WHERE r.key = v.x)` with no index: SQLite 3.40 scans the
///   referenced table once per row; it had not finished after ten minutes.
/// - `x NOT IN (SELECT key …)`: an ephemeral index per check, 7.2 s.
/// - A UNIQUE index on the key, then `NOT EXISTS`: 0.5 s + ~2 s of random probes, and the
///   index must then be dropped again (see `DatasetOptimizer` on why it may not stay),
///   leaving its pages free in the file.
/// - A `Set` of the key's values, then one scan of the referencing column: ~2.4 s, and the
///   database is only read. Random access into a million-entry table dominates either way.
enum ForeignKeyFinder {
    /// Referenced columns with more values than this are not loaded into memory (about
    /// 40 bytes a value), and their candidate keys are not reported.
    static let maxKeysInMemory = 5_000_000

    /// The share of a referencing column's values that may be missing from the key: one in
    /// a hundred. Fewer than a hundred values leave no room for any.
    static let allowedOrphanShare = 0.01

    static func allowedOrphans(valueCount: Int) -> Int { Int(Double(valueCount) * allowedOrphanShare) }

    /// The foreign keys that hold among `tables`, in a stable order.
    static func find(in tables: [DatasetTable], database: SQLiteDatabase, maxKeysInMemory: Int = maxKeysInMemory) throws -> [ForeignKey] {
        let byKey = Dictionary(grouping: candidates(in: tables)) { KeyColumn(table: $0.referencedTable, column: $0.referencedColumn) }
        var found: [ForeignKey] = []
        for (key, keyCandidates) in byKey {
            guard let table = tables.first(where: { $0.tableName == key.table }),
                let info = table.columns.first(where: { $0.name == key.column }),
                table.rowCount - info.nullCount <= maxKeysInMemory
            else { continue }
            let keys = try KeyValueSet(column: key, type: info.type, expectedCount: table.rowCount - info.nullCount, database: database)
            for candidate in keyCandidates {
                guard let referencing = tables.first(where: { $0.tableName == candidate.table }),
                    let column = referencing.columns.first(where: { $0.name == candidate.column })
                else { continue }
                let allowed = allowedOrphans(valueCount: referencing.rowCount - column.nullCount)
                guard
                    try keys.containsValues(
                        of: KeyColumn(table: candidate.table, column: candidate.column),
                        allowedMisses: allowed, database: database)
                else { continue }
                found.append(candidate)
            }
        }
        return found.sorted {
            ($0.table, $0.column, $0.referencedTable, $0.referencedColumn) < ($1.table, $1.column, $1.referencedTable, $1.referencedColumn)
        }
    }

    /// Column pairs that could be keys by what `ColumnInfo` and the names say.
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
                        // Both value sets known (low cardinality): decided here, but for one
                        // stray value among many, which the scan then weighs by its rows.
                        if let values = column.distinctValues, let keys = key.distinctValues {
                            let strays = Set(values).subtracting(keys).count
                            if strays > 0 && (strays > max(1, values.count / 100) || values.count < 10) { continue }
                        }
                        guard namesAgree(column.name, key: key.name, table: referenced.tableName) else { continue }
                        result.append(
                            ForeignKey(
                                table: referencing.tableName, column: column.name,
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

    /// Whether a column's name points at a key, ignoring case and punctuation: the same name
    /// (`customer_id` → `customers.customer_id`), the table's name before the key's
    /// (`product_id` → `products.id`), or the table's name alone or with a usual key word
    /// (`country`, `country_code` → `countries.iso`).
    ///
    /// The data alone would pair too much: `quantity` 1…10 lies inside any `id` 1…500, and
    /// a `status` column inside any table of unique statuses, without referring to it. And
    /// every pair costs a scan, while ingest is only a few scans long.
    static func namesAgree(_ column: String, key: String, table: String) -> Bool {
        let column = normalized(column)
        let key = normalized(key)
        guard !column.isEmpty, !key.isEmpty else { return false }
        if column == key { return true }
        for stem in tableStems(table) {
            if column == stem + key { return true }
            for suffix in ["", "id", "key", "code", "no", "number", "ref"] where column == stem + suffix {
                return true
            }
        }
        return false
    }

    /// `customers` → customers, customer; `countries` → countries, country; `boxes` → box.
    private static func tableStems(_ table: String) -> Set<String> {
        let name = normalized(table)
        var stems: Set<String> = [name]
        if name.hasSuffix("ies") { stems.insert(String(name.dropLast(3)) + "y") }
        if name.hasSuffix("es") { stems.insert(String(name.dropLast(2))) }
        if name.hasSuffix("s") { stems.insert(String(name.dropLast())) }
        return stems.subtracting([""])
    }

    private static func normalized(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.lowercased().unicodeScalars.filter {
                    ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9")
                }))
    }

    struct KeyColumn: Hashable {
        var table: String
        var column: String
    }
}
