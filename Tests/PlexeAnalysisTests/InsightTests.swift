import Foundation
import PlexeFoundation
import PlexeTestSupport
import Testing

@testable import PlexeAnalysis

/// Each rule fires on data made to trigger it and stays silent on data made not to.
@Suite struct InsightTests {
    private func analyze(_ columns: [(String, ColumnType)], _ rows: [[SQLiteValue]]) throws -> FileAnalysis {
        let database = try TestDatabase()
        return try database.analyze(try database.table("t", columns: columns, rows: rows))
    }

    @Test func missingDataPerColumnWithFigures() throws {
        let rows: [[SQLiteValue]] = (0..<200).map { i -> [SQLiteValue] in [i % 8 == 0 ? SQLiteValue.null : .integer(Int64(i)), .integer(Int64(i))] }
        let analysis = try analyze([("gappy", .integer), ("full", .integer)], rows)
        let insight = try #require(analysis.insights(.missingData, column: "gappy").first)
        #expect(insight.message == "The 'gappy' column has 12.5% missing values (25 of 200 rows).")
        #expect(insight.severity == .medium)
        #expect(analysis.insights(.missingData, column: "full").isEmpty)
        guard case .missingData(_, _, let missing, let total, let concentration) = insight.finding else {
            Issue.record("finding")
            return
        }
        #expect(missing == 25 && total == 200 && concentration == nil)
    }

    @Test func missingnessConcentratedInABooleanClassIsReported() throws {
        // 20% churners; 60 of the 80 missing values fall on churners (75% against 20%).
        var random = SeededRandom(seed: 3)
        var rows: [[SQLiteValue]] = []
        var missingOnChurners = 0
        var missingOthers = 0
        for i in 0..<1000 {
            let churn = i % 5 == 0
            var missing = false
            if churn, missingOnChurners < 60, random.chance(0.5) {
                missing = true
                missingOnChurners += 1
            }
            if !churn, missingOthers < 20, random.chance(0.05) {
                missing = true
                missingOthers += 1
            }
            rows.append([missing ? SQLiteValue.null : .text("2024-01-0\(i % 9 + 1)"), .integer(churn ? 1 : 0)])
        }
        let analysis = try analyze([("last_purchase", .date), ("churn", .boolean)], rows)
        let insight = try #require(analysis.insights(.missingData, column: "last_purchase").first)
        guard case .missingData(_, _, let missing, _, let concentration?) = insight.finding else {
            Issue.record("no concentration")
            return
        }
        #expect(missing == missingOnChurners + missingOthers)
        #expect(concentration.booleanColumn == "churn" && concentration.booleanValue == true)
        #expect(abs(concentration.shareOfMissing - Double(missingOnChurners) / Double(missing)) < 1e-12)
        #expect(abs(concentration.baseRate - 0.2) < 1e-12)
        #expect(insight.message.contains("of them where churn = true (20% of all rows)"))
    }

    @Test func evenlySpreadMissingnessIsNotCalledConcentrated() throws {
        // Missing in rows 3, 13, 23…; flagged rows are 0, 5, 10…: no missing row is flagged,
        // so the missing rows lean to the unflagged class only by its base rate (80% → 100%,
        // a lift of 1.25, under the 1.5 that "concentrates" needs).
        var rows: [[SQLiteValue]] = []
        for i in 0..<1000 {
            let x: SQLiteValue = i % 10 == 3 ? .null : .integer(Int64(i))
            rows.append([x, .integer(i % 5 == 0 ? 1 : 0)])
        }
        let analysis = try analyze([("x", .integer), ("flag", .boolean)], rows)
        guard case .missingData(_, _, _, _, let concentration)? = analysis.insights(.missingData, column: "x").first?.finding else {
            Issue.record("missing insight")
            return
        }
        #expect(concentration == nil)
    }

    @Test func outliersBeyondThreeStandardDeviationsAreCounted() throws {
        var random = SeededRandom(seed: 11)
        var values = (0..<2000).map { _ in 50 + 10 * random.normal() }
        values += [400, 450, -300]
        let analysis = try analyze([("x", .float), ("uniform", .integer)], values.enumerated().map { [.real($1), .integer(Int64($0 % 100))] })
        let mean = Reference.mean(values)
        let sd = Reference.sampleStandardDeviation(values)
        let expected = values.filter { abs($0 - mean) > 3 * sd }.count
        #expect(expected >= 3)
        let insight = try #require(analysis.insights(.outliers, column: "x").first)
        guard case .outliers(_, let count, _, _, _) = insight.finding else {
            Issue.record("finding")
            return
        }
        #expect(count == expected)
        #expect(insight.message.hasPrefix("The 'x' column contains \(expected) potential outliers (>3 std. deviations"))
        #expect(analysis.insights(.outliers, column: "uniform").isEmpty)
    }

