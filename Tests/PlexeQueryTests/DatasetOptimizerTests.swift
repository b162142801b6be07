import Foundation
import PlexeFoundation
import Testing

@testable import PlexeQuery

@Suite struct DatasetOptimizerTests {
    static let customerKey = ForeignKey(table: "transactions", column: "customer_id", referencedTable: "customers", referencedColumn: "customer_id")

    @Test func findsTheForeignKeyWithoutChangingTheDatabase() throws {
        let data = try TestDatabase()
        let db = try data.open()
        let tables = try DatasetDescription.tables(of: db)
        let before = try data.fileContents()
        #expect(try DatasetOptimizer.prepare(database: db, tables: tables) == [Self.customerKey])
        #expect(try data.fileContents() == before)
    }

    /// A stray value among many (a code mistyped once) leaves the key; more than one value
    /// in a hundred missing from it does not.
    @Test func aFewMissingValuesAreToleratedMoreThanOnePercentAreNot() throws {
        let data = try TestDatabase(customers: 400)
        let db = try data.open()
        #expect(try db.queryFirst("SELECT COUNT(*) FROM transactions") { $0.int(0) } == 1200)
        // The very last row: the check reads every value.
        try db.execute("INSERT INTO transactions VALUES ('T-orphan', 'C9999', 1.0, 1)")
        #expect(try DatasetOptimizer.prepare(database: db, tables: try DatasetDescription.tables(of: db)) == [Self.customerKey])
        // 13 of 1,213 values missing: more than 1 %.
        for i in 1...12 { try db.execute("INSERT INTO transactions VALUES ('T-orphan-\(i)', 'C99\(i)', 1.0, 1)") }
        #expect(try DatasetOptimizer.prepare(database: db, tables: try DatasetDescription.tables(of: db)).isEmpty)
    }

    /// A small table leaves no room for a missing value.
    @Test func oneMissingValueInFewerThanAHundredIsNoKey() throws {
        let data = try TestDatabase(customers: 20)
        let db = try data.open()
        try db.execute("INSERT INTO transactions VALUES ('T-orphan', 'C9999', 1.0, 1)")
        #expect(try DatasetOptimizer.prepare(database: db, tables: try DatasetDescription.tables(of: db)).isEmpty)
    }

    @Test func nullsDoNotBreakAKey() throws {
        let data = try TestDatabase()
        let db = try data.open()
        try db.execute("INSERT INTO transactions VALUES ('T-anonymous', NULL, 1.0, 1)")
        #expect(try DatasetOptimizer.prepare(database: db, tables: try DatasetDescription.tables(of: db)) == [Self.customerKey])
    }

    /// SQLite joins text byte for byte, so a key spelled in another Unicode normal form is
    /// a different key, although Swift's `String` calls the two equal.
    @Test func textKeysCompareByteForByte() throws {
        let data = try TestDatabase(
            sql: """
                CREATE TABLE cafes (cafe_name TEXT);
                CREATE TABLE visits (cafe_name TEXT);
                INSERT INTO cafes VALUES ('Caf\u{E9}'), ('Bar');
                INSERT INTO visits VALUES ('Cafe\u{301}'), ('Bar');
                """)
        let db = try data.open()
        #expect(try db.queryFirst("SELECT COUNT(*) FROM visits JOIN cafes USING (cafe_name)") { $0.int(0) } == 1)
        #expect(try DatasetOptimizer.prepare(database: db, tables: try DatasetDescription.tables(of: db)).isEmpty)
    }

    @Test func integerKeysNeedNamesThatAgree() throws {
        let data = try TestDatabase(
            sql: """
                CREATE TABLE products (id INTEGER, label TEXT);
                CREATE TABLE order_lines (line_no INTEGER, product_id INTEGER, quantity INTEGER, unit_price REAL);
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
                INSERT INTO products SELECT i, 'product ' || i FROM n;
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
                INSERT INTO order_lines SELECT i, 1 + i % 50, 1 + i % 10, i * 0.5 FROM n;
                """)
        let db = try data.open()
        let keys = try DatasetOptimizer.prepare(database: db, tables: try DatasetDescription.tables(of: db))
        // `quantity` (1…10) lies inside `id` too, but does not refer to it.
        #expect(keys == [ForeignKey(table: "order_lines", column: "product_id", referencedTable: "products", referencedColumn: "id")])
    }

