import CSQLite3
import Foundation
import PlexeFoundation
import Testing

@testable import PlexeQuery

@Suite struct QueryGuardTests {
    static let refusedStatements: [(String, QueryError.Kind)] = [
        ("INSERT INTO customers (customer_id) VALUES ('X')", .notReadOnly),
        ("INSERT INTO customers (customer_id) VALUES ('X') RETURNING customer_id", .notReadOnly),
        ("REPLACE INTO customers (customer_id) VALUES ('X')", .notReadOnly),
        ("UPDATE customers SET age = 0", .notReadOnly),
        ("DELETE FROM customers", .notReadOnly),
        ("DROP TABLE customers", .notReadOnly),
        ("CREATE TABLE x (a)", .notReadOnly),
        ("CREATE INDEX ix ON customers(age)", .notReadOnly),
        ("CREATE TEMP TABLE x AS SELECT 1", .notReadOnly),
        ("CREATE TEMP VIEW v AS SELECT 1", .notReadOnly),
        ("ALTER TABLE customers ADD COLUMN z", .notReadOnly),
        ("ATTACH 'other.db' AS y", .notReadOnly),
        ("ATTACH ':memory:' AS y", .notReadOnly),
        ("DETACH y", .notReadOnly),
        ("PRAGMA writable_schema = 1", .notReadOnly),
        ("PRAGMA table_info(customers)", .notReadOnly),
        ("PRAGMA query_only = 0", .notReadOnly),
        ("SELECT * FROM pragma_table_info('customers')", .notReadOnly),
        ("SELECT * FROM json_each('[1,2]')", .notReadOnly),
        ("SELECT * FROM dbstat", .notReadOnly),
        ("SELECT load_extension('/tmp/x')", .notReadOnly),
        ("SELECT fts3_tokenizer('simple')", .notReadOnly),
        ("VACUUM", .notReadOnly),
        ("VACUUM INTO '/tmp/plexe-query-vacuum-target.db'", .notReadOnly),
        ("ANALYZE", .notReadOnly),
        ("REINDEX", .notReadOnly),
        ("BEGIN", .notReadOnly),
        ("COMMIT", .notReadOnly),
        ("SAVEPOINT a", .notReadOnly),
        ("EXPLAIN SELECT 1", .notReadOnly),
        ("EXPLAIN QUERY PLAN SELECT * FROM customers", .notReadOnly),
        ("WITH doomed AS (SELECT customer_id FROM customers) DELETE FROM customers WHERE customer_id IN doomed", .notReadOnly),
        ("WITH x AS (SELECT 1) INSERT INTO customers (customer_id) SELECT * FROM x", .notReadOnly),
        ("SELECT 1; DELETE FROM customers", .tooManyStatements),
        ("SELECT 1; SELECT 2", .tooManyStatements),
        ("SELECT 1;\n-- a comment\n; DROP TABLE customers", .tooManyStatements),
        ("SELECT 1; garbage", .tooManyStatements),
    ]

