import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "How big is X?", "How high was the canal in 1990?": an adjective after "how" asks for the
/// magnitude WordNet makes it the attribute of, found among the columns — on invented tables.
@Suite(.enabled(if: WordNet.shared != nil, "wordnet-base is not installed"))
struct HowMagnitudeTests {
    /// Islets with an area (a kind of extent, next to "size"), their one measure.
    static func islets() throws -> FixtureUpload {
        var islets = "islet,area_km2,ferry_port\n"
        for (i, name) in ["Gull Rock", "Tern Holm", "Puffin Skerry", "Seal Ness", "Otter Isle", "Kelp Key"].enumerated() {
            islets += "\(name),\(4 + i * 7),\(["Northhaven", "Southhaven"][i % 2])\n"
        }
        return try FixtureUpload([("islets.csv", islets)], valueIndex: true)
    }

    @Test func bigAndLargeAskForTheArea() throws {
        let upload = try Self.islets()
        for (question, reference) in [
            ("How big is Puffin Skerry?", "SELECT area_km2 FROM islets WHERE islet = 'Puffin Skerry'"),
            ("How large is Otter Isle?", "SELECT area_km2 FROM islets WHERE islet = 'Otter Isle'"),
            ("How large is the smallest islet?", "SELECT MIN(area_km2) FROM islets"),
        ] {
            let problem = try upload.check(question, reference)
            #expect(problem == nil, "\(problem ?? "")")
        }
    }

    /// "high": a level (WordNet's "degree, grade, level", an attribute of "high").
    @Test func highAsksForTheLevel() throws {
        var canal = "year,level_m\n"
        for i in 0..<20 { canal += "\(1980 + i),\(12 + Double(i % 7) / 10)\n" }
        let upload = try FixtureUpload([("canal_gauge.csv", canal)], valueIndex: true)
        let problem = try upload.check("How high was the canal in 1990?", "SELECT level_m FROM canal_gauge WHERE year = 1990")
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// Two columns of a magnitude (an area and a depth, both extents): "how big" could be
    /// either, so the question is refused; so is a question that names its column itself.
    @Test func twoMagnitudesAreRefused() throws {
        var pools = "pool,area_m2,depth_m\n"
        for (i, name) in ["Mill Pool", "Weir Pool", "Heron Pool", "Ash Pool"].enumerated() { pools += "\(name),\(300 + i * 50),\(2 + i)\n" }
        let upload = try FixtureUpload([("pools.csv", pools)], valueIndex: true)
        #expect(throws: TranslationError.self) { try upload.translator.translate("How big is Weir Pool?") }
        // A surface WordNet files under no magnitude beside a depth: "big" is not the depth.
        var tarns = "tarn,Surface (1000 sq m),max_depth_m\n"
        for (i, name) in ["Black Tarn", "Red Tarn", "Blea Tarn"].enumerated() { tarns += "\(name),\(3 + i * 9),\(20 + i * 5)\n" }
        let other = try FixtureUpload([("tarns.csv", tarns)], valueIndex: true)
        #expect(throws: TranslationError.self) { try other.translator.translate("How big is Red Tarn?") }
    }
}

/// "Labourites" of a `party` column holding 'Labour': WordNet makes a Labourite a member of
/// the Labour Party, a stored value followed by the column's name — on an invented table.
@Suite(.enabled(if: WordNet.shared != nil, "wordnet-base is not installed"))
struct GroupMemberValueTests {
    @Test func membersOfAGroupNameItsValue() throws {
        var mayors = "mayor,party,took_office\n"
        for (i, name) in ["Abel Hart", "Bea Lyle", "Cy Moss", "Dot Penn", "Eli Rook", "Fay Sims"].enumerated() {
            mayors += "\(name),\(["Labour", "Conservative", "Green"][i % 3]),\(1990 + i * 4)\n"
        }
        let upload = try FixtureUpload([("mayors.csv", mayors)], valueIndex: true)
        let problem = try upload.check("Which mayors were Labourites?", "SELECT mayor FROM mayors WHERE party = 'Labour'")
        #expect(problem == nil, "\(problem ?? "")")
    }
}

/// A daily table with a `day` column of weekday names beside its dates: "on which day … at
/// its highest" ranks single readings, so it asks for a date; with "average" it ranks weekdays.
@Suite struct WeekdayOrDateTests {
    static func tides() throws -> FixtureUpload {
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        var tides = "date,day,surge_cm\n"
        for i in 0..<28 {
            tides += String(format: "2033-02-%02d", i + 1) + ",\(weekdays[i % 7]),\(20 + (i * 37) % 90)\n"
        }
        return try FixtureUpload([("tides.csv", tides)], valueIndex: true)
    }

    @Test func aDayThatRanksOneReadingIsADate() throws {
        let upload = try Self.tides()
        let single = try upload.check("On which day was the surge at its highest?", "SELECT date, surge_cm FROM tides ORDER BY surge_cm DESC LIMIT 1")
        #expect(single == nil, "\(single ?? "")")
        let average = try upload.check(
            "Which day has the highest average surge?", "SELECT day, AVG(surge_cm) FROM tides GROUP BY day ORDER BY AVG(surge_cm) DESC LIMIT 1")
        #expect(average == nil, "\(average ?? "")")
    }
}