    @Test func candidatesRespectTypesUniquenessNamesAndTables() {
        let tables = [
            DatasetTable(
                filename: "stores.csv", tableName: "stores", rowCount: 10,
                columns: [
                    ColumnInfo(name: "store_code", type: .string, nullable: false, unique: true),
                    ColumnInfo(name: "region", type: .string, nullable: false, unique: false),
                ]),
            DatasetTable(
                filename: "sales.csv", tableName: "sales", rowCount: 100,
                columns: [
                    ColumnInfo(name: "Store Code", type: .string, nullable: false, unique: false),
                    ColumnInfo(name: "store", type: .string, nullable: false, unique: false),
                    ColumnInfo(name: "store_no", type: .integer, nullable: false, unique: false),
                    ColumnInfo(name: "storecode", type: .string, nullable: true, unique: false, nullCount: 100),
                    ColumnInfo(name: "store_ref", type: .string, nullable: false, unique: true),
                    ColumnInfo(name: "store_key", type: .string, nullable: false, unique: false, distinctValues: ["x", "y"]),
                    ColumnInfo(name: "clerk", type: .string, nullable: false, unique: false),
                ]),
        ]
        var stores = tables[0]
        stores.columns[0].distinctValues = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "x"]
        let keys = ForeignKeyFinder.candidates(in: [stores, tables[1]]).map {
            "\($0.table).\($0.column) -> \($0.referencedTable).\($0.referencedColumn)"
        }
        // Not store_no (another type), storecode (no values), store_ref (100 unique values
        // cannot fit in 10 keys), store_key (its values are not all keys), clerk (its name
        // points nowhere), and nothing within one table.
        #expect(Set(keys) == ["sales.Store Code -> stores.store_code", "sales.store -> stores.store_code"])
    }

    @Test func namesAgreeLikePeopleNameKeys() {
        #expect(ForeignKeyFinder.namesAgree("customer_id", key: "customer_id", table: "customers"))
        #expect(ForeignKeyFinder.namesAgree("CustomerID", key: "customer_id", table: "customers"))
        #expect(ForeignKeyFinder.namesAgree("product_id", key: "id", table: "products"))
        #expect(ForeignKeyFinder.namesAgree("country", key: "iso", table: "countries"))
        #expect(ForeignKeyFinder.namesAgree("country_code", key: "iso", table: "countries"))
        #expect(ForeignKeyFinder.namesAgree("box_no", key: "number", table: "boxes"))
        #expect(!ForeignKeyFinder.namesAgree("quantity", key: "id", table: "products"))
        #expect(!ForeignKeyFinder.namesAgree("paid", key: "id", table: "products"))
        #expect(!ForeignKeyFinder.namesAgree("seller_id", key: "customer_id", table: "customers"))
    }

    @Test func keysTooLargeForMemoryAreNotChecked() throws {
        let data = try TestDatabase()
        let db = try data.open()
        let tables = try DatasetDescription.tables(of: db)
        #expect(try ForeignKeyFinder.find(in: tables, database: db, maxKeysInMemory: 39).isEmpty)
        #expect(try ForeignKeyFinder.find(in: tables, database: db, maxKeysInMemory: 40) == [Self.customerKey])
    }

    @Test func joinIndexesServeTheJoinAndKeepItsAnswers() throws {
        let data = try TestDatabase(customers: 400)
        let engine = QueryEngine()
        let join =
            "SELECT c.country, SUM(t.amount) FROM transactions t JOIN customers c ON c.customer_id = t.customer_id GROUP BY c.country ORDER BY 1"
        let before = try engine.run(sql: join, databasePath: data.path, limits: QueryLimits())
        engine.closeConnections(databasePath: data.path)

        let db = try data.open()
        let tables = try DatasetDescription.tables(of: db)
        let keys = try DatasetOptimizer.prepare(database: db, tables: tables)
        let created = try DatasetOptimizer.buildJoinIndexes(database: db, tables: tables, foreignKeys: keys)
        #expect(created == ["plexe_key_customers_customer_id", "plexe_ref_transactions_customer_id"])

        let indexes = try db.query("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name") { ($0.string(0), $0.string(1)) }
        #expect(indexes.map(\.0) == created)
        #expect(indexes[0].1.contains("CREATE UNIQUE INDEX"))
        // The referencing index carries the numbers a join aggregates.
        #expect(indexes[1].1.hasSuffix("(\"customer_id\", \"amount\", \"quantity\")"))
        #expect(try db.query("SELECT DISTINCT tbl FROM sqlite_stat1 ORDER BY tbl") { $0.string(0) } == ["customers", "transactions"])
        #expect(try db.queryFirst("PRAGMA analysis_limit") { $0.int(0) } == 0, "the connection's settings are restored")

        let plan = try db.query("EXPLAIN QUERY PLAN \(join)") { $0.string(3) }
        #expect(plan.contains { $0.contains("COVERING INDEX plexe_ref_transactions_customer_id") }, "\(plan)")
        #expect(try engine.run(sql: join, databasePath: data.path, limits: QueryLimits()).rows == before.rows)
    }

    @Test func indexNamesAvoidTheSchema() throws {
        let data = try TestDatabase()
        let db = try data.open()
        try db.execute("CREATE TABLE plexe_key_customers_customer_id (x)")
        let tables = try DatasetDescription.tables(of: db).filter { $0.tableName != "plexe_key_customers_customer_id" }
        let created = try DatasetOptimizer.buildJoinIndexes(database: db, tables: tables, foreignKeys: [Self.customerKey])
        #expect(created == ["plexe_key_customers_customer_id_2", "plexe_ref_transactions_customer_id"])
    }

    @Test func aKeyThatIsNotUniqueGetsNoUniqueIndex() throws {
        let data = try TestDatabase()
        let db = try data.open()
        try db.execute("INSERT INTO customers (customer_id) VALUES ('C0001')")
        let created = try DatasetOptimizer.buildJoinIndexes(
            database: db, tables: try DatasetDescription.tables(of: db), foreignKeys: [Self.customerKey])
        #expect(created == ["plexe_ref_transactions_customer_id"])
    }
}