    @Test(arguments: refusedStatements)
    func refusesEveryWriteAndEscape(sql: String, kind: QueryError.Kind) throws {
        let data = try TestDatabase()
        let before = try data.fileContents()
        let engine = QueryEngine()
        #expect {
            try engine.run(sql: sql, databasePath: data.path, limits: QueryLimits())
        } throws: { error in
            (error as? QueryError)?.kind == kind
        }
        // Not a byte of the file changed, and the connection still answers.
        #expect(try data.fileContents() == before)
        let count = try engine.run(sql: "SELECT COUNT(*) FROM customers", databasePath: data.path, limits: QueryLimits())
        #expect(count.rows == [[.int(40)]])
        #expect(!FileManager.default.fileExists(atPath: "/tmp/plexe-query-vacuum-target.db"))
        #expect(!FileManager.default.fileExists(atPath: data.directory.appendingPathComponent("other.db").path))
    }

    @Test func refusalsSayWhatIsAllowed() throws {
        let data = try TestDatabase()
        let engine = QueryEngine()
        do {
            _ = try engine.run(sql: "DELETE FROM customers", databasePath: data.path, limits: QueryLimits())
            Issue.record("DELETE ran")
        } catch {
            #expect(error.message == "only read-only SELECT/WITH queries are allowed")
        }
        do {
            _ = try engine.run(sql: "SELECT 1; SELECT 2", databasePath: data.path, limits: QueryLimits())
            Issue.record("two statements ran")
        } catch {
            #expect(error.message == "only a single SELECT or WITH statement is allowed")
        }
    }

    @Test func allowsReadsOfEveryShape() throws {
        let data = try TestDatabase()
        let engine = QueryEngine()
        let allowed = [
            "SELECT 1;",
            "  select 1 ; ; -- trailing comment",
            "/* leading */ SELECT 1 /* trailing */",
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT SUM(i) FROM n",
            "SELECT name FROM sqlite_master WHERE type = 'table'",
            "SELECT upper(name), abs(-age), round(lifetime_value, 1), date(signup_date, '+1 day') FROM customers",
            "VALUES (1), (2)",
        ]
        for sql in allowed {
            #expect(throws: Never.self, "\(sql)") { try engine.run(sql: sql, databasePath: data.path, limits: QueryLimits()) }
        }
    }

    @Test func reportsSyntaxAndEmptyQueries() throws {
        let data = try TestDatabase()
        let engine = QueryEngine()
        let cases: [(String, QueryError.Kind, String)] = [
            ("SELEC 1", .syntax, "near \"SELEC\": syntax error"),
            // With the tables and columns that exist (SchemaHintTests has the rest).
            (
                "SELECT nope FROM customers", .syntax,
                "no such column: nope. Tables and their columns: customers (customer_id, name, age, lifetime_value, churn, signup_date, seen_at, country); transactions (transaction_id, customer_id, amount, quantity)."
            ),
            (
                "SELECT * FROM nowhere", .syntax,
                "no such table: nowhere. Tables and their columns: customers (customer_id, name, age, lifetime_value, churn, signup_date, seen_at, country); transactions (transaction_id, customer_id, amount, quantity)."
            ),
            ("", .empty, "the query is empty"),
            ("  -- only a comment", .empty, "the query is empty"),
            ("SELECT 1\u{0}; DELETE FROM customers", .syntax, "the query contains a NUL character"),
        ]
        for (sql, kind, message) in cases {
            do {
                _ = try engine.run(sql: sql, databasePath: data.path, limits: QueryLimits())
                Issue.record("\(sql) ran")
            } catch {
                #expect(error.kind == kind, "\(sql)")
                #expect(error.message == message, "\(sql)")
            }
        }
    }

    @Test func connectionsAreHardened() throws {
        let data = try TestDatabase()
        let connection = try QueryConnection(path: data.path)
        let handle = connection.database.handle
        #expect(sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, -1) == 0)
        #expect(sqlite3_db_readonly(handle, "main") == 1)
        #if os(Linux)
            #expect(ConnectionHardening.databaseOption(SQLITE_DBCONFIG_DEFENSIVE, on: handle) == 1)
            #expect(ConnectionHardening.databaseOption(SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, on: handle) == 0)
        #endif
    }

    @Test func valuesCannotGrowPastTheLimit() throws {
        let data = try TestDatabase()
        #expect {
            try QueryEngine().run(sql: "SELECT length(zeroblob(200000000))", databasePath: data.path, limits: QueryLimits())
        } throws: { error in
            (error as? QueryError)?.kind == .other && (error as? QueryError)?.message == "string or blob too big"
        }
    }

    @Test func stopsARunawayQueryAtTheDeadline() throws {
        let data = try TestDatabase()
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try QueryEngine().run(
                sql: "WITH RECURSIVE forever(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM forever) SELECT COUNT(*) FROM forever",
                databasePath: data.path, limits: QueryLimits(timeout: .milliseconds(150)))
            Issue.record("the runaway query finished")
        } catch {
            #expect(error.kind == .timeout)
            #expect(error.message == "the query ran longer than 150 ms and was stopped")
        }
        #expect(clock.now - start < .seconds(2))
    }

    @Test func aMissingDatabaseIsUnavailable() throws {
        #expect {
            try QueryEngine().run(sql: "SELECT 1", databasePath: "/nonexistent/plexe/data.sqlite", limits: QueryLimits())
        } throws: { error in
            (error as? QueryError)?.kind == .unavailable
        }
    }
}

/// The authorizer's policy on its own: the other guards would catch most of these too,
/// so only a direct look proves this layer holds by itself.
@Suite struct QueryAuthorizerPolicyTests {
    @Test func allowsOnlyReading() {
        for action in [SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE] {
            #expect(QueryAuthorizer.decide(action: action, functionName: nil) == SQLITE_OK)
        }
        let denied = [
            SQLITE_INSERT, SQLITE_UPDATE, SQLITE_DELETE, SQLITE_CREATE_TABLE, SQLITE_CREATE_INDEX,
            SQLITE_CREATE_TEMP_TABLE, SQLITE_CREATE_VIEW, SQLITE_CREATE_TRIGGER, SQLITE_CREATE_VTABLE,
            SQLITE_DROP_TABLE, SQLITE_DROP_INDEX, SQLITE_ALTER_TABLE, SQLITE_ATTACH, SQLITE_DETACH,
            SQLITE_PRAGMA, SQLITE_TRANSACTION, SQLITE_SAVEPOINT, SQLITE_ANALYZE, SQLITE_REINDEX,
        ]
        for action in denied {
            #expect(QueryAuthorizer.decide(action: action, functionName: nil) == SQLITE_DENY, "action \(action)")
        }
    }

    @Test func deniesFunctionsThatReachOutside() {
        for name in ["load_extension", "LOAD_EXTENSION", "readfile", "writefile", "edit", "fts3_tokenizer"] {
            #expect(QueryAuthorizer.decide(action: SQLITE_FUNCTION, functionName: name) == SQLITE_DENY, "\(name)")
        }
        for name in ["count", "avg", "strftime", "printf", "json_extract"] {
            #expect(QueryAuthorizer.decide(action: SQLITE_FUNCTION, functionName: name) == SQLITE_OK, "\(name)")
        }
    }
}
