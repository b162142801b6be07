import CSQLite3
import CSQLiteGuards
import Foundation
import PlexeFoundation
import Testing

@testable import PlexeQuery

/// The per-query memory budget and the bounded string functions (CSQLiteGuards).
@Suite struct BoundedQueryTests {
    // MARK: Same results as SQLite's own functions

    /// Two in-memory connections: SQLite's built-in functions on one, ours on the other.
    final class SideBySide {
        let builtIn: OpaquePointer
        let bounded: OpaquePointer

        init() {
            var a: OpaquePointer?
            var b: OpaquePointer?
            sqlite3_open(":memory:", &a)
            sqlite3_open(":memory:", &b)
            builtIn = a!
            bounded = b!
            #expect(plexe_register_bounded_functions(bounded) == SQLITE_OK)
        }

        deinit {
            sqlite3_close(builtIn)
            sqlite3_close(bounded)
        }

        /// `quote(expression)` and its type, or the error message, on one connection.
        static func evaluate(_ expression: String, on db: OpaquePointer) -> String {
            var statement: OpaquePointer?
            guard sqlite3_prepare_v2(db, "SELECT typeof(\(expression)), quote(\(expression))", -1, &statement, nil) == SQLITE_OK else {
                return "compile error: " + String(cString: sqlite3_errmsg(db))
            }
            defer { sqlite3_finalize(statement) }
            guard sqlite3_step(statement) == SQLITE_ROW else { return "error: " + String(cString: sqlite3_errmsg(db)) }
            let type = String(cString: sqlite3_column_text(statement, 0))
            let value = sqlite3_column_text(statement, 1).map { String(cString: $0) } ?? "NULL"
            return type + " " + value
        }

        func mismatches(_ expressions: [String]) -> [String] {
            expressions.compactMap { expression in
                let expected = Self.evaluate(expression, on: builtIn)
                let actual = Self.evaluate(expression, on: bounded)
                return expected == actual ? nil : "\(expression): SQLite \(expected), ours \(actual)"
            }
        }
    }

    static let values = [
        "NULL", "''", "'a'", "'abc'", "'aaa'", "'  a b  '", "'héllo'", "'é'", "'éé'", "'xyzxyz'", "'ABC'", "'aBc'",
        "x''", "x'00'", "x'6162'", "x'c3a9'", "x'616200'", "42", "4.5", "-1", "'4'", "'a%b'", "'a_b'", "'%'", "'_'", "'\\'",
        "CAST(x'80' AS TEXT)", "CAST(x'C3' AS TEXT)", "CAST(x'61C3A961' AS TEXT)", "CAST(x'C3A980' AS TEXT)",
        "CAST(x'C3C3A9' AS TEXT)", "CAST(x'A9C3' AS TEXT)", "'a' || char(0) || 'b'", "'日本語'", "'本'", "'ab ba'",
    ]

    @Test func instrReplaceAndTrimMatchSQLite() {
        let pair = SideBySide()
        var expressions: [String] = []
        for a in Self.values {
            for b in Self.values {
                expressions.append("instr(\(a), \(b))")
                for function in ["trim", "ltrim", "rtrim"] { expressions.append("\(function)(\(a), \(b))") }
                for c in ["NULL", "''", "'Z'", "'ZZZ'", "x'00'", "7"] { expressions.append("replace(\(a), \(b), \(c))") }
            }
        }
        let mismatches = pair.mismatches(expressions)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    static let patterns = [
        "'a%'", "'%a'", "'%'", "'_'", "'%b%'", "'_b_'", "'A%C'", "'%%'", "'%_%'", "'ab%'", "'a\\%b'", "'a%%b'", "'é%'",
        "'%É%'", "'a_c'", "'[a-c]*'", "'*'", "'?b*'", "'[^a]*'", "'*[b]*'", "'a*c'", "'[]]'", "'x%y'", "'%z'", "'\\%'",
        "'%\\'", "'_%_'", "'a_%'", "'日%'",
    ]

    @Test func likeAndGlobMatchSQLite() {
        let pair = SideBySide()
        var expressions: [String] = []
        for subject in Self.values {
            for pattern in Self.patterns + Self.values {
                expressions.append("\(subject) LIKE \(pattern)")
                expressions.append("\(subject) GLOB \(pattern)")
                for escape in ["'\\'", "'%'", "'_'", "'x'", "'é'", "''", "'ab'", "NULL", "'a'"] {
                    expressions.append("\(subject) LIKE \(pattern) ESCAPE \(escape)")
                }
            }
        }
        let mismatches = pair.mismatches(expressions)
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.filter { !$0.contains("x'") }.prefix(8))")
    }

    // MARK: Linear where SQLite's are quadratic