    @Test func imbalancedBooleanIsHighSeverity() throws {
        let rows: [[SQLiteValue]] = (0..<1000).map { i -> [SQLiteValue] in [.integer(i % 10 == 0 ? 1 : 0), .integer(i % 10 < 4 ? 1 : 0)] }
        let analysis = try analyze([("churn", .boolean), ("balanced", .boolean)], rows)
        let insight = try #require(analysis.insights(.imbalance, column: "churn").first)
        #expect(insight.severity == .high)
        #expect(insight.message == "The 'churn' column is imbalanced (10% true, 90% false).")
        #expect(analysis.insights(.imbalance, column: "balanced").isEmpty)  // 40% is not under 20%
    }

    @Test func imbalanceOfLowCardinalityStrings() throws {
        // plan: 60/36/4 (rarest under a quarter of the commonest); five and six balanced
        // classes (each under 20% of rows) do not count as imbalanced.
        let rows: [[SQLiteValue]] = (0..<1200).map { i in
            let plan = i % 25 == 0 ? "enterprise" : (i % 25 <= 9 ? "premium" : "basic")
            return [.text(plan), .text("v\(i % 5)"), .text("w\(i % 6)"), .text("many\(i % 30)")]
        }
        let analysis = try analyze([("plan", .string), ("five", .string), ("six", .string), ("thirty", .string)], rows)
        let insight = try #require(analysis.insights(.imbalance, column: "plan").first)
        #expect(insight.severity == .medium)
        #expect(insight.message.contains("'enterprise' accounts for 4%"))
        #expect(analysis.insights(.imbalance, column: "five").isEmpty)
        #expect(analysis.insights(.imbalance, column: "six").isEmpty)
        #expect(analysis.insights(.imbalance, column: "thirty").isEmpty)  // over 10 values
    }

    @Test func constantColumns() throws {
        let rows: [[SQLiteValue]] = (0..<50).map { i -> [SQLiteValue] in
            [.text("same"), i == 0 ? SQLiteValue.null : .integer(4), .text(i % 2 == 0 ? "a" : "b"), .text("2024-02-29")]
        }
        let analysis = try analyze([("label", .string), ("four", .integer), ("two", .string), ("day", .date)], rows)
        #expect(analysis.insights(.constant, column: "label").first?.message == "The 'label' column is constant: every non-empty value is 'same'.")
        #expect(analysis.insights(.constant, column: "four").first?.message.contains("'4'") == true)
        #expect(analysis.insights(.constant, column: "day").first?.message.contains("'2024-02-29'") == true)
        #expect(analysis.insights(.constant, column: "two").isEmpty)
    }

    @Test func uniqueColumnsButNotFloats() throws {
        let rows: [[SQLiteValue]] = (0..<300).map { i in
            [.text("ID\(i)"), .integer(Int64(i * 7)), .real(Double(i) + 0.5), .text("k\(i % 299)")]
        }
        let analysis = try analyze([("id", .string), ("number", .integer), ("measure", .float), ("almost", .string)], rows)
        #expect(analysis.insights(.unique, column: "id").count == 1)
        #expect(analysis.insights(.unique, column: "number").count == 1)
        #expect(analysis.insights(.unique, column: "measure").isEmpty)
        #expect(analysis.insights(.unique, column: "almost").isEmpty)  // one value repeats
        #expect(analysis.column("almost")?.distinctCount == 299)
        #expect(analysis.column("id")?.distinctCount == 300)
    }

    @Test func highCardinalityStrings() throws {
        let rows: [[SQLiteValue]] = (0..<600).map { i -> [SQLiteValue] in [.text("name\(i % 200)"), .text("city\(i % 40)"), .text("u\(i)")] }
        let analysis = try analyze([("name", .string), ("city", .string), ("user", .string)], rows)
        let insight = try #require(analysis.insights(.highCardinality, column: "name").first)
        #expect(insight.message.contains("200 distinct values"))
        #expect(analysis.insights(.highCardinality, column: "city").isEmpty)  // 40 ≤ 50
        #expect(analysis.insights(.highCardinality, column: "user").isEmpty)  // unique instead
        #expect(analysis.insights(.unique, column: "user").count == 1)
    }

    @Test func highCorrelation() throws {
        var random = SeededRandom(seed: 5)
        let rows: [[SQLiteValue]] = (0..<500).map { i in
            let x = Double(i)
            return [.real(x), .real(2 * x + 5 * random.normal()), .real(random.normal())]
        }
        let analysis = try analyze([("x", .float), ("twice", .float), ("noise", .float)], rows)
        let insight = try #require(analysis.insights(.highCorrelation).first)
        #expect(insight.finding.columns == ["x", "twice"])
        #expect(analysis.insights(.highCorrelation).count == 1)
    }

