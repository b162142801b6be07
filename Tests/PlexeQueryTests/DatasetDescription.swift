import PlexeFoundation

/// What ingest would report about the tables of a database, computed with SQL, so that the
/// optimizer tests start from the same `DatasetTable` values ingest hands over.
enum DatasetDescription {
    static func tables(of database: SQLiteDatabase) throws -> [DatasetTable] {
        let names = try database.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid") {
            $0.string(0)
        }
        return try names.map { table in
            let quoted = quoteIdentifier(table)
            let rowCount = try database.queryFirst("SELECT COUNT(*) FROM \(quoted)") { $0.int(0) } ?? 0
            let columns = try database.query("SELECT name, type FROM pragma_table_info(?)", [.text(table)]) { ($0.string(0), $0.string(1)) }
            let infos = try columns.map { name, declared in
                let column = quoteIdentifier(name)
                let (values, distinct) =
                    try database.queryFirst("SELECT COUNT(\(column)), COUNT(DISTINCT \(column)) FROM \(quoted)") { ($0.int(0), $0.int(1)) } ?? (0, 0)
                let small =
                    distinct <= ColumnInfo.lowCardinalityLimit
                    ? try database.query("SELECT DISTINCT CAST(\(column) AS TEXT) FROM \(quoted) WHERE \(column) IS NOT NULL ORDER BY 1") {
                        $0.string(0)
                    }
                    : nil
                return ColumnInfo(
                    name: name, type: ColumnType(declaredSQLType: declared) ?? .string,
                    nullable: values < rowCount, unique: values == distinct,
                    nullCount: rowCount - values, distinctValues: small)
            }
            return DatasetTable(filename: table + ".csv", tableName: table, rowCount: rowCount, columns: infos)
        }
    }
}
