import Foundation
import Testing

@testable import PlexeLanguage

/// "How much did X rise / fall from P1 to P2": the value of one period minus that of the
/// other, where the measure is named by its table's name, the periods are quarters of a
/// column named "quarter", years of the rows above the measured ones, or values of a
/// whole-number column that counts steps ("lap 1"); and the spread of a measure named by its
/// table's name. Invented uploads.
@Suite(.serialized) struct ChangeBetweenPeriodsTests {
    /// One smog level per quarter.
    static let smog: Result<FixtureUpload, Error> = Result {
        var rows = "quarter_start,level_ppb\n"
        for (n, year) in [2001, 2002].enumerated() {
            for q in 0..<4 { rows += "\(year)-\(q < 3 ? "0" : "")\(3 * q + 1)-01,\(40 + (n * 4 + q) * 7 % 23)\n" }
        }
        return try FixtureUpload([("smog_readings.csv", rows)], valueIndex: true)
    }

    /// Litters by year, and the birth weight of each of their piglets.
    static let litters: Result<FixtureUpload, Error> = Result {
        var litters = "litter_id,year\n"
        var piglets = "piglet_id,litter_id,birth_weight_g\n"
        for l in 1...6 {
            litters += "\(l),\(2010 + l % 3)\n"
            for p in 1...(2 + l % 3) { piglets += "\(l * 10 + p),\(l),\(1100 + (l * 37 + p * 53) % 400)\n" }
        }
        return try FixtureUpload([("litters.csv", litters), ("piglets.csv", piglets)], valueIndex: true)
    }

    /// Each swimmer's time on each lap.
    static let swims: Result<FixtureUpload, Error> = Result {
        var rows = "swimmer_id,lap,swim_time_s\n"
        for s in 1...5 {
            for lap in 1...4 { rows += "\(100 + s),\(lap),\(30 + (s * 3 + lap * 5) % 11).5\n" }
        }
        return try FixtureUpload([("swim_times.csv", rows)], valueIndex: true)
    }

    /// Cyclists hurt per month.
    static let incidents: Result<FixtureUpload, Error> = Result {
        var rows = "incident_month,cyclists_hurt\n"
        for year in 2001...2002 {
            for m in 1...12 { rows += "\(year)-\(m < 10 ? "0" : "")\(m)-01,\(20 + (year * 7 + m * 11) % 17)\n" }
        }
        var flocks = "round_year,flock_thousands\n"
        for (n, year) in [1990, 1995, 2000].enumerated() { flocks += "\(year),\(12 + n * 3).5\n" }
        return try FixtureUpload([("road_incidents.csv", rows), ("sheep_census.csv", flocks)], valueIndex: true)
    }

