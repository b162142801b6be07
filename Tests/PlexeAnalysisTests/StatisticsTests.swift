import Foundation
import PlexeFoundation
import PlexeTestSupport
import Testing

@testable import PlexeAnalysis

private func close(_ a: Double?, _ b: Double?, tolerance: Double = 1e-9) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}

@Suite struct StatisticsTests {
    @Test(arguments: [AnalysisDepth.basic, .comprehensive])
    func statsMatchIndependentComputation(depth: AnalysisDepth) throws {
        let fixture = CustomerFixture(count: 3000)
        let database = try TestDatabase()
        let table = try database.table("customers", columns: CustomerFixture.columns, rows: fixture.rows)
        let analysis = try database.analyze(table, depth: depth)

        #expect(analysis.rowCount == 3000)
        #expect(analysis.columns.map(\.name) == CustomerFixture.columns.map(\.0))
        #expect(analysis.columns.map(\.type) == CustomerFixture.columns.map(\.1))
        for (name, _) in CustomerFixture.columns {
            let missing = try database.scalar("SELECT COUNT(*) - COUNT(\(quoteIdentifier(name))) FROM customers")
            #expect(Double(analysis.column(name)!.missingCount) == missing, "missing \(name)")
        }
        #expect(analysis.columns.filter { $0.missingCount > 0 }.map(\.name) == ["age", "last_purchase", "referral_source"])

        for name in ["age", "purchase_count", "lifetime_value"] {
            let values = fixture.column(name).compactMap(\.asDouble)
            let summary = try #require(analysis.column(name)?.summary)
            let column = quoteIdentifier(name)
            #expect(summary.count == values.count)
            #expect(summary.min == (try database.scalar("SELECT MIN(\(column)) FROM customers")))
            #expect(summary.max == (try database.scalar("SELECT MAX(\(column)) FROM customers")))
            #expect(close(summary.mean, try database.scalar("SELECT AVG(\(column)) FROM customers")), "mean \(name)")
            #expect(close(summary.median, Reference.percentile(values, 0.5)), "median \(name)")
            #expect(close(summary.q1, Reference.percentile(values, 0.25)), "q1 \(name)")
            #expect(close(summary.q3, Reference.percentile(values, 0.75)), "q3 \(name)")
            #expect(close(summary.standardDeviation, Reference.sampleStandardDeviation(values)), "std \(name)")
        }
        #expect(analysis.column("churn")?.summary == nil)
        #expect(analysis.column("signup_date")?.summary == nil)

        for name in ["churn", "country", "plan_type", "referral_source"] {
            let column = quoteIdentifier(name)
            let expected = try database.db.query(
                """
                SELECT CASE WHEN typeof(\(column)) = 'integer' THEN (CASE \(column) WHEN 1 THEN 'true' ELSE 'false' END) ELSE \(column) END, COUNT(*)
                FROM customers WHERE \(column) IS NOT NULL GROUP BY \(column) ORDER BY COUNT(*) DESC, \(column) LIMIT 10
                """
            ) { CategoryCounts.Entry(value: $0.string(0), count: $0.int(1)) }
            let present = try database.scalar("SELECT COUNT(\(column)) FROM customers")!
            let counts = try #require(analysis.column(name)?.categoryCounts, "counts \(name)")
            #expect(counts.top == expected, "top \(name)")
            #expect(Double(counts.other + expected.reduce(0) { $0 + $1.count }) == present)
        }
        #expect(analysis.column("country")?.categoryCounts?.other ?? 0 > 0)
        #expect(analysis.column("country")?.categoryCounts?.distinctCount == 15)
        // More than 50 distinct values: no counts.
        #expect(analysis.column("name")?.categoryCounts == nil)
        #expect(analysis.column("customer_id")?.categoryCounts == nil)
    }

    @Test func medianOfAnEvenCountIsTheMeanOfTheMiddleValues() throws {
        let database = try TestDatabase()
        let table = try database.table("t", columns: [("x", .integer)], rows: [[10], [1], [3], [2]])
        let summary = try #require(try database.analyze(table, depth: .basic).column("x")?.summary)
        #expect(summary.median == 2.5)
        #expect(summary.q1 == 1.75)  // numpy.percentile([1, 2, 3, 10], 25)
        #expect(summary.q3 == 4.75)
        #expect(summary.mean == 4)
        #expect(close(summary.standardDeviation, (50.0 / 3).squareRoot()))
    }

    @Test func singleValueHasNoStandardDeviation() throws {
        let database = try TestDatabase()
        let table = try database.table("t", columns: [("x", .float)], rows: [[2.5], [nil]])
        let summary = try #require(try database.analyze(table).column("x")?.summary)
        #expect(summary.standardDeviation == nil)
        #expect(summary.median == 2.5 && summary.q1 == 2.5 && summary.q3 == 2.5)
    }

    @Test func allNullNumericColumnHasNoSummary() throws {
        let database = try TestDatabase()
        let table = try database.table("t", columns: [("x", .float), ("y", .integer)], rows: [[nil, 1], [nil, 2]])
        let analysis = try database.analyze(table)
        #expect(analysis.column("x")?.summary == nil)
        #expect(analysis.column("x")?.missingCount == 2)
        #expect(analysis.insights(.missingData, column: "x").first?.severity == .high)
    }