    @Test func skewness() throws {
        var random = SeededRandom(seed: 9)
        let skewed = (0..<4999).map { _ in random.unit() } + [1_000_000]
        let normal = (0..<5000).map { _ in random.normal() }
        let analysis = try analyze([("skewed", .float), ("normal", .float)], zip(skewed, normal).map { [.real($0), .real($1)] })
        // pandas: Series.skew(), the adjusted Fisher–Pearson coefficient.
        func pandasSkew(_ x: [Double]) -> Double {
            let n = Double(x.count)
            let m = Reference.mean(x)
            let m2 = x.map { pow($0 - m, 2) }.reduce(0, +) / n
            let m3 = x.map { pow($0 - m, 3) }.reduce(0, +) / n
            return (n * (n - 1)).squareRoot() / (n - 2) * m3 / pow(m2, 1.5)
        }
        let skew = try #require(analysis.column("skewed")?.skewness)
        #expect(abs(skew - pandasSkew(skewed)) < 1e-6 * abs(skew))
        #expect(skew > 20)
        #expect(analysis.insights(.skewed, column: "skewed").count == 1)
        #expect(analysis.insights(.skewed, column: "normal").isEmpty)
    }

    @Test func zerosAboveOnePercent() throws {
        let rows: [[SQLiteValue]] = (0..<1000).map { i -> [SQLiteValue] in [.integer(i % 20 == 0 ? 0 : 5), .real(i % 250 == 0 ? 0 : 1.5)] }
        let analysis = try analyze([("count", .integer), ("rare_zero", .float)], rows)
        #expect(analysis.insights(.zeros, column: "count").first?.message == "The 'count' column has 50 zeros (5% of rows).")
        #expect(analysis.insights(.zeros, column: "rare_zero").isEmpty)  // 0.4%
    }

    @Test func duplicateRowsCountedExactlyIncludingNulls() throws {
        var rows: [[SQLiteValue]] = (0..<300).map { i -> [SQLiteValue] in
            [.integer(Int64(i)), .text("n\(i % 7)"), i % 3 == 0 ? SQLiteValue.null : .real(Double(i) / 4)]
        }
        rows += [rows[3], rows[3], rows[10], rows[0]]  // rows 0 and 3 hold NULLs
        rows.append([.integer(5), .text("n5"), .null])  // differs from row 5 only by NULL
        let database = try TestDatabase()
        let table = try database.table("t", columns: [("a", .integer), ("b", .string), ("c", .float)], rows: rows)
        let analysis = try database.analyze(table)
        let bySQL = try database.scalar("SELECT (SELECT COUNT(*) FROM t) - (SELECT COUNT(*) FROM (SELECT DISTINCT a, b, c FROM t))")
        #expect(analysis.duplicateRowCount == 4)
        #expect(Double(analysis.duplicateRowCount ?? -1) == bySQL)
        #expect(analysis.insights(.duplicateRows).first?.message == "4 rows (1.3%) duplicate an earlier row in every column.")

        let clean = try database.table("u", columns: [("a", .integer), ("b", .string)], rows: (0..<300).map { [.integer(Int64($0)), .text("x")] })
        let cleanAnalysis = try database.analyze(clean)
        #expect(cleanAnalysis.duplicateRowCount == 0)
        #expect(cleanAnalysis.insights(.duplicateRows).isEmpty)
    }

    @Test func duplicatesWithoutARowidFallBackToSQL() throws {
        // Every rowid alias shadowed by a column: the count comes from SQL instead.
        let rows: [[SQLiteValue]] = (0..<100).map { i -> [SQLiteValue] in [.integer(Int64(i % 90)), .integer(1), .integer(2)] }
        let database = try TestDatabase()
        let table = try database.table("t", columns: [("rowid", .integer), ("_rowid_", .integer), ("oid", .integer)], rows: rows)
        #expect(try database.analyze(table).duplicateRowCount == 10)
    }

    @Test func insightsAreOrderedBySeverity() throws {
        let fixture = CustomerFixture(count: 2000)
        let database = try TestDatabase()
        let analysis = try database.analyze(try database.table("customers", columns: CustomerFixture.columns, rows: fixture.rows))
        let severities = analysis.insights.map(\.severity)
        #expect(severities == severities.sorted(by: >))
        #expect(Set(analysis.insights.map(\.kind)).isSuperset(of: [.missingData, .outliers, .imbalance, .unique, .highCardinality, .zeros]))
        // Fixture: 40% of churners have no purchases (and so no last purchase) against 3%.
        guard case .missingData(_, _, _, _, let concentration?)? = analysis.insights(.missingData, column: "last_purchase").first?.finding else {
            Issue.record("last_purchase concentration")
            return
        }
        #expect(concentration.booleanColumn == "churn" && concentration.booleanValue)
        #expect(
            analysis.insights(.missingData, column: "age").allSatisfy {
                if case .missingData(_, _, _, _, nil) = $0.finding { return true } else { return false }
            })
    }
}
