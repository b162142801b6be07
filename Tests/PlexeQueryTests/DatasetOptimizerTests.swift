import Foundation
import PlexeFoundation
import Testing
@testable import PlexeQuery

@Suite struct DatasetOptimizerTests {
    static let customerKey = ForeignKey(table: "transactions", column: "customer_id", referencedTable: "customers", referencedColumn: "customer_id")

    @Test func findsAndIndexesTheForeignKey() throws {
        let data = try TestDatabase()
        let db = try data.open()
        let keys = try DatasetOptimizer.prepare(database: db, tables: try DatasetDescription.tables(of: db))
        #expect(keys == [Self.customerKey])

        let indexes = try db.query("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name") { ($0.string(0), $0.string(1), $0.string(2)) }
        #expect(indexes.map(\.0) == ["plexe_key_customers_customer_id", "plexe_ref_transactions_customer_id"])
        #expect(indexes[0].2.contains("CREATE UNIQUE INDEX"))
        // The referencing index carries the numbers a join aggregates.
        #expect(indexes[1].2.hasSuffix("(\"customer_id\", \"amount\", \"quantity\")"))
        let analyzed = try db.query("SELECT DISTINCT tbl FROM sqlite_stat1 ORDER BY tbl") { $0.string(0) }
        #expect(analyzed == ["customers", "transactions"])
    }

    @Test func joinsUseTheIndexesAndGiveTheSameAnswers() throws {
        let data = try TestDatabase(customers: 400)
        let engine = QueryEngine()
        let join = "SELECT c.country, SUM(t.amount) FROM transactions t JOIN customers c ON c.customer_id = t.customer_id GROUP BY c.country ORDER BY 1"
        let before = try engine.run(sql: join, databasePath: data.path, limits: QueryLimits())
        engine.closeConnections(databasePath: data.path)

        let db = try data.open()
        _ = try DatasetOptimizer.prepare(database: db, tables: try DatasetDescription.tables(of: db))
        let plan = try db.query("EXPLAIN QUERY PLAN \(join)") { $0.string(3) }
        #expect(plan.contains { $0.contains("COVERING INDEX plexe_ref_transactions_customer_id") }, "\(plan)")

        let after = try engine.run(sql: join, databasePath: data.path, limits: QueryLimits())
        #expect(after.rows == before.rows)
    }

    @Test func oneMissingValueIsNoKey() throws {
        let data = try TestDatabase()
        let db = try data.open()
        // Late in the table, past the sample the first check looks at.
        try db.execute("INSERT INTO transactions VALUES ('T-orphan', 'C9999', 1.0, 1)")
        let keys = try DatasetOptimizer.prepare(database: db, tables: try DatasetDescription.tables(of: db))
        #expect(keys.isEmpty)
        let leftovers = try db.query("SELECT name FROM sqlite_master WHERE type = 'index'") { $0.string(0) }
        #expect(leftovers.isEmpty, "indexes of a key that does not hold are dropped")
        #expect(try db.queryFirst("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'") { $0.int(0) } == 0)
    }

    @Test func nullsDoNotBreakAKey() throws {
        let data = try TestDatabase()
        let db = try data.open()
        try db.execute("INSERT INTO transactions VALUES ('T-anonymous', NULL, 1.0, 1)")
        let keys = try DatasetOptimizer.prepare(database: db, tables: try DatasetDescription.tables(of: db))
        #expect(keys == [Self.customerKey])
    }

    @Test func integerKeysNeedNamesThatAgree() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plexe-optimizer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = try SQLiteDatabase(path: directory.appendingPathComponent("data.sqlite").path)
        try db.execute("""
            CREATE TABLE products (id INTEGER, label TEXT);
            CREATE TABLE order_lines (line_no INTEGER, product_id INTEGER, quantity INTEGER, unit_price REAL);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
            INSERT INTO products SELECT i, 'product ' || i FROM n;
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
            INSERT INTO order_lines SELECT i, 1 + i % 50, 1 + i % 10, i * 0.5 FROM n;
            """)
        let keys = try DatasetOptimizer.prepare(database: db, tables: try DatasetDescription.tables(of: db))
        // `quantity` (1…10) and `line_no` lie inside `id` too, but do not refer to it.
        #expect(keys == [ForeignKey(table: "order_lines", column: "product_id", referencedTable: "products", referencedColumn: "id")])
    }

    @Test func candidatesRespectTypesUniquenessAndTables() {
        let key = ColumnInfo(name: "code", type: .string, nullable: false, unique: true)
        let tables = [
            DatasetTable(filename: "a.csv", tableName: "a", rowCount: 10, columns: [
                key,
                ColumnInfo(name: "other_code", type: .string, nullable: false, unique: false),
            ]),
            DatasetTable(filename: "b.csv", tableName: "b", rowCount: 100, columns: [
                ColumnInfo(name: "code", type: .string, nullable: false, unique: false),
                ColumnInfo(name: "amount_code", type: .integer, nullable: false, unique: false),
                ColumnInfo(name: "all_null", type: .string, nullable: true, unique: false, nullCount: 100),
                ColumnInfo(name: "serial", type: .string, nullable: false, unique: true),
                ColumnInfo(name: "flag", type: .string, nullable: false, unique: false, distinctValues: ["x", "y"]),
            ]),
        ]
        let keys = ForeignKeyFinder.candidates(in: tables)
        // Not a.other_code (same table), not b.amount_code (other type), not b.all_null (no
        // values), not b.serial (100 unique values cannot fit in 10 keys).
        #expect(Set(keys.map(\.column)) == ["code", "flag"])
        #expect(keys.allSatisfy { $0.referencedTable == "a" && $0.referencedColumn == "code" })
    }

    @Test func aKeyThatIsNotUniqueAfterAllIsNoKey() throws {
        let data = try TestDatabase()
        let db = try data.open()
        var tables = try DatasetDescription.tables(of: db)
        // Ingest claims `country` is unique; it is not, so nothing may reference it.
        tables[0].columns[7].unique = true
        try db.execute("CREATE TABLE visits (country TEXT)")
        try db.execute("INSERT INTO visits VALUES ('US'), ('CA')")
        tables += try DatasetDescription.tables(of: db).filter { $0.tableName == "visits" }
        let keys = try DatasetOptimizer.prepare(database: db, tables: tables)
        #expect(!keys.contains { $0.referencedColumn == "country" })
    }
}