    @Test func negativeAndLargeValuesSortCorrectly() throws {
        var random = SeededRandom(seed: 7)
        let values = (0..<5000).map { _ in (random.normal() * 1e6).rounded() / 100 } + [-0.0, 0.0, -1e300, 1e300]
        let database = try TestDatabase()
        let table = try database.table("t", columns: [("x", .float)], rows: values.map { [.real($0)] })
        let summary = try #require(try database.analyze(table).column("x")?.summary)
        #expect(summary.min == -1e300 && summary.max == 1e300)
        for p in [0.25, 0.5, 0.75] {
            #expect(close([summary.q1, summary.median, summary.q3][Int(p * 4) - 1], Reference.percentile(values, p)))
        }
    }

    @Test func correlationsMatchDirectPearson() throws {
        let fixture = CustomerFixture(count: 3000)
        let database = try TestDatabase()
        let table = try database.table("customers", columns: CustomerFixture.columns, rows: fixture.rows)
        let analysis = try database.analyze(table)

        func series(_ name: String) -> [Double?] {
            fixture.column(name).map { value -> Double? in
                switch value {
                case .integer(let v): return Double(v)
                case .real(let v): return v
                case .text(let date): return foundationDayNumber(date)
                default: return nil
                }
            }
        }
        let candidates = ["age", "signup_date", "last_purchase", "purchase_count", "lifetime_value", "churn"]
        var expected: [(String, String, Double)] = []
        for (i, a) in candidates.enumerated() {
            for b in candidates[(i + 1)...] {
                let r = Reference.pearson(series(a), series(b)).r
                if abs(r) >= DatasetAnalyzer.reportedCorrelationFloor { expected.append((a, b, r)) }
            }
        }
        expected.sort { abs($0.2) > abs($1.2) }
        #expect(analysis.correlations.count == min(expected.count, DatasetAnalyzer.reportedCorrelationLimit))
        for (found, want) in zip(analysis.correlations, expected) {
            #expect(Set([found.feature1, found.feature2]) == Set([want.0, want.1]))
            #expect(abs(found.coefficient - want.2) < 1e-9, "\(want.0)–\(want.1)")
        }
        let pairs = analysis.correlations.map { Set([$0.feature1, $0.feature2]) }
        #expect(Set(pairs).count == pairs.count, "no pair twice")
        #expect(analysis.correlations.allSatisfy { $0.feature1 != $0.feature2 })
        // The designed relations are found: churners have no or early last purchases.
        let lastPurchaseChurn = analysis.correlations.first { Set([$0.feature1, $0.feature2]) == ["last_purchase", "churn"] }
        #expect(lastPurchaseChurn != nil)
        let pair = try #require(analysis.correlations.first { Set([$0.feature1, $0.feature2]) == ["purchase_count", "lifetime_value"] })
        #expect(pair.coefficient > 0.1)  // damped by the rare 20,000+ outliers
        #expect(pair.pairCount == 3000)
    }

    @Test func zeroVarianceAndSparsePairsAreSkipped() throws {
        let database = try TestDatabase()
        var rows: [[SQLiteValue]] = []
        for i in 0..<100 {
            let x = SQLiteValue.integer(Int64(i))
            let sparse: SQLiteValue = i < 2 ? .integer(Int64(i * 3)) : .null
            let y = SQLiteValue.integer(Int64(i * 2 + 1))
            rows.append([x, .integer(7), sparse, y])
        }
        let table = try database.table("t", columns: [("x", .integer), ("constant", .integer), ("sparse", .integer), ("y", .integer)], rows: rows)
        let analysis = try database.analyze(table)
        #expect(analysis.correlations.count == 1)
        #expect(analysis.correlations.first?.coefficient == 1)
        #expect(analysis.correlations.first.map { [$0.feature1, $0.feature2] } == ["x", "y"])
    }

    @Test func datetimesAreCountedAndCorrelatedAsFractionalDays() throws {
        let rows: [[SQLiteValue]] = (0..<500).map { i -> [SQLiteValue] in
            let hour = i / 60
            let minute = i % 60
            let stamp = String(format: "2024-05-%02dT%02d:%02d:00Z", 1 + hour / 24, hour % 24, minute)
            return [.text(stamp), .integer(Int64(i)), .text(i % 50 == 0 ? "not a time" : stamp)]
        }
        let database = try TestDatabase()
        let analysis = try database.analyze(try database.table("t", columns: [("at", .datetime), ("n", .integer), ("messy", .datetime)], rows: rows))
        #expect(analysis.column("at")?.distinctCount == 500)
        #expect(analysis.insights(.unique, column: "at").count == 1)
        #expect(analysis.column("messy")?.unparseableCount == 10)
        let r = try #require(analysis.correlations.first { Set([$0.feature1, $0.feature2]) == ["at", "n"] })
        #expect(abs(r.coefficient - 1) < 1e-9)
        let messy = try #require(analysis.correlations.first { Set([$0.feature1, $0.feature2]) == ["messy", "n"] })
        #expect(messy.pairCount == 490)
    }

    @Test func basicDepthComputesNoComprehensiveParts() throws {
        let fixture = CustomerFixture(count: 500)
        let database = try TestDatabase()
        let table = try database.table("customers", columns: CustomerFixture.columns, rows: fixture.rows)
        let analysis = try database.analyze(table, depth: .basic)
        #expect(analysis.correlations.isEmpty && analysis.insights.isEmpty && analysis.visualizations.isEmpty)
        #expect(analysis.duplicateRowCount == nil)
        #expect(analysis.column("age")?.outlierCount == nil)
        let comprehensive = try database.analyze(table, depth: .comprehensive)
        #expect(comprehensive.columns.map(\.summary) == analysis.columns.map(\.summary))
        #expect(comprehensive.columns.map(\.categoryCounts) == analysis.columns.map(\.categoryCounts))
    }
}
