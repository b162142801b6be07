import Foundation
import PlexeFoundation
import PlexeTestSupport
import Testing

@testable import PlexeAnalysis

@Suite struct ScanTests {
    @Test(arguments: [2, 3, 4])
    func partitionedReadEqualsSequentialRead(parts: Int) throws {
        // 40 words early and 40 other words late: each part alone stays under the 50-value
        // limit on some parts but the whole column does not, exercising the merge paths.
        let fixture = CustomerFixture(count: 6000)
        let rows = fixture.rows.enumerated().map { index, row -> [SQLiteValue] in
            row + [.text(index < 3000 ? "early\(index % 40)" : "late\(index % 40)"), .text("w\(index % 30)")]
        }
        let columns = CustomerFixture.columns + [("drifting", .string), ("stable", .string)]
        let database = try TestDatabase()
        let table = try database.table("customers", columns: columns, rows: rows)
        let sequential = try DatasetAnalyzer.analyze(
            table: table, in: database.db, depth: .comprehensive, maxParts: 1, rowThreshold: 0, progress: { _ in })
        let partitioned = try DatasetAnalyzer.analyze(
            table: table, in: database.db, depth: .comprehensive, maxParts: parts, rowThreshold: 0, progress: { _ in })
        #expect(TableScanner.partitions(table: table, database: database.db, alias: "rowid", count: parts).count == parts)
        #expect(partitioned == sequential)
        #expect(sequential.column("drifting")?.distinctCount == 80)
        #expect(sequential.column("drifting")?.categoryCounts == nil)
        #expect(sequential.column("stable")?.categoryCounts?.distinctCount == 30)
    }

