import Foundation
import PlexeFoundation
import Testing

@testable import PlexeQuery

@Suite struct QueryResultTests {
    @Test func valuesAreTypedByDeclaredColumnType() throws {
        let data = try TestDatabase()
        let result = try QueryEngine().run(
            sql:
                "SELECT customer_id, age, lifetime_value, churn, signup_date, seen_at FROM customers WHERE customer_id IN ('C0003', 'C0010') ORDER BY customer_id",
            databasePath: data.path, limits: QueryLimits())
        #expect(result.columns == ["customer_id", "age", "lifetime_value", "churn", "signup_date", "seen_at"])
        #expect(
            result.rows == [
                [.string("C0003"), .int(21), .double(30.75), .bool(true), .string("2024-01-04"), .string("2024-01-01T10:00:00")],
                [.string("C0010"), .null, .double(102.5), .bool(false), .string("2024-01-11"), .string("2024-01-01T10:00:00")],
            ])
        // JSON's == treats 21 and 21.0 alike; the cases themselves must be exact.
        guard case .int = result.rows[0][1], case .double = result.rows[1][2] else {
            Issue.record("wrong JSON cases: \(result.rows)")
            return
        }
        #expect(result.rowCount == 2)
        #expect(!result.truncated)
    }

    @Test func booleansStayBooleanThroughSubqueriesAndCTEs() throws {
        let data = try TestDatabase()
        let engine = QueryEngine()
        let queries = [
            "SELECT churn, COUNT(*) AS n FROM customers GROUP BY churn ORDER BY churn",
            "SELECT flag, n FROM (SELECT churn AS flag, COUNT(*) AS n FROM customers GROUP BY churn) ORDER BY flag",
            "WITH c AS (SELECT churn FROM customers) SELECT churn, COUNT(*) FROM c GROUP BY churn ORDER BY churn",
        ]
        for sql in queries {
            let result = try engine.run(sql: sql, databasePath: data.path, limits: QueryLimits())
            #expect(result.rows == [[.bool(false), .int(27)], [.bool(true), .int(13)]], "\(sql)")
        }
        let filtered = try engine.run(sql: "SELECT COUNT(*) FROM customers WHERE churn = false", databasePath: data.path, limits: QueryLimits())
        #expect(filtered.rows == [[.int(27)]])
    }

    @Test func expressionsAreTypedByTheirValue() throws {
        let data = try TestDatabase()
        let result = try QueryEngine().run(
            sql:
                "SELECT country, COUNT(*) AS n, AVG(age) AS avg_age, SUM(quantity) AS q, MAX(name) AS last_name, NULL AS missing, x'00ff' AS bytes FROM customers JOIN transactions USING (customer_id) WHERE country = 'US' GROUP BY country",
            databasePath: data.path, limits: QueryLimits())
        #expect(result.columns == ["country", "n", "avg_age", "q", "last_name", "missing", "bytes"])
        let row = try #require(result.rows.first)
        guard case .int(30) = row[1], case .double = row[2], case .int(60) = row[3] else {
            Issue.record("aggregates typed wrongly: \(row)")
            return
        }
        #expect(row[4] == .string("Name 8"))
        #expect(row[5] == .null)
        #expect(row[6] == .string("AP8="))
    }

    /// Every value equals what SQLite itself returns for the same statement.
    @Test func resultsEqualSQLitesOwn() throws {
        let data = try TestDatabase()
        let engine = QueryEngine()
        let direct = try data.open()
        let queries = [
            "SELECT * FROM customers ORDER BY customer_id",
            "SELECT c.country, SUM(t.amount) AS total, COUNT(*) FROM transactions t JOIN customers c ON c.customer_id = t.customer_id GROUP BY c.country ORDER BY total DESC",
            "SELECT age, lifetime_value / 3, name || '!' FROM customers WHERE age > 40 ORDER BY age, name",
            "SELECT country, AVG(lifetime_value) AS avg_ltv FROM customers WHERE churn = false GROUP BY country ORDER BY avg_ltv DESC",
        ]
        for sql in queries {
            let ours = try engine.run(sql: sql, databasePath: data.path, limits: QueryLimits(maxRows: 10_000))
            let statement = try direct.prepare(sql)
            var expected: [[SQLiteValue]] = []
            while try statement.step() {
                expected.append((0..<statement.columnCount).map { statement.value($0) })
            }
            #expect(ours.columns == (0..<statement.columnCount).map { statement.columnName($0) })
            #expect(ours.rows.count == expected.count, "\(sql)")
            for (row, expectedRow) in zip(ours.rows, expected) {
                for (value, sqliteValue) in zip(row, expectedRow) {
                    #expect(Self.matches(value, sqliteValue), "\(sql): \(value) vs \(sqliteValue)")
                }
            }
        }
    }

    static func matches(_ json: JSON, _ value: SQLiteValue) -> Bool {
        switch (json, value) {
        case (.null, .null): return true
        case (.int(let a), .integer(let b)): return a == b
        case (.bool(let a), .integer(let b)): return (a ? 1 : 0) == b
        case (.double(let a), .real(let b)): return a == b
        case (.string(let a), .text(let b)): return a == b
        default: return false
        }
    }

    @Test func truncatesAtMaxRows() throws {
        let data = try TestDatabase()
        let engine = QueryEngine()
        let cut = try engine.run(
            sql: "SELECT customer_id FROM customers ORDER BY customer_id", databasePath: data.path, limits: QueryLimits(maxRows: 3))
        #expect(cut.rows == [["C0001"], ["C0002"], ["C0003"]])
        #expect(cut.truncated)
        #expect(cut.rowCount == 3)
        let exact = try engine.run(sql: "SELECT customer_id FROM customers", databasePath: data.path, limits: QueryLimits(maxRows: 40))
        #expect(exact.rowCount == 40)
        #expect(!exact.truncated)
        let clamped = try engine.run(sql: "SELECT customer_id FROM customers", databasePath: data.path, limits: QueryLimits(maxRows: 0))
        #expect(clamped.rowCount == 1)
        #expect(clamped.truncated)
    }

    @Test func truncatesAtMaxResultBytes() throws {
        let data = try TestDatabase()
        let engine = QueryEngine()
        // 200 rows of a 1000-character string each: about 200 kB of JSON.
        let sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) SELECT i, printf('%.*c', 1000, 'x') AS filler FROM n"
        let whole = try engine.run(sql: sql, databasePath: data.path, limits: QueryLimits(maxRows: 10_000))
        #expect(whole.rowCount == 200)
        #expect(!whole.truncated)
        let cut = try engine.run(sql: sql, databasePath: data.path, limits: QueryLimits(maxRows: 10_000, maxResultBytes: 50_000))
        #expect(cut.truncated)
        #expect(cut.rowCount > 40 && cut.rowCount < 50)
        let serialized = JSON.object([("columns", .array(cut.columns.map(JSON.string))), ("rows", .array(cut.rows.map(JSON.array)))]).serialized()
        #expect(serialized.count <= 50_000)
        // The rows kept are the first ones, in order.
        #expect(cut.rows.map { $0[0] } == (1...cut.rowCount).map { JSON.int(Int64($0)) })
    }

    @Test func columnNamesAreSQLites() throws {
        let data = try TestDatabase()
        let result = try QueryEngine().run(
            sql: "SELECT customer_id AS id, c.age, 1 + 1, COUNT(*) FROM customers c GROUP BY 1, 2 LIMIT 1",
            databasePath: data.path, limits: QueryLimits())
        #expect(result.columns == ["id", "age", "1 + 1", "COUNT(*)"])
    }
}
