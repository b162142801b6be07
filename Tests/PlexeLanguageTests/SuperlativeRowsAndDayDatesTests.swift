import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A superlative row asked with a second figure ("how many beds does the most expensive cabin
/// have, and what did it sell for"), a column asked of the one row after it ("and of which
/// club"), "the range of the X values" beside a run-number column, dates written day first
/// ("15 July 1990"), and charts by group (no bar for rows without the group; a bar per value
/// named). Invented uploads: cabins for sale, pupils, a runner's laps, beehives inspected.
@Suite(.serialized) struct SuperlativeRowsAndDayDatesTests {
    struct Fixture {
        let cabins: FixtureUpload
        let pupils: FixtureUpload
        let laps: FixtureUpload
        let hives: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var cabins = "cabin,price_usd,beds,baths,region\n"
            for i in 0..<40 {
                cabins += "Cabin \(i),\(30_000 + (i * 3_700) % 90_000),\(1 + i % 5),\(1 + (i / 2) % 3),\(["North", "South", ""][i % 3])\n"
            }
            self.cabins = try FixtureUpload([("cabins.csv", cabins)], valueIndex: true)
            var pupils = "gender,age,height_cm\n"
            for i in 0..<30 { pupils += "\(["F", "M"][i % 2]),\(Double(16 + (i * 7) % 9) + (i == 5 ? 0.5 : 0)),\(150 + (i * 11) % 40)\n" }
            self.pupils = try FixtureUpload([("pupils.csv", pupils)], valueIndex: true)
            var laps = "run,laptime,heartrate\n"
            for i in 1...24 { laps += "\(i),\(60 + (i * 7) % 25),\(120 + (i * 13) % 50)\n" }
            self.laps = try FixtureUpload([("laps.csv", laps)], valueIndex: true)
            var hives = "hive_id,site\n"
            for i in 1...10 { hives += "\(i),\(i % 2 == 1 ? "Meadow" : "Orchard")\n" }
            var inspections = "hive_id,inspected_on,honey_kg\n"
            for i in 1...10 {
                for (n, day) in ["1990-06-01", "1990-07-15", "1990-09-20"].enumerated() { inspections += "\(i),\(day),\(2 + (i * 7 + n * 5) % 13)\n" }
            }
            self.hives = try FixtureUpload([("hives.csv", hives), ("inspections.csv", inspections)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    @Test func aSecondFigureAskedOfTheSuperlativeRowIsThatRowsValue() throws {
        let f = try fixture
        #expect(
            try f.cabins.check(
                "How many beds does the most expensive cabin have, and what did it sell for?",
                "SELECT beds, price_usd FROM cabins ORDER BY price_usd DESC LIMIT 1") == nil)
        #expect(
            try f.cabins.check(
                "How many baths does the cheapest cabin have, and what was its price?",
                "SELECT baths, price_usd FROM cabins ORDER BY price_usd LIMIT 1") == nil)
    }

    @Test func aColumnAskedAfterTheSuperlativeRowIsThatRowsNotAGrouping() throws {
        let f = try fixture
        #expect(
            try f.pupils.check("How old is the oldest pupil, and of which gender?", "SELECT gender, age FROM pupils ORDER BY age DESC LIMIT 1") == nil
        )
    }

    @Test func theRangeOfTheValuesOfAColumnBesideARunNumber() throws {
        let f = try fixture
        #expect(try f.laps.check("What is the range of the heartrate values?", "SELECT MAX(heartrate) - MIN(heartrate) FROM laps") == nil)
    }

    @Test func aDayWrittenBeforeItsMonth() throws {
        let f = try fixture
        #expect(
            try f.hives.check(
                "What was the total honey on 15 July 1990?", "SELECT SUM(honey_kg) FROM inspections WHERE inspected_on = '1990-07-15'") == nil)
        #expect(
            try f.hives.check(
                "How many inspections were made after 1 July 1990?", "SELECT COUNT(*) FROM inspections WHERE inspected_on > '1990-07-01'") == nil)
    }

    @Test func aChartByGroupHasNoBarForRowsWithoutTheGroup() throws {
        let f = try fixture
        #expect(
            try f.cabins.check(
                "Bar chart of the number of cabins in each region.",
                "SELECT region, COUNT(*) FROM cabins WHERE region IS NOT NULL GROUP BY region") == nil)
    }

    @Test func aChartOfOneFigureForTwoNamedValuesHasABarForEach() throws {
        let f = try fixture
        #expect(
            try f.hives.check(
                "Bar chart of the average honey for meadow and orchard hives.",
                "SELECT h.site, AVG(i.honey_kg) FROM inspections i JOIN hives h ON h.hive_id = i.hive_id GROUP BY h.site"
            ) == nil)
    }

    /// "Which number of beds …" asks which value of the whole-number column; "what number of"
    /// would count.
    @Test func whichNumberOfAColumnIsItsValue() throws {
        let f = try fixture
        #expect(
            try f.cabins.check(
                "Which number of beds has the highest average price?",
                "SELECT beds, AVG(price_usd) AS a FROM cabins GROUP BY beds ORDER BY a DESC LIMIT 1") == nil)
    }

    /// "On average" ranks groups by the average of what the verb measures, never its total,
    /// and is refused when nothing names what to average; a comparative with no "than" in
    /// "which <column> …" compares its groups.
    @Test func groupsRankedOnAverageAndByAComparative() throws {
        var staff = "staff_id,grade,pay\n"
        for i in 0..<30 { staff += "\(i),\(i % 3 == 0 ? "Senior" : "Junior"),\(i % 3 == 0 ? 90_000 + i * 100 : 50_000 + i * 100)\n" }
        let f = try FixtureUpload([("staff.csv", staff)], valueIndex: true)
        let best = "SELECT grade, AVG(pay) AS a FROM staff GROUP BY grade ORDER BY a DESC LIMIT 1"
        #expect(try f.check("Which grade pays the most on average?", best) == nil)
        #expect(try f.check("Which grade pays more on average?", best) == nil)
        #expect(try f.check("Which grade has more staff?", "SELECT grade, COUNT(*) AS n FROM staff GROUP BY grade ORDER BY n DESC LIMIT 1") == nil)
        var rota = "shift_id,grade,hours\n"
        for i in 0..<30 { rota += "\(i),\(i % 3 == 0 ? "Senior" : "Junior"),\(4 + i % 5)\n" }
        let unnamed = try FixtureUpload([("rota.csv", rota)], valueIndex: true)
        #expect(throws: TranslationError.self) { try unnamed.translator.translate("Which grade pays the most on average?") }
    }

    @Test func aFigureTheSuperlativeRowCannotGiveIsRefusedNotDropped() throws {
        let f = try fixture
        // "the range of prices" of the one cheapest cabin means nothing; it must not vanish.
        #expect(throws: TranslationError.self) {
            try f.cabins.translator.translate("What is the price range and the name of the cheapest cabin?").sql
        }
    }
}
