import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Small shapes a word-by-word reading got backwards (`Interpreter+Polarity`). Invented
/// uploads: hiking trails with lengths and best times, firms with a standing, hens with grain rations.
@Suite struct ShapeRulesTests {
    struct Fixture {
        let trails: FixtureUpload
        let firms: FixtureUpload
        let unranked: FixtureUpload
        let hens: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var trails = "trail,route_length_mi,climb_m,best_time_min\n"
            for i in 0..<40 {
                trails +=
                    "Trail \(i),\(String(format: "%.1f", 1 + Double((i * 7) % 30) / 3)),\(100 + (i * 53) % 900),"
                    + "\(String(format: "%.1f", 20 + Double((i * 31) % 200) / 2))\n"
            }
            self.trails = try FixtureUpload([("trails.csv", trails)], valueIndex: true)
            var firms = "standing,firm,land,turnover,worth\n"
            var unranked = "firm,land,turnover\n"
            let lands = ["Norland", "Estmark", "Wester", "Sudia"]
            for i in 0..<300 {
                firms +=
                    "\(i + 1),Firm \(i),\(lands[(i * 7) % 4]),\(String(format: "%.2f", Double((i * 37) % 300) / 3)),"
                    + "\(String(format: "%.2f", Double((i * 41) % 250) / 2))\n"
                unranked += "Firm \(i),\(lands[(i * 7) % 4]),\(String(format: "%.2f", Double((i * 37) % 300) / 3))\n"
            }
            self.firms = try FixtureUpload([("firms.csv", firms)], valueIndex: true)
            self.unranked = try FixtureUpload([("firms.csv", unranked)], valueIndex: true)
            var hens = "hen_id,coop,grain_ration\n"
            for i in 0..<60 { hens += "\(i + 1),\(i % 5),\([0, 50, 100, 200][i % 4])\n" }
            self.hens = try FixtureUpload([("hens.csv", hens)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    /// The fastest time is the lowest; the slowest the highest.
    @Test func speedOfATimeIsItsLowestValue() throws {
        let f = try fixture
        #expect(
            try f.trails.check(
                "Which trail has the fastest best time?", "SELECT trail, best_time_min FROM trails ORDER BY best_time_min ASC LIMIT 1") == nil)
        #expect(
            try f.trails.check(
                "Which trail has the slowest best time?", "SELECT trail, best_time_min FROM trails ORDER BY best_time_min DESC LIMIT 1") == nil)
        #expect(try f.trails.check("What is the quickest best time?", "SELECT MIN(best_time_min) FROM trails") == nil)
    }

    /// "at most 3 miles long" is a filter, never the longest row.
    @Test func anAdjectiveAfterAComparedNumberIsNoSuperlative() throws {
        let f = try fixture
        #expect(try f.trails.check("Which trails are at most 3 miles long?", "SELECT trail FROM trails WHERE route_length_mi <= 3") == nil)
        #expect(try f.trails.check("How many trails are at least 5 miles long?", "SELECT COUNT(*) FROM trails WHERE route_length_mi >= 5") == nil)
    }

    @Test func combinedMeasureIsASum() throws {
        let f = try fixture
        #expect(try f.firms.check("What is the combined turnover of all the firms?", "SELECT SUM(turnover) FROM firms") == nil)
    }

    /// "of the top N" keeps the rows ranked N or better; without a rank column it is refused.
    @Test func countOfTheTopNUsesTheRankColumn() throws {
        let f = try fixture
        #expect(
            try f.firms.check(
                "How many of the top 100 firms are from Norland?", "SELECT COUNT(*) FROM firms WHERE standing <= 100 AND land = 'Norland'") == nil)
        #expect((try? f.unranked.translator.translate("How many of the top 100 firms are from Norland?")) == nil)
    }

    /// "How many hens got the highest ration" counts the hens holding it.
    @Test func countOfRowsHoldingTheExtreme() throws {
        let f = try fixture
        #expect(
            try f.hens.check(
                "How many hens got the highest grain ration?", "SELECT COUNT(*) FROM hens WHERE grain_ration = (SELECT MAX(grain_ration) FROM hens)")
                == nil)
        #expect(
            try f.hens.check(
                "How many hens received the lowest grain ration?",
                "SELECT COUNT(*) FROM hens WHERE grain_ration = (SELECT MIN(grain_ration) FROM hens)")
                == nil)
    }
}

/// Readings that cannot be what was asked. Invented uploads: guilds named one a row; crews
/// with their officers' heights and their sailors.
@Suite struct OneRowReadingsTests {
    static let guilds: Result<FixtureUpload, Error> = Result {
        var guilds = "guild_name,town,workshops\n"
        for i in 0..<40 { guilds += "Guild \(i),\(["Ashby", "Brill"][i % 2]),\(1 + (i * 7) % 9)\n" }
        return try FixtureUpload([("guilds.csv", guilds)], valueIndex: true)
    }
    static let crews: Result<FixtureUpload, Error> = Result {
        var crews = "crew,captain,mate,mean_height\n"
        var sailors = "crew,sailor_num,sailor_height\n"
        for i in 0..<50 {
            let captain = 62 + Double((i * 7) % 33) / 2
            let mate = 58 + Double((i * 11) % 25) / 2
            crews += "C\(i),\(captain),\(mate),\((captain + mate) / 2)\n"
            for k in 0..<(1 + i % 3) { sailors += "C\(i),\(k + 1),\(60 + Double((i * 5 + k * 3) % 30) / 2)\n" }
        }
        return try FixtureUpload([("crews.csv", crews), ("sailors.csv", sailors)], valueIndex: true)
    }