    /// "the annual number of X" between two years: each year's total; words that all name one
    /// column ("how many thousand … the flock" of `flock_thousands`) are one measure.
    @Test func yearlyTotalsAndUnitWordsOfOneColumn() throws {
        let f = try ChangeBetweenPeriodsTests.incidents.get()
        #expect(
            try f.check(
                "How much did the annual number of cyclists hurt change between 2001 and 2002?",
                "SELECT (SELECT SUM(cyclists_hurt) FROM road_incidents WHERE incident_month LIKE '2002%') - (SELECT SUM(cyclists_hurt) FROM road_incidents WHERE incident_month LIKE '2001%')"
            ) == nil)
        #expect(
            try f.check(
                "By how many thousand did the flock grow from 1990 to 2000?",
                "SELECT (SELECT flock_thousands FROM sheep_census WHERE round_year = 2000) - (SELECT flock_thousands FROM sheep_census WHERE round_year = 1990)"
            ) == nil)
    }

    /// "slow down" where the data holds one time taken: that time rising; the column named
    /// with a number picks the rows.
    @Test func slowingDownIsTheTimeTakenRising() throws {
        let f = try ChangeBetweenPeriodsTests.swims.get()
        #expect(
            try f.check(
                "How much did swimmer 103 slow down between lap 1 and lap 4?",
                "SELECT (SELECT swim_time_s FROM swim_times WHERE swimmer_id = 103 AND lap = 4) - (SELECT swim_time_s FROM swim_times WHERE swimmer_id = 103 AND lap = 1)"
            ) == nil)
    }

    /// "the mean swim time" of `swim_times`: the numeric column the table's name names with
    /// its unit, where the table has other numeric columns.
    @Test func anAverageOfTheColumnATablesNameNames() throws {
        let f = try ChangeBetweenPeriodsTests.swims.get()
        #expect(try f.check("What was the mean swim time?", "SELECT AVG(swim_time_s) FROM swim_times") == nil)
        #expect(try f.check("Plot the average swim time by lap", "SELECT lap, AVG(swim_time_s) FROM swim_times GROUP BY lap") == nil)
    }

    /// "each quarter of the year, across all years": the quarter's number, where "quarter"
    /// also names the date column.
    @Test func quartersOfTheYearAcrossYears() throws {
        let f = try ChangeBetweenPeriodsTests.smog.get()
        #expect(
            try f.check(
                "What is the average smog for each quarter of the year, across all years?",
                "SELECT (CAST(strftime('%m', quarter_start) AS INTEGER) + 2) / 3 AS q, AVG(level_ppb) FROM smog_readings GROUP BY q") == nil)
    }

    /// "for 2001 and 2002": two years in a row are one span; two years apart are not read as one.
    @Test func twoYearsInARowAreOneSpan() throws {
        let f = try ChangeBetweenPeriodsTests.incidents.get()
        #expect(
            try f.check(
                "What is the total number of cyclists hurt for 2001 and 2002?",
                "SELECT SUM(cyclists_hurt) FROM road_incidents WHERE incident_month >= '2001-01-01' AND incident_month < '2003-01-01'") == nil)
        #expect(throws: TranslationError.self) { try f.translator.translate("What is the total number of cyclists hurt for 2001 and 2003?") }
    }

    /// A count kept by month between two years: each year's figure is its total, whether or
    /// not "yearly" says so; "the average …" asks for the mean of its months instead.
    @Test func aMonthlyCountBetweenTwoYearsComparesTheirTotals() throws {
        var rows = "Month,Parcels\n"
        for year in 2001...2002 {
            for m in 1...12 { rows += "\(year)-\(m < 10 ? "0" : "")\(m)-01,\(200 + (year * 5 + m * 17) % 60)\n" }
        }
        let f = try FixtureUpload([("parcel_post.csv", rows)], valueIndex: true)
        let year = { (f: String, y: Int) in "SELECT \(f)(Parcels) FROM parcel_post WHERE strftime('%Y', Month) = '\(y)'" }
        #expect(
            try f.check("How much did yearly parcels drop between 2001 and 2002?", "SELECT (\(year("SUM", 2001))) - (\(year("SUM", 2002)))") == nil)
        #expect(try f.check("By how much did parcels rise from 2001 to 2002?", "SELECT (\(year("SUM", 2002))) - (\(year("SUM", 2001)))") == nil)
        #expect(
            try f.check("By how much did the average parcels rise from 2001 to 2002?", "SELECT (\(year("AVG", 2002))) - (\(year("AVG", 2001)))")
                == nil)
    }

    /// A table named for its one measure, and quarters read where "quarter" names the date column.
    @Test func aTablesMeasureFallingBetweenTwoQuarters() throws {
        let f = try ChangeBetweenPeriodsTests.smog.get()
        #expect(
            try f.check(
                "How much did smog fall from the first quarter of 2001 to the last quarter of 2002?",
                "SELECT (SELECT level_ppb FROM smog_readings WHERE quarter_start = '2001-01-01') - (SELECT level_ppb FROM smog_readings WHERE quarter_start = '2002-10-01')"
            ) == nil)
    }

    /// The spread of a table's measure named by the table's name.
    @Test func theSpreadOfATablesMeasure() throws {
        let f = try ChangeBetweenPeriodsTests.swims.get()
        #expect(
            try f.check(
                "What is the difference between the highest and lowest swim time?",
                "SELECT MAX(swim_time_s) - MIN(swim_time_s) FROM swim_times") == nil)
    }

    /// The year is that of the rows above the measured ones; "per piglet" is the average itself.
    @Test func aChangeBetweenYearsOfTheParentRows() throws {
        let f = try ChangeBetweenPeriodsTests.litters.get()
        let joined = "FROM piglets p JOIN litters l ON l.litter_id = p.litter_id"
        #expect(
            try f.check(
                "How much did the average birth weight per piglet grow from 2010 to 2012?",
                "SELECT (SELECT AVG(p.birth_weight_g) \(joined) WHERE l.year = 2012) - (SELECT AVG(p.birth_weight_g) \(joined) WHERE l.year = 2010)"
            ) == nil)
    }

    /// "from lap 1 to lap 4": values of a whole-number column, not measures; "swim time" is the
    /// table's name and the one numeric column named by all its words.
    @Test func aChangeBetweenStepsOfACountingColumn() throws {
        let f = try ChangeBetweenPeriodsTests.swims.get()
        #expect(
            try f.check(
                "How much did the mean swim time rise from lap 1 to lap 4?",
                "SELECT (SELECT AVG(swim_time_s) FROM swim_times WHERE lap = 4) - (SELECT AVG(swim_time_s) FROM swim_times WHERE lap = 1)"
            ) == nil)
        #expect(
            try f.check(
                "How much did the average swim time drop between lap 2 and lap 3?",
                "SELECT (SELECT AVG(swim_time_s) FROM swim_times WHERE lap = 2) - (SELECT AVG(swim_time_s) FROM swim_times WHERE lap = 3)"
            ) == nil)
    }
}