    /// Inputs that take SQLite's own functions minutes (each call is one VM step, where the
    /// deadline cannot stop it); here they answer at once, with SQLite's answers.
    @Test func quadraticInputsAnswerWithinTheDeadline() throws {
        let data = try TestDatabase()
        let engine = QueryEngine()
        let limits = QueryLimits(timeout: .seconds(2))
        let cases: [(String, JSON)] = [
            ("SELECT length(trim(printf('%.*c', 300000, 'a'), printf('%.*c', 300000, 'b') || 'a'))", .int(0)),
            ("SELECT length(ltrim(printf('%.*c', 300000, 'a') || 'x', printf('%.*c', 300000, 'b') || 'a'))", .int(1)),
            ("SELECT instr(printf('%.*c', 1000000, 'a'), printf('%.*c', 500000, 'a') || 'b')", .int(0)),
            ("SELECT instr(printf('%.*c', 1000000, 'a') || 'b', printf('%.*c', 500000, 'a') || 'b')", .int(500_001)),
            ("SELECT length(replace(printf('%.*c', 1000000, 'a'), printf('%.*c', 500000, 'a') || 'b', 'x'))", .int(1_000_000)),
        ]
        for (sql, expected) in cases {
            let result = try engine.run(sql: sql, databasePath: data.path, limits: limits)
            #expect(result.rows == [[expected]], "\(sql)")
        }
    }

    @Test func aLikeThatWouldRunTooLongIsRefused() throws {
        let data = try TestDatabase()
        let engine = QueryEngine()
        #expect {
            try engine.run(
                sql: "SELECT printf('%.*c', 2000000, 'a') LIKE ('%' || printf('%.*c', 20000, 'a') || 'b')",
                databasePath: data.path, limits: QueryLimits(timeout: .seconds(2)))
        } throws: { error in
            let error = error as? QueryError
            return error?.kind == .other && error?.message.contains("too complex") == true
        }
        // An ordinary LIKE on the same kind of value answers.
        let ordinary = try engine.run(sql: "SELECT printf('%.*c', 2000000, 'a') LIKE '%ab%'", databasePath: data.path, limits: QueryLimits())
        #expect(ordinary.rows == [[.int(0)]])
    }

    // MARK: Memory

    @Test func theAllocatorIsInPlace() {
        #expect(plexe_sqlite_guards_installed() == 1)
    }

    @Test func aQueryOverItsMemoryBudgetFailsAndTheConnectionRecovers() throws {
        let data = try TestDatabase()
        let engine = QueryEngine(maxConnectionsPerDatabase: 1)
        for sql in [
            "SELECT randomblob(4e7) a, randomblob(4e7) b, randomblob(4e7) c",
            "SELECT length(group_concat(printf('%.*c', 1000, 'x'))) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT i FROM n)",
            "SELECT printf('%.*c', 50000000, 'x')",
        ] {
            #expect {
                try engine.run(sql: sql, databasePath: data.path, limits: QueryLimits())
            } throws: { error in
                (error as? QueryError)?.kind == .tooMuchMemory
            }
        }
        // The same connection answers the next query.
        #expect(engine.idleConnectionCount(databasePath: data.path) == 1)
        let count = try engine.run(sql: "SELECT COUNT(*) FROM customers", databasePath: data.path, limits: QueryLimits())
        #expect(count.rows == [[.int(40)]])
        // And a budget is per query: a bigger one lets the same value through.
        let big = try engine.run(
            sql: "SELECT length(randomblob(2e7))", databasePath: data.path,
            limits: QueryLimits(maxMemoryBytes: 64 << 20))
        #expect(big.rows == [[.int(20_000_000)]])
    }

    @Test func sortsAndGroupsBeyondTheCacheSpillInsteadOfFailing() throws {
        let data = try TestDatabase(customers: 20_000, transactionsPerCustomer: 3)
        let engine = QueryEngine()
        let sorted = try engine.run(
            sql: "SELECT customer_id, name FROM customers ORDER BY name DESC, customer_id LIMIT 3",
            databasePath: data.path, limits: QueryLimits(maxMemoryBytes: 4 << 20))
        #expect(sorted.rowCount == 3)
        let grouped = try engine.run(
            sql: "SELECT customer_id, SUM(amount) FROM transactions GROUP BY customer_id ORDER BY 2 DESC LIMIT 1",
            databasePath: data.path, limits: QueryLimits(maxMemoryBytes: 4 << 20))
        #expect(grouped.rowCount == 1)
    }

    @Test func aRowOverTheResultCapIsNotCopied() throws {
        let data = try TestDatabase()
        let engine = QueryEngine()
        let result = try engine.run(
            sql: "SELECT zeroblob(5000000) a, zeroblob(5000000) b", databasePath: data.path,
            limits: QueryLimits(maxResultBytes: 1 << 20))
        #expect(result.rows.isEmpty)
        #expect(result.truncated)
    }
}
