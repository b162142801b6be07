import Foundation
import PlexeFoundation
import Testing

@testable import PlexeQuery

@Suite struct PrintfGuardTests {
    /// What SQLite's own printf makes of `expression`, on a plain connection.
    static func builtin(_ expression: String) throws -> SQLiteValue? {
        let plain = try SQLiteDatabase(path: ":memory:")
        return try plain.queryFirst("SELECT \(expression)") { $0.value(0) }
    }

    @Test(
        "a %c repeat past the value limit is NULL at once, SQLite's answer after seconds of CPU",
        arguments: [
            "printf('%.*c', 2000000000, 'x')",
            "format('%.2000000000c', 'x')",
            "printf('%d %*.*c', 1, 3, -2000000000, 'x')",
            "printf('%.*c', 4294967295 * 4 + 2000000000, 'x')",
        ])
    func hugeRepeatIsAnsweredAtOnce(expression: String) throws {
        let data = try TestDatabase()
        let clock = ContinuousClock()
        let start = clock.now
        let result = try QueryEngine().run(sql: "SELECT \(expression) AS v", databasePath: data.path, limits: QueryLimits())
        #expect(result.rows == [[.null]])
        // SQLite 3.40 alone takes 10 s and more on each of these.
        #expect(clock.now - start < .seconds(2))
    }

    @Test("a repeat within the limit is SQLite's")
    func repeatWithinTheLimit() throws {
        let data = try TestDatabase()
        let result = try QueryEngine().run(sql: "SELECT length(printf('%.*c', 1000000, 'é')) AS n", databasePath: data.path, limits: QueryLimits())
        #expect(result.rows == [[.int(1_000_000)]])
    }

    @Test(
        "every other call is SQLite's own printf",
        arguments: [
            "printf('%g to %g', 1.5, 2)", "printf('%.*c', 1000, 'x')", "format('%5.3s|%-4d|%,d', 'abcdef', 7, 1234567)",
            "printf('%q %Q %w', 'it''s', NULL, 'a\"b')", "printf('%!.3c', 'é')", "printf('%.*c|%s', -3, 'y', 'z')",
            "printf('%l.*c|%s', 3, 'y', 'z')", "printf('%n%.*c', 3, 'y')", "printf('%T%.*c', 3, 'y')", "printf('%%.*c', 3)",
            "printf(NULL, 1)", "printf('plain')", "printf()", "printf('%s', x'41')", "printf('%d', 'abc')",
        ])
    func passesThrough(expression: String) throws {
        let data = try TestDatabase()
        let result = try QueryEngine().run(sql: "SELECT \(expression) AS v", databasePath: data.path, limits: QueryLimits())
        let expected: JSON
        switch try Self.builtin(expression) {
        case .text(let text): expected = .string(text)
        case .null, nil: expected = .null
        case let other:
            Issue.record("unexpected value \(String(describing: other))")
            return
        }
        #expect(result.rows == [[expected]])
    }

    @Test("the repeat count is read as SQLite reads the format and its arguments")
    func repeatCount() {
        func repeats(_ format: String, _ arguments: [Int64] = []) -> Int64 {
            PrintfGuard.largestCharacterRepeat(format: Array(format.utf8), argumentCount: arguments.count) { arguments[$0] }
        }
        #expect(repeats("%.*c", [7, 0]) == 7)
        #expect(repeats("%d %*.*c", [1, 3, 9, 0]) == 9)
        #expect(repeats("%.*c", [-9, 0]) == 9)
        #expect(repeats("%.*c", [Int64(Int32.min), 0]) == 0)  // no precision: one character
        #expect(repeats("%.12c %.5c") == 12)
        #expect(repeats("%.4294967299c") == 3)  // 32-bit wrap, as in C
        #expect(repeats("%.*lc", [6, 0]) == 6)
        #expect(repeats("%l.*c", [6, 0]) == 0)  // "%l." is an unknown conversion: output ends
        #expect(repeats("%T%.9c") == 0)
        #expect(repeats("%%.9c") == 0)
        #expect(repeats("%n%.9c") == 9)
        #expect(repeats("%s%.*c", [5, 8, 0]) == 8)
        #expect(repeats("%.*c") == 0)  // a missing argument is 0
        #expect(repeats(".9c%") == 0)
        #expect(repeats("%.9c\0%.99c") == 9)  // SQLite stops at a NUL
    }
}
