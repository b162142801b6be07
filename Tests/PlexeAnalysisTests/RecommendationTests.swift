import Foundation
import PlexeFoundation
import Testing

@testable import PlexeAnalysis

@Suite struct RecommendationTests {
    @Test func customerRecommendationsFollowFromInsights() throws {
        let fixture = CustomerFixture(count: 3000)
        let database = try TestDatabase()
        let analysis = try database.analyze(try database.table("customers", columns: CustomerFixture.columns, rows: fixture.rows))
        let recommendations = DatasetAnalyzer.recommendations(for: [analysis])
        let messages = recommendations.map(\.message)

        // One imputation per column with missing values, with its figure.
        for column in ["age", "last_purchase", "referral_source"] {
            let share = Double(analysis.column(column)!.missingCount) / 3000
            let imputation = recommendations.filter { $0.kind == .preprocessing && $0.message.contains("imputing missing '\(column)'") }
            #expect(imputation.count == 1, "\(column)")
            #expect(imputation.first?.message.contains("(currently \(DisplayFormat.percent(share)) missing)") == true)
        }
        // A "days since" feature per date column; the one tied to the target is high.
        let lastPurchase = try #require(recommendations.first { $0.message == "Create a 'days_since_last_purchase' feature from 'last_purchase'." })
        #expect(lastPurchase.kind == .featureEngineering && lastPurchase.importance == .high)
        #expect(messages.contains("Create a 'days_since_signup' feature from 'signup_date'."))
        // The imbalanced boolean target.
        let smote = try #require(recommendations.first { $0.kind == .modeling && $0.message.contains("SMOTE") })
        #expect(smote.message.contains("'churn'") && smote.importance == .high)
        // Identifier excluded; a missing-indicator for the informative gaps.
        #expect(messages.contains("Exclude the identifier column 'customer_id' from model features: every value is distinct."))
        #expect(messages.contains { $0.hasPrefix("Add a 'last_purchase_missing' indicator feature") })
        #expect(!messages.contains { $0.contains("'name' from model features") })  // not unique
        // Most important first.
        let importances = recommendations.map(\.importance)
        #expect(importances == importances.sorted(by: >))
    }

    @Test func noTargetAdviceWithoutImbalance() throws {
        let rows: [[SQLiteValue]] = (0..<400).map { i -> [SQLiteValue] in [.integer(i % 2 == 0 ? 1 : 0), .integer(Int64(i % 17))] }
        let database = try TestDatabase()
        let analysis = try database.analyze(try database.table("t", columns: [("flag", .boolean), ("n", .integer)], rows: rows))
        let recommendations = DatasetAnalyzer.recommendations(for: [analysis])
        #expect(!recommendations.contains { $0.message.contains("SMOTE") })
        #expect(!recommendations.contains { $0.message.contains("imputing") })
        #expect(!recommendations.contains { $0.message.contains("days_since") })
    }

    @Test func constantAndIdentifierColumnsAreDropped() throws {
        let rows: [[SQLiteValue]] = (0..<100).map { i -> [SQLiteValue] in [.text("K\(i)"), .text("EU"), .integer(Int64(i % 9))] }
        let database = try TestDatabase()
        let analysis = try database.analyze(try database.table("t", columns: [("key", .string), ("region", .string), ("n", .integer)], rows: rows))
        let recommendations = DatasetAnalyzer.recommendations(for: [analysis])
        #expect(
            recommendations.contains {
                $0.kind == .dataQuality && $0.message == "Drop the constant column 'region': a single value carries no information."
            })
        #expect(recommendations.contains { $0.kind == .dataQuality && $0.message.contains("identifier column 'key'") })
        #expect(!recommendations.contains { $0.message.contains("'n'") })
    }

    @Test func severalFilesNameTheirFileAndBasicAnalysesAddNothing() throws {
        let database = try TestDatabase()
        let rows: [[SQLiteValue]] = (0..<100).map { i -> [SQLiteValue] in [i % 10 == 0 ? SQLiteValue.null : .integer(Int64(i))] }
        let a = try database.analyze(try database.table("a", columns: [("x", .integer)], rows: rows))
        let b = try database.analyze(try database.table("b", columns: [("x", .integer)], rows: rows))
        let basic = try database.analyze(try database.table("c", columns: [("x", .integer)], rows: rows), depth: .basic)
        let messages = DatasetAnalyzer.recommendations(for: [a, b, basic]).map(\.message)
        #expect(
            messages.filter { $0.contains("imputing") } == [
                "Consider imputing missing 'x' (a.csv) values (currently 10% missing), e.g. with the median.",
                "Consider imputing missing 'x' (b.csv) values (currently 10% missing), e.g. with the median.",
            ])
        #expect(DatasetAnalyzer.recommendations(for: [basic]).isEmpty)
    }

    @Test func mostlyMissingColumnsAreDroppedNotImputed() throws {
        let rows: [[SQLiteValue]] = (0..<100).map { i -> [SQLiteValue] in [i % 4 == 0 ? .integer(Int64(i)) : SQLiteValue.null, .integer(1)] }
        let database = try TestDatabase()
        let analysis = try database.analyze(try database.table("t", columns: [("sparse", .integer), ("one", .integer)], rows: rows))
        let messages = DatasetAnalyzer.recommendations(for: [analysis]).map(\.message)
        #expect(messages.contains("Consider dropping 'sparse': 75% of its values are missing."))
        #expect(!messages.contains { $0.contains("imputing missing 'sparse'") })
    }

    @Test func daysSinceFeatureNames() {
        #expect(RecommendationRules.daysSinceFeature("last_purchase") == "days_since_last_purchase")
        #expect(RecommendationRules.daysSinceFeature("signup_date") == "days_since_signup")
        #expect(RecommendationRules.daysSinceFeature("created_at") == "days_since_created")
        #expect(RecommendationRules.daysSinceFeature("date") == "days_since_date")
    }
}