    /// Counting the rows of one named row always gives 1: the question asked something else.
    @Test func countingOneNamedRowIsRefused() throws {
        let guilds = try Self.guilds.get()
        #expect((try? guilds.translator.translate("How many guilds does Guild 7 have?")) == nil)
        #expect(try guilds.check("How many guilds are in Ashby?", "SELECT COUNT(*) FROM guilds WHERE town = 'Ashby'") == nil)
    }

    /// "a mate taller than 66": the comparative is said of the column the noun names, though
    /// other columns are named for the dimension.
    @Test func aComparativeAdjectiveIsSaidOfTheNounsColumn() throws {
        let crews = try Self.crews.get()
        #expect(try crews.check("How many crews have a mate taller than 66?", "SELECT COUNT(*) FROM crews WHERE mate > 66") == nil)
        // A noun naming a calendar part is not the compared column: the days of a log.
        var log = "day,month,temp\n"
        for i in 0..<60 { log += "\(1 + i % 30),\(1 + i / 30),\(50 + (i * 7) % 50)\n" }
        let days = try FixtureUpload([("harbour_log.csv", log)], valueIndex: true)
        #expect(try days.check("How many days were hotter than 90?", "SELECT COUNT(*) FROM harbour_log WHERE temp > 90") == nil)
    }

    /// "the captain's height" where `captain` holds heights: the noun restates the column, it
    /// does not add the sailors' heights.
    @Test func anAttributeNounAfterAMeasureColumnRestatesIt() throws {
        let crews = try Self.crews.get()
        let scatter = try crews.translator.translate("Plot captain's height against mate's height.")
        #expect(scatter.visualizationType == .scatter)
        #expect(try crews.check("Plot captain's height against mate's height.", "SELECT captain, mate FROM crews") == nil)
        #expect(try crews.check("List every crew with its captain's and mate's height.", "SELECT crew, captain, mate FROM crews") == nil)
        #expect(!(try crews.translator.translate("List every crew with its captain's and mate's height.").sql.contains("sailor_height")))
    }
}

/// "the average jobless percentage" of a column holding percentages names its figure; "what
/// percentage of regions" is still a share. Invented upload.
@Suite struct PercentColumnTests {
    @Test func aPercentWordAfterAPercentColumnIsThatColumn() throws {
        var regions = "REGION,COASTAL,PERJOBLESS,POPULATION\n"
        for i in 0..<40 { regions += "R\(i),\(i % 3 == 0 ? 1 : 0),\(String(format: "%.1f", 5 + Double((i * 7) % 20) / 2)),\(1000 + i * 37)\n" }
        let u = try FixtureUpload([("regions.csv", regions)], valueIndex: true)
        #expect(
            try u.check("What is the average jobless percentage of the coastal regions?", "SELECT AVG(PERJOBLESS) FROM regions WHERE COASTAL = 1")
                == nil)
        #expect(try u.check("What percentage of regions are coastal?", "SELECT 100.0 * SUM(COASTAL = 1) / COUNT(*) FROM regions") == nil)
    }
}

/// "the difference between A and B" of two aggregates, the second side taking the first's
/// function and column where it leaves them unsaid. Invented upload: games between teams.
@Suite struct DifferenceTests {
    static let games: Result<FixtureUpload, Error> = Result {
        var games = "host,guest,host_score,guest_score,zone,width,depth\n"
        for i in 0..<40 {
            games += "T\(i % 7),T\((i + 3) % 7),\(i % 5),\((i * 3) % 4),\(["North", "South"][i % 2]),\(10 + i % 9),\(3 + (i * 7) % 11)\n"
        }
        return try FixtureUpload([("games.csv", games)], valueIndex: true)
    }

    @Test func differenceOfTwoAggregates() throws {
        let u = try Self.games.get()
        #expect(
            try u.check(
                "What is the difference between the average host score and the average guest score?",
                "SELECT AVG(host_score) - AVG(guest_score) FROM games") == nil)
        let byZone =
            "SELECT (SELECT AVG(depth) FROM games WHERE zone = 'North') - (SELECT AVG(depth) FROM games WHERE zone = 'South')"
        #expect(try u.check("What is the difference between the average depth in the North and in the South?", byZone) == nil)
        #expect(try u.check("What is the difference between the average depth of the North and of the South?", byZone) == nil)
        // The spread keeps its own reading.
        #expect(try u.check("What is the difference between the highest and the lowest depth?", "SELECT MAX(depth) - MIN(depth) FROM games") == nil)
        // Nothing to subtract: refused.
        #expect((try? u.translator.translate("What is the difference between the average depth and the average depth?")) == nil)
    }
}
