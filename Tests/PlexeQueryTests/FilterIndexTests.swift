import Foundation
import PlexeFoundation
import Testing

@testable import PlexeQuery

@Suite struct FilterIndexTests {
    /// 20,000 customers: enough rows that SQLite's planner behaves as on real data, where a
    /// range guessed to keep a quarter of the rows makes a non-covering index look cheap.
    static func indexedData() throws -> (data: TestDatabase, created: [String]) {
        let data = try TestDatabase(customers: 20_000, transactionsPerCustomer: 2)
        let db = try data.open()
        let tables = try DatasetDescription.tables(of: db)
        let keys = try DatasetOptimizer.prepare(database: db, tables: tables)
        let created = try DatasetOptimizer.buildIndexes(database: db, tables: tables, foreignKeys: keys, filterIndexMinimumRows: 1000)
        return (data, created)
    }

    @Test func numbersAndDatesOfBigTablesAreIndexed() throws {
        let (_, created) = try Self.indexedData()
        #expect(
            created == [
                "plexe_key_customers_customer_id", "plexe_ref_transactions_customer_id",
                "plexe_filter_customers_age", "plexe_filter_customers_lifetime_value",
                "plexe_filter_customers_signup_date", "plexe_filter_customers_seen_at",
                "plexe_filter_transactions_amount", "plexe_filter_transactions_quantity",
            ])
    }

    @Test func smallTablesGetNoFilterIndexes() throws {
        let data = try TestDatabase(customers: 400)
        let db = try data.open()
        let tables = try DatasetDescription.tables(of: db)
        let created = try DatasetOptimizer.buildIndexes(database: db, tables: tables, foreignKeys: [], filterIndexMinimumRows: 1000)
        #expect(created == ["plexe_filter_transactions_amount", "plexe_filter_transactions_quantity"], "only transactions has 1,200 rows")
    }

    @Test func namesAreSafeToReadBackFromAPlan() throws {
        let data = try TestDatabase(
            sql: """
                CREATE TABLE "odd table" ("unit price €" REAL, "a""b" INTEGER);
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
                INSERT INTO "odd table" SELECT i * 1.5, i FROM n;
                """)
        let db = try data.open()
        let created = try DatasetOptimizer.buildIndexes(
            database: db, tables: try DatasetDescription.tables(of: db), foreignKeys: [], filterIndexMinimumRows: 10)
        #expect(created == ["plexe_filter_odd_table_unit_price__", "plexe_filter_odd_table_a_b"])

        // The hiding views are built from the same odd names, and answer like the table.
        let sql = #"SELECT "a""b", "unit price €" FROM "odd table" WHERE "a""b" > 40 ORDER BY "a""b""#
        let hiding = try QueryConnection(path: data.path, hidingFilterIndexes: true)
        guard case .finished(let hidden) = try hiding.run(sql: sql, limits: QueryLimits()),
            case .finished(let direct) = try QueryConnection(path: data.path).run(sql: sql, limits: QueryLimits())
        else {
            Issue.record("a statement without a plan check always finishes")
            return
        }
        #expect(hidden.columns == ["a\"b", "unit price €"])
        #expect(String(describing: hidden.rows) == String(describing: direct.rows))
        #expect(hidden.rows.count == 10)
    }

    @Test func coveringUsesRunAsPlannedAndLosingOnesWithoutTheIndexes() throws {
        let (data, _) = try Self.indexedData()
        // No trial: a plan that may lose goes to the hiding connection at once.
        let engine = QueryEngine(filterIndexTrial: .zero)
        func runs(_ sql: String) throws -> (plain: Bool, result: QueryResult) {
            let before = engine.idleConnectionCount(databasePath: data.path, hidingFilterIndexes: true)
            let result = try engine.run(sql: sql, databasePath: data.path, limits: QueryLimits(maxRows: 10_000))
            return (engine.idleConnectionCount(databasePath: data.path, hidingFilterIndexes: true) > before, result)
        }
        // The narrow index answers these alone.
        #expect(try runs("SELECT COUNT(*) FROM customers WHERE age > 40").plain == false)
        #expect(try runs("SELECT MAX(lifetime_value) FROM customers").plain == false)
        // Fetching 60 % of the rows through the index would lose to a scan.
        #expect(try runs("SELECT AVG(lifetime_value) FROM customers WHERE age > 40").plain == true)
    }

    @Test func aPlanOnTrialThatFinishesInTimeKeepsItsIndex() throws {
        let (data, _) = try Self.indexedData()
        let engine = QueryEngine(filterIndexTrial: .seconds(30))
        let top = "SELECT customer_id, lifetime_value FROM customers ORDER BY lifetime_value DESC LIMIT 3"
        let result = try engine.run(sql: top, databasePath: data.path, limits: QueryLimits())
        #expect(engine.idleConnectionCount(databasePath: data.path, hidingFilterIndexes: true) == 0)
        #expect(result.rows.map { $0[0] } == [.string("C20000"), .string("C19999"), .string("C19998")])
    }

    @Test func aPlanOnTrialThatRunsOverIsGivenUp() throws {
        let (data, _) = try Self.indexedData()
        let engine = QueryEngine(filterIndexTrial: .nanoseconds(1))
        let sql = "SELECT AVG(lifetime_value) FROM customers WHERE age > 40"
        let result = try engine.run(sql: sql, databasePath: data.path, limits: QueryLimits())
        #expect(engine.idleConnectionCount(databasePath: data.path, hidingFilterIndexes: true) == 1)
        let expected = try data.open().queryFirst("SELECT AVG(lifetime_value) FROM customers NOT INDEXED WHERE age > 40") { $0.double(0) }
        #expect(result.rows.first?.first?.doubleValue == expected)
    }

    /// Whichever connection runs a statement, its answer is the one SQLite gives on the
    /// database without any of the indexes, typed the same way.
    @Test func answersAreThoseOfTheUnindexedDatabase() throws {
        let plainData = try TestDatabase(customers: 20_000, transactionsPerCustomer: 2)
        let (data, _) = try Self.indexedData()
        let engine = QueryEngine()
        let queries = [
            "SELECT COUNT(*) FROM customers WHERE age > 40",
            "SELECT AVG(lifetime_value) FROM customers WHERE age > 40",
            "SELECT age, COUNT(*), MIN(churn) FROM customers GROUP BY age ORDER BY age",
            "SELECT customer_id, churn, signup_date FROM customers WHERE age BETWEEN 30 AND 31 ORDER BY customer_id",
            "SELECT rowid, customer_id, churn FROM customers WHERE age > 70 ORDER BY rowid LIMIT 5",
            "SELECT c.churn, SUM(t.amount) FROM transactions t JOIN customers c ON c.customer_id = t.customer_id WHERE c.age > 40 GROUP BY c.churn ORDER BY 1",
            "SELECT * FROM customers ORDER BY lifetime_value DESC LIMIT 3",
            "SELECT name FROM customers WHERE age = 33 ORDER BY name LIMIT 3",
        ]
        for sql in queries {
            let ours = try engine.run(sql: sql, databasePath: data.path, limits: QueryLimits(maxRows: 10_000))
            let expected = try engine.run(sql: sql, databasePath: plainData.path, limits: QueryLimits(maxRows: 10_000))
            #expect(ours.columns == expected.columns, "\(sql)")
            // `JSON`'s == takes 21 and 21.0 for equal; the descriptions tell the cases apart.
            #expect(String(describing: ours.rows) == String(describing: expected.rows), "\(sql)")
        }
    }

    @Test func thePlanRule() throws {
        let (data, _) = try Self.indexedData()
        let indexes = try FilterIndexes(database: try data.open())
        #expect(indexes.tables == ["customers", "transactions"])
        func allows(_ details: String...) -> Bool {
            // All steps under one parent: the loops of one join, outermost first.
            indexes.allows(plan: QueryPlan(rows: details.enumerated().map { ($0.offset + 2, 0, $0.element) }))
        }
        #expect(allows("SEARCH customers USING COVERING INDEX plexe_filter_customers_age (age>?)"))
        #expect(allows("SCAN customers", "USE TEMP B-TREE FOR GROUP BY"))
        #expect(allows("SCAN t", "SEARCH c USING INDEX plexe_key_customers_customer_id (customer_id=?)"), "not a filter index")
        #expect(!allows("SEARCH customers USING INDEX plexe_filter_customers_age (age>?)"))
        #expect(!allows("SEARCH customers USING INDEX plexe_filter_customers_age (age>? AND age<?)"))
        #expect(!allows("SCAN customers USING INDEX plexe_filter_customers_lifetime_value"))
        #expect(!allows("SCAN t", "SEARCH c USING INDEX PLEXE_FILTER_CUSTOMERS_AGE (age>?)"))
        // 60 ages in 20,000 rows: one age is 1.7 % of them, too many to fetch one by one; a
        // lifetime value (all distinct) is one row.
        #expect(!allows("SEARCH customers USING INDEX plexe_filter_customers_age (age=?)"))
        #expect(allows("SEARCH customers USING INDEX plexe_filter_customers_lifetime_value (lifetime_value=?)"))
        // As a join's lookup the same index saves building an automatic one.
        #expect(allows("SCAN t", "SEARCH c USING INDEX plexe_filter_customers_age (age=?)"))
    }

    @Test func nestedFullScansAreCountedPerJoin() {
        let join = QueryPlan(rows: [(2, 0, "SCAN a"), (3, 0, "SCAN b"), (4, 0, "USE TEMP B-TREE FOR GROUP BY")])
        #expect(join.nestedFullScans == 1)
        let indexed = QueryPlan(rows: [(2, 0, "SCAN a"), (3, 0, "SEARCH b USING AUTOMATIC COVERING INDEX (x=?)")])
        #expect(indexed.nestedFullScans == 0)
        let indexScan = QueryPlan(rows: [(2, 0, "SCAN a"), (3, 0, "SCAN b USING COVERING INDEX plexe_filter_b_k")])
        #expect(indexScan.nestedFullScans == 1)
        // A subquery's scan is the first loop of its own join.
        let subquery = QueryPlan(rows: [(2, 0, "SCAN a"), (5, 0, "SCALAR SUBQUERY 1"), (8, 5, "SCAN b")])
        #expect(subquery.nestedFullScans == 0)
    }

    /// A join on columns that both carry filter indexes: hiding them would leave the join
    /// without a key to look up, so it keeps its plan.
    @Test func aJoinNeverLosesItsLookups() throws {
        let data = try TestDatabase(
            sql: """
                CREATE TABLE a (k INTEGER, v REAL);
                CREATE TABLE b (k INTEGER, w REAL);
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
                INSERT INTO a SELECT i % 500, i * 0.5 FROM n;
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
                INSERT INTO b SELECT i % 700, i * 0.25 FROM n;
                """)
        let db = try data.open()
        _ = try DatasetOptimizer.buildIndexes(
            database: db, tables: try DatasetDescription.tables(of: db), foreignKeys: [], filterIndexMinimumRows: 1000)
        let engine = QueryEngine(filterIndexTrial: .zero)
        let sql = "SELECT COUNT(*) FROM a JOIN b ON a.k = b.k WHERE a.v > 100"
        let result = try engine.run(sql: sql, databasePath: data.path, limits: QueryLimits(maxRows: 10, timeout: .seconds(5)))
        #expect(engine.idleConnectionCount(databasePath: data.path, hidingFilterIndexes: true) == 1, "the hiding connection was asked first")
        let expected = try db.queryFirst(sql) { $0.int(0) }
        #expect(result.rows.first?.first?.intValue == expected.map(Int64.init))
    }
}
