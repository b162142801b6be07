import Foundation
import Testing

@testable import PlexeLanguage

/// Tables whose rows are months and that spell each month by name beside its date: the word
/// "month" is the period a row is (its date), never the column of names, whose minimum is
/// alphabetical and whose distinct values are at most twelve. A column of such a table named
/// only as a count (`n`) holds how many of the things the table is named after there were in
/// the month: "how many rentals in 2011" adds it up. Invented uploads: monthly ferry
/// crossings with full month names, monthly bike rentals with a count `n`.
@Suite struct PeriodRowsTests {
    static let names = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    static let ferry: Result<FixtureUpload, Error> = Result {
        var csv = "date,yr,month,passengers\n"
        for y in 1961...1966 {
            for m in 1...12 {
                csv += "\(y)-\(m < 10 ? "0" : "")\(m)-01,\(y),\(names[m - 1]),\(1000 + (y * 37 + m * 101) % 900)\n"
            }
        }
        return try FixtureUpload([("ferry_crossings.csv", csv)], valueIndex: true)
    }

    static let rentals: Result<FixtureUpload, Error> = Result {
        var csv = "date,month,n\n"
        for y in 2010...2013 {
            for m in 1...12 {
                csv += "\(y)-\(m < 10 ? "0" : "")\(m)-01,\(names[m - 1].prefix(3)),\(200 + (y * 53 + m * 29) % 300)\n"
            }
        }
        return try FixtureUpload([("monthly_bike_rentals.csv", csv)], valueIndex: true)
    }

    @Test func theTableNounOfACountColumnIsItsSum() throws {
        let f = try Self.rentals.get()
        #expect(
            try f.check(
                "How many rentals were there in 2011?",
                "SELECT SUM(n) FROM monthly_bike_rentals WHERE date >= '2011-01-01' AND date < '2012-01-01'") == nil)
        #expect(
            try f.check(
                "According to the records, how many rentals were made altogether in 2012?",
                "SELECT SUM(n) FROM monthly_bike_rentals WHERE date >= '2012-01-01' AND date < '2013-01-01'") == nil)
        // Rows named as rows, and months, stay rows.
        #expect(
            try f.check(
                "How many records are there for 2012?",
                "SELECT COUNT(*) FROM monthly_bike_rentals WHERE date >= '2012-01-01' AND date < '2013-01-01'") == nil)
        #expect(try f.check("How many months had more than 450 rentals?", "SELECT COUNT(*) FROM monthly_bike_rentals WHERE n > 450") == nil)
    }

    @Test func firstAndLastMonthAreDates() throws {
        let f = try Self.ferry.get()
        #expect(
            try f.check(
                "What is the first month with more than 1850 passengers?",
                "SELECT MIN(date) FROM ferry_crossings WHERE passengers > 1850") == nil)
        #expect(
            try f.check(
                "When was the last month with fewer than 1100 passengers?",
                "SELECT MAX(date) FROM ferry_crossings WHERE passengers < 1100") == nil)
        #expect(try f.check("What is the first month the data covers?", "SELECT MIN(date) FROM ferry_crossings") == nil)
    }

    @Test func monthsOfRecordsAreRows() throws {
        let f = try Self.ferry.get()
        #expect(try f.check("How many months of records are there?", "SELECT COUNT(*) FROM ferry_crossings") == nil)
    }

    @Test func eachMonthAcrossAllYearsIsTheMonthNumber() throws {
        let f = try Self.ferry.get()
        #expect(
            try f.check(
                "What is the average passengers for each month, across all years?",
                "SELECT strftime('%m', date) AS m, AVG(passengers) FROM ferry_crossings GROUP BY m") == nil)
    }

    @Test func eachCalendarMonthIsTheMonthNumber() throws {
        let f = try Self.ferry.get()
        #expect(
            try f.check(
                "What is the average passengers for each calendar month?",
                "SELECT strftime('%m', date) AS m, AVG(passengers) FROM ferry_crossings GROUP BY m") == nil)
    }

    @Test func allMonthsOfAYearAreItsRows() throws {
        let f = try Self.rentals.get()
        #expect(
            try f.check(
                "List all months of 2012 with an n above 400.",
                "SELECT date, n FROM monthly_bike_rentals WHERE date >= '2012-01-01' AND date < '2013-01-01' AND n > 400") == nil)
    }

    @Test func thePeriodWithTheMostOfTheTableNounRanksByTheCount() throws {
        let f = try Self.rentals.get()
        #expect(
            try f.check(
                "In which month were rentals highest?",
                "SELECT date, n FROM monthly_bike_rentals ORDER BY n DESC LIMIT 1") == nil)
    }

    @Test func aMonthWithIsARowMeetingTheCondition() throws {
        let f = try Self.ferry.get()
        #expect(
            try f.check(
                "In how many years was there a month with more than 1850 passengers?",
                "SELECT COUNT(DISTINCT yr) FROM ferry_crossings WHERE passengers > 1850") == nil)
    }

    /// Month names with no monthly date beside them: their minimum is alphabetical ("April"),
    /// so "the first month" is refused rather than answered with it.
    @Test func monthNamesWithoutADateAreNoOrder() throws {
        var csv = "month,rain_mm\n"
        for (m, name) in Self.names.enumerated() { csv += "\(name),\(20 + (m * 37) % 90)\n" }
        let f = try FixtureUpload([("garden_rain.csv", csv)], valueIndex: true)
        for question in ["What is the first month?", "Which is the last month in the table?"] {
            #expect(throws: TranslationError.self, "\(question)") { try f.translator.translate(question) }
        }
        #expect(try f.check("Which month had the most rain?", "SELECT month, rain_mm FROM garden_rain ORDER BY rain_mm DESC LIMIT 1") == nil)
    }
}