    @Test func inMemoryDatabasesAreReadSequentially() throws {
        let db = try SQLiteDatabase(path: ":memory:")
        try db.execute("CREATE TABLE t (x INTEGER)")
        try db.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) INSERT INTO t SELECT i FROM n")
        let table = DatasetTable(
            filename: "t.csv", tableName: "t", rowCount: 5000, columns: [ColumnInfo(name: "x", type: .integer, nullable: false, unique: true)])
        #expect(TableScanner.partitions(table: table, database: db, alias: "rowid", count: 2).isEmpty)
        let analysis = try DatasetAnalyzer.analyze(table: table, in: db, depth: .comprehensive, maxParts: 2, rowThreshold: 0, progress: { _ in })
        #expect(analysis.column("x")?.summary?.median == 2500.5)
    }

    @Test func tableOnlyThisConnectionSeesIsReadSequentially() throws {
        let database = try TestDatabase()
        try database.db.execute("CREATE TEMP TABLE scratch (x INTEGER)")
        try database.db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) INSERT INTO scratch SELECT i % 100 FROM n")
        let table = DatasetTable(
            filename: "scratch.csv", tableName: "scratch", rowCount: 5000,
            columns: [ColumnInfo(name: "x", type: .integer, nullable: false, unique: false)])
        #expect(TableScanner.partitions(table: table, database: database.db, alias: "rowid", count: 2).count == 2)
        let analysis = try DatasetAnalyzer.analyze(
            table: table, in: database.db, depth: .comprehensive, maxParts: 2, rowThreshold: 0, progress: { _ in })
        #expect(analysis.rowCount == 5000)
        #expect(analysis.duplicateRowCount == 4900)
    }

    @Test func missingTableIsAnAnalysisError() throws {
        let database = try TestDatabase()
        let table = DatasetTable(
            filename: "gone.csv", tableName: "gone", rowCount: 10, columns: [ColumnInfo(name: "x", type: .integer, nullable: false, unique: false)])
        do {
            _ = try database.analyze(table)
            Issue.record("expected an error")
        } catch let error as AnalysisError {
            #expect(error.description == "Could not read 'gone.csv' (table gone) for analysis: no such table: gone.")
        }
    }

    @Test func missingColumnIsAnAnalysisError() throws {
        let database = try TestDatabase()
        var table = try database.table("t", columns: [("x", .integer)], rows: [[1]])
        table.columns.append(ColumnInfo(name: "y", type: .string, nullable: true, unique: false))
        #expect(throws: AnalysisError.self) { try database.analyze(table) }
    }

    @Test func progressRisesToOne() throws {
        final class Log: @unchecked Sendable {
            private let lock = NSLock()
            private var values: [Double] = []
            func add(_ value: Double) { lock.withLock { values.append(value) } }
            var all: [Double] { lock.withLock { values } }
        }
        let log = Log()
        let fixture = CustomerFixture(count: 200_000 / 100)
        let database = try TestDatabase()
        let table = try database.table("customers", columns: CustomerFixture.columns, rows: fixture.rows)
        _ = try DatasetAnalyzer.analyze(table: table, in: database.db, depth: .comprehensive, progress: { log.add($0) })
        let values = log.all
        #expect(values.first == 0)
        #expect(values.last == 1)
        #expect(values == values.sorted())
    }

    @Test func emptyTable() throws {
        let database = try TestDatabase()
        let table = try database.table("t", columns: [("x", .integer), ("s", .string), ("b", .boolean), ("d", .date)], rows: [])
        let analysis = try database.analyze(table)
        #expect(analysis.rowCount == 0)
        #expect(analysis.columns.allSatisfy { $0.summary == nil && $0.categoryCounts == nil && $0.missingCount == 0 })
        #expect(analysis.insights.isEmpty && analysis.visualizations.isEmpty && analysis.correlations.isEmpty)
        #expect(analysis.duplicateRowCount == 0)
    }

    @Test func datesBecomeDayNumbers() throws {
        let database = try TestDatabase()
        for text in ["1970-01-01", "2000-02-29", "2024-03-01", "1969-12-31", "2100-12-31"] {
            let expected = try #require(try database.scalar("SELECT julianday('\(text)') - julianday('1970-01-01')"))
            let day = Array(text.utf8).withUnsafeBytes { CalendarDay.dayNumber($0) }
            #expect(day.map(Double.init) == expected, "\(text)")
            #expect(CalendarDay.isoDate(dayNumber: Int(expected)) == text)
        }
        for bad in ["2023-02-29", "2024-13-01", "2024-1-01", "20240101", "2024-01-32"] {
            #expect(Array(bad.utf8).withUnsafeBytes { CalendarDay.dayNumber($0) } == nil, "\(bad)")
        }
        for text in ["2024-05-01T12:30:00Z", "2024-05-01 12:30", "2024-05-01T14:30:00+02:00", "2024-05-01T12:30:00.500Z"] {
            let normalized = text.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: "")
            let expected = try #require(try database.scalar("SELECT julianday('\(normalized)') - julianday('1970-01-01')"))
            let value = try #require(Array(text.utf8).withUnsafeBytes { CalendarDay.fractionalDay($0) })
            #expect(abs(value - expected) < 1e-6, "\(text)")
        }
    }

    @Test func radixSortMatchesTheStandardSort() {
        var random = SeededRandom(seed: 99)
        for count in [0, 1, 2, 100, 511, 512, 5000] {
            let keys = (0..<count).map { _ in random.next() >> (random.next() % 64) }
            var sorted = keys
            var scratch = [UInt64](repeating: 0, count: count)
            sorted.withUnsafeMutableBufferPointer { k in scratch.withUnsafeMutableBufferPointer { RadixSort.sort(k, scratch: $0) } }
            #expect(sorted == keys.sorted(), "\(count)")
            let doubles = keys.map { Double(bitPattern: $0 & ~(0x7FF << 52) | (UInt64(random.int(0...2000)) << 52)) * (random.chance(0.5) ? -1 : 1) }
            var sortedDoubles = doubles
            sortedDoubles.withUnsafeMutableBufferPointer { k in scratch.withUnsafeMutableBufferPointer { RadixSort.sort(k, scratch: $0) } }
            #expect(sortedDoubles == doubles.sorted(), "\(count) doubles")
        }
    }
}

@Suite struct HashDistinctTests {
    @Test(arguments: [0, 1, 300, 5000, 100_000])
    func countsDistinctKeysAndRepeats(count: Int) {
        var random = SeededRandom(seed: UInt64(count) + 1)
        // Well-mixed keys drawn from a pool, so that some repeat.
        let pool = (0..<max(1, count * 3 / 4)).map { _ in random.next() }
        let keys = (0..<count).map { _ in pool[random.int(0...(pool.count - 1))] }
        let result = keys.withUnsafeBufferPointer { HashDistinct.count($0, collectRepeated: true) }
        #expect(result.distinctCount == Set(keys).count)
        var seen = Set<UInt64>()
        var repeated = Set<UInt64>()
        for key in keys where !seen.insert(key).inserted { repeated.insert(key) }
        #expect(result.repeated == repeated)
    }

    @Test func oneKeyRepeatedManyTimes() {
        let keys = [UInt64](repeating: 0xDEAD_BEEF_0000_0001, count: 70_000) + [1, 2, 3]
        let result = keys.withUnsafeBufferPointer { HashDistinct.count($0, collectRepeated: false) }
        #expect(result.distinctCount == 4)
        #expect(result.repeated.isEmpty)
    }
}
