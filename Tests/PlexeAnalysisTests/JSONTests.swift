import Foundation
import PlexeFoundation
import Testing

@testable import PlexeAnalysis

@Suite struct JSONShapeTests {
    @Test func perFileObjectFollowsTheReference() throws {
        let fixture = CustomerFixture(count: 1000)
        let database = try TestDatabase()
        let analysis = try database.analyze(try database.table("customers", columns: CustomerFixture.columns, rows: fixture.rows))
        let urls = analysis.visualizations.indices.map {
            (dataURL: "https://h/data/visualizations/viz_\($0)", thumbnailURL: "https://h/data/visualizations/viz_\($0)/thumbnail")
        }
        let json = try JSON.parse(analysis.json(visualizationURLs: urls).serializedString)

        #expect(json.objectValue?.map(\.0) == ["correlations", "filename", "insights", "stats", "visualizations"])  // parse sorts keys
        #expect(json["filename"] == "customers.csv")
        let stats = try #require(json["stats"])
        #expect(stats["rows"] == 1000)
        #expect(stats["columns"] == 11)
        #expect(stats["missing_values"]?.objectValue?.map(\.0).sorted() == ["age", "last_purchase", "referral_source"])
        #expect(stats["column_types"]?["churn"] == "boolean")
        #expect(stats["column_types"]?["signup_date"] == "date")
        let age = try #require(stats["summary"]?["age"])
        #expect(age.objectValue?.map(\.0) == ["max", "mean", "median", "min", "q1", "q3", "std"])
        #expect(age["min"]?.intValue == Int64(analysis.column("age")!.summary!.min))
        #expect(stats["summary"]?["churn"] == nil)
        #expect(
            stats["categorical_counts"]?["churn"]?["true"]?.intValue
                == Int64(analysis.column("churn")!.categoryCounts!.top.first { $0.value == "true" }!.count))
        #expect(stats["categorical_counts"]?["country"]?["other"] != nil)
        #expect(stats["categorical_counts"]?["plan_type"]?["other"] == nil)

        let correlation = try #require(json["correlations"]?.arrayValue?.first)
        #expect(correlation.objectValue?.map(\.0) == ["correlation", "feature1", "feature2"])
        let insight = try #require(json["insights"]?.arrayValue?.first)
        #expect(insight.objectValue?.map(\.0) == ["message", "severity", "type"])
        let visualizations = try #require(json["visualizations"]?.arrayValue)
        #expect(visualizations.count == analysis.visualizations.count)
        #expect(visualizations.first?["type"] == "histogram")
        #expect(visualizations.first?["title"] == "Age Distribution")
        #expect(visualizations.first?["data_url"] == "https://h/data/visualizations/viz_0")
        #expect(visualizations.first?["thumbnail_url"] == "https://h/data/visualizations/viz_0/thumbnail")

        let recommendation = try #require(DatasetAnalyzer.recommendations(for: [analysis]).json.arrayValue?.first)
        #expect(recommendation.objectValue?.map(\.0) == ["type", "message", "importance"])
    }

    @Test func keysKeepTheReferenceOrder() throws {
        let database = try TestDatabase()
        let analysis = try database.analyze(try database.table("t", columns: [("x", .integer)], rows: [[1], [2], [nil]]))
        let json = analysis.json(visualizationURLs: [])
        #expect(json.objectValue?.map(\.0) == ["filename", "stats", "correlations", "insights", "visualizations"])
        #expect(json["stats"]?.objectValue?.map(\.0) == ["rows", "columns", "missing_values", "column_types", "summary", "categorical_counts"])
        #expect(json["stats"]?["summary"]?["x"]?.objectValue?.map(\.0) == ["min", "max", "mean", "median", "std", "q1", "q3"])
        #expect(json["stats"]?["summary"]?["x"]?["median"] == .double(1.5))
        #expect(json["stats"]?["summary"]?["x"]?["min"] == .int(1))
    }

    @Test func basicDepthLeavesOutTheComprehensiveKeys() throws {
        let database = try TestDatabase()
        let analysis = try database.analyze(try database.table("t", columns: [("x", .integer)], rows: [[1], [2]]), depth: .basic)
        #expect(analysis.json(visualizationURLs: []).objectValue?.map(\.0) == ["filename", "stats"])
    }

    @Test func aValueSpeltOtherDoesNotCollideWithTheRemainder() {
        let counts = CategoryCounts.from((0..<12).map { CategoryCounts.Entry(value: $0 == 0 ? "other" : "v\($0)", count: 100 - $0) })
        let json = FileAnalysis.json(counts: counts)
        let keys = json.objectValue?.map(\.0) ?? []
        #expect(keys.first == "other")
        #expect(keys.last == "(other)")
        #expect(json["(other)"] == .int(90 + 89))
        #expect(Set(keys).count == keys.count)
    }

    @Test func statisticsKeepFullPrecision() {
        let summary = NumericSummary(
            count: 4, min: 1, max: 2, mean: 40.545454545454545, median: 1.5, standardDeviation: 0.1 + 0.2, q1: 1.25, q3: 1.75)
        let json = FileAnalysis.json(summary: summary, integral: false)
        #expect(json["mean"] == .double(40.545454545454545))
        #expect(json["std"] == .double(0.30000000000000004))
        #expect(String(decoding: json.serialized(), as: UTF8.self).contains("\"mean\":40.54545454545455,"))
    }

    @Test func numbersAreRoundedForReading() {
        #expect(DisplayFormat.percent(0.171455) == "17.1%")
        #expect(DisplayFormat.percent(0.09) == "9%")
        #expect(DisplayFormat.percent(0.0045) == "0.45%")
        #expect(DisplayFormat.percent(0.00024) == "0.024%")
        #expect(DisplayFormat.count(1_000_000) == "1,000,000")
        #expect(DisplayFormat.figure(452.1706) == "452.17")
        #expect(DisplayFormat.figure(12500.755) == "12,500.76" || DisplayFormat.figure(12500.755) == "12,500.75")
        #expect(DisplayFormat.title("plan_type") == "Plan Type")
    }
}
