import Foundation
import Testing

@testable import PlexeLanguage

/// Quarters written year first ("2002 Q3") and as each side of a ratio ("the X in Q4 2003 to
/// the X in Q1 2001"); "change" as the verb of a change between two periods even where
/// WordNet files the measured noun under "change" (an injury is a change for the worse), for
/// consecutive years too. Invented uploads: a quarterly smog series, monthly road injuries.
@Suite struct QuarterAndChangeWordingsTests {
    static let smog: Result<FixtureUpload, Error> = Result {
        var csv = "quarter_start,level_ppb\n"
        for (n, year) in [2001, 2002, 2003].enumerated() {
            for q in 0..<4 { csv += "\(year)-\(q < 3 ? "0" : "")\(3 * q + 1)-01,\(40 + (n * 4 + q) * 7 % 23)\n" }
        }
        return try FixtureUpload([("smog_readings.csv", csv)], valueIndex: true)
    }

    static let injuries: Result<FixtureUpload, Error> = Result {
        var csv = "Month,Road cyclist injuries\n"
        for year in 2001...2003 {
            for m in 1...12 { csv += "\(year)-\(m < 10 ? "0" : "")\(m)-01,\(100 + (year * 7 + m * 13) % 37)\n" }
        }
        return try FixtureUpload([("cyclist_injuries.csv", csv)], valueIndex: true)
    }

    @Test func aQuarterWrittenYearFirst() throws {
        let f = try Self.smog.get()
        #expect(try f.check("What was the level in 2002 Q3?", "SELECT level_ppb FROM smog_readings WHERE quarter_start = '2002-07-01'") == nil)
    }

    @Test func eachSideOfARatioInItsOwnQuarter() throws {
        let f = try Self.smog.get()
        #expect(
            try f.check(
                "What is the ratio of the level in Q4 2003 to the level in Q1 2001?",
                "SELECT (SELECT level_ppb FROM smog_readings WHERE quarter_start = '2003-10-01') * 1.0 / (SELECT level_ppb FROM smog_readings WHERE quarter_start = '2001-01-01')"
            ) == nil)
    }

    @Test func changeBetweenConsecutiveYearsIsTheirDifference() throws {
        let f = try Self.injuries.get()
        let difference =
            "SELECT (SELECT SUM(\"Road cyclist injuries\") FROM cyclist_injuries WHERE Month LIKE '2002%') - (SELECT SUM(\"Road cyclist injuries\") FROM cyclist_injuries WHERE Month LIKE '2001%')"
        #expect(try f.check("How much did total injuries change between 2001 and 2002?", difference) == nil)
        #expect(try f.check("How did injuries change from 2001 to 2002?", difference) == nil)
    }

    /// "the first quarter of 2002", "the last quarter of 2003": a period of the calendar, not
    /// the earliest or latest rows ("the last week with …"); read as those, "last" ranked the
    /// dates and "quarter" was dropped, or "first" became a minimum.
    @Test func theFirstAndLastQuarterOfAYearArePeriods() throws {
        var csv = "month,store,units_sold\n"
        for year in 2002...2003 {
            for m in 1...12 {
                for (k, store) in ["Downtown", "Airport"].enumerated() {
                    csv += "\(year)-\(m < 10 ? "0" : "")\(m)-01,\(store),\(100 + (m * 7 + k * 13 + year) % 50)\n"
                }
            }
        }
        let f = try FixtureUpload([("store_units.csv", csv)], valueIndex: true)
        #expect(
            try f.check(
                "Which store sold the most units in the last quarter of 2003?",
                "SELECT store, SUM(units_sold) AS s FROM store_units WHERE month >= '2003-10-01' AND month < '2004-01-01' GROUP BY store ORDER BY s DESC LIMIT 1"
            ) == nil)
        let first = try? f.translator.translate("How many units did the Airport sell in the first quarter of 2002?")
        #expect(first == nil || (first!.sql.contains("2002-01-01") && first!.sql.contains("2002-04-01") && !first!.sql.contains("MIN(")))
    }

    /// A file named after changes (`staff_changes`): its rows are "changes", but the singular
    /// verb or noun of a change between two periods is still the difference.
    @Test func changeOfATableNamedAfterChanges() throws {
        var csv = "year,hired,payroll_usd\n"
        for i in 0..<10 { csv += "\(2010 + i),\(20 + (i * 7) % 11),\(100000 + i * 5000 + (i * 37) % 900)\n" }
        let f = try FixtureUpload([("staff_changes.csv", csv)], valueIndex: true)
        let difference =
            "SELECT (SELECT payroll_usd FROM staff_changes WHERE year = 2015) - (SELECT payroll_usd FROM staff_changes WHERE year = 2014)"
        #expect(try f.check("How much did payroll change between 2014 and 2015?", difference) == nil)
        #expect(try f.check("What was the change in payroll between 2014 and 2015?", difference) == nil)
    }
}
