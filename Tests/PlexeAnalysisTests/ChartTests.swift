import Foundation
import PlexeFoundation
import PlexeTestSupport
import Testing

@testable import PlexeAnalysis

@Suite struct ChartTests {
    @Test func customerChartsAreSane() throws {
        let fixture = CustomerFixture(count: 3000)
        let database = try TestDatabase()
        let analysis = try database.analyze(try database.table("customers", columns: CustomerFixture.columns, rows: fixture.rows))
        let charts = analysis.visualizations
        #expect(
            charts.map(\.title) == [
                "Age Distribution", "Purchase Count Distribution", "Lifetime Value Distribution",
                "Churn Distribution", "Country Distribution", "Plan Type Distribution", "Referral Source Distribution",
                "Churn by Plan Type",
            ])
        for chart in charts {
            #expect(!chart.labels.isEmpty)
            #expect(chart.datasets.allSatisfy { $0.data.count == chart.labels.count }, "\(chart.title)")
            #expect(chart.datasets.allSatisfy { $0.data.allSatisfy { $0.isFinite && $0 >= 0 } })
        }
        // Histograms: every present value in exactly one bar; no identifier histogram.
        for chart in charts where chart.kind == .histogram {
            let column = try #require(chart.xAxisTitle)
            #expect(chart.datasets[0].data.reduce(0, +) == Double(analysis.column(column)!.valueCount), "\(column)")
            #expect(chart.labels.count >= 5 && chart.labels.count <= 22)
        }
        // Category bars are the categorical counts.
        let plan = try #require(charts.first { $0.title == "Plan Type Distribution" })
        let counts = try #require(analysis.column("plan_type")?.categoryCounts)
        #expect(plan.labels == counts.top.map(\.value))
        #expect(plan.datasets[0].data == counts.top.map { Double($0.count) })
        let country = try #require(charts.first { $0.title == "Country Distribution" })
        #expect(country.labels.count == 11 && country.labels.last == "other")

        // The target chart: churn rate per plan, as SQL computes it.
        let target = try #require(charts.last)
        #expect(target.kind == .barChart)
        #expect(target.labels == ["basic", "premium", "enterprise"])
        for (label, rate) in zip(target.labels, target.datasets[0].data) {
            let expected = try database.scalar(
                "SELECT 100.0 * SUM(churn) / COUNT(*) FROM customers WHERE plan_type = '\(label)' AND churn IS NOT NULL")!
            #expect(abs(rate - expected) < 0.006, "\(label)")
        }
        #expect(target.datasets[0].label == "churn = true (%)")
    }

    @Test func integerHistogramHasNiceClosedBins() throws {
        let values = (18...85).flatMap { age in Array(repeating: Double(age), count: age % 7 + 1) }
        let chart = try #require(
            values.withUnsafeBufferPointer {
                HistogramBuilder.histogram(column: "age", sorted: $0, integral: true)
            })
        #expect(chart.labels.first == "15–19")
        #expect(chart.labels.last == "85–89")
        #expect(chart.datasets[0].data.reduce(0, +) == Double(values.count))
        let firstBin = values.filter { $0 >= 15 && $0 <= 19 }.count
        #expect(chart.datasets[0].data.first == Double(firstBin))
    }

    @Test func heavyTailGetsAnOpenEndedBar() throws {
        var random = SeededRandom(seed: 1)
        var values = (0..<10_000).map { _ in exp(5 + 0.8 * random.normal()) }
        values += [50_000, 80_000]
        values.sort()
        let chart = try #require(
            values.withUnsafeBufferPointer {
                HistogramBuilder.histogram(column: "value", sorted: $0, integral: false)
            })
        let last = try #require(chart.labels.last)
        #expect(last.hasPrefix("> "))
        let edge = try #require(Double(last.dropFirst(2)))
        #expect(chart.datasets[0].data.last == Double(values.filter { $0 > edge }.count))
        #expect(chart.datasets[0].data.reduce(0, +) == Double(values.count))
        #expect(chart.labels.count <= 23)
    }

    @Test func constantColumnGetsNoHistogram() {
        let values = [Double](repeating: 3, count: 10)
        #expect(values.withUnsafeBufferPointer { HistogramBuilder.histogram(column: "x", sorted: $0, integral: true) } == nil)
    }

    @Test func niceSteps() {
        #expect(HistogramBuilder.niceStep(3.35, integral: true) == 5)
        #expect(HistogramBuilder.niceStep(2.4, integral: true) == 5)  // 2.5 is not an integer step
        #expect(HistogramBuilder.niceStep(0.3, integral: true) == 1)
        #expect(HistogramBuilder.niceStep(0.3, integral: false) == 0.5)
        #expect(HistogramBuilder.niceStep(180, integral: false) == 200)
        #expect(HistogramBuilder.niceStep(21, integral: true) == 25)
    }

    @Test func noTargetChartWithoutABooleanColumn() throws {
        let rows: [[SQLiteValue]] = (0..<100).map { i -> [SQLiteValue] in [.text("c\(i % 3)"), .integer(Int64(i % 40))] }
        let database = try TestDatabase()
        let analysis = try database.analyze(try database.table("t", columns: [("cat", .string), ("n", .integer)], rows: rows))
        #expect(analysis.visualizations.map(\.title) == ["N Distribution", "Cat Distribution"])
    }
}
