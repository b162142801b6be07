import Foundation
import Testing

@testable import PlexeLanguage

/// Months listed together: on a table with a month-number column and no date, `month IN
/// (…)` (with the year they share), as one month alone is `month = n`; asked for "each of"
/// them ("for each of January, February and March"), one figure a month instead of one
/// pooled over them. Invented uploads: monthly rainfall by year and
/// month number, and a rain gauge read every third day.
@Suite struct MonthsListedTests {
    static let monthly: Result<FixtureUpload, Error> = Result {
        var csv = "year,month,rainfall_mm\n"
        for y in 2001...2003 {
            for m in 1...12 { csv += "\(y),\(m),\(30 + (y * 7 + m * 13) % 41)\n" }
        }
        return try FixtureUpload([("hill_rainfall.csv", csv)], valueIndex: true)
    }

    static let gauge: Result<FixtureUpload, Error> = Result {
        var csv = "reading_date,rainfall_mm\n"
        var n = 0
        for y in 2001...2002 {
            for m in 1...12 {
                for d in stride(from: 1, through: 28, by: 3) {
                    csv += "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d),\(n * 7 % 11)\n"
                    n += 1
                }
            }
        }
        return try FixtureUpload([("rain_gauge.csv", csv)], valueIndex: true)
    }

    @Test func listedMonthsOnAMonthNumberColumn() throws {
        let f = try Self.monthly.get()
        #expect(
            try f.check(
                "What was the total rainfall in January, February and March 2002?",
                "SELECT SUM(rainfall_mm) FROM hill_rainfall WHERE year = 2002 AND month <= 3") == nil)
        #expect(
            try f.check(
                "What was the total rainfall for each of January, February and March 2002?",
                "SELECT month, SUM(rainfall_mm) FROM hill_rainfall WHERE year = 2002 AND month <= 3 GROUP BY month") == nil)
    }

    @Test func eachOfTheListedMonthsIsOneFigure() throws {
        let f = try Self.gauge.get()
        #expect(
            try f.check(
                "What was the total rainfall in each of January, February and March?",
                "SELECT strftime('%m', reading_date), SUM(rainfall_mm) FROM rain_gauge WHERE strftime('%m', reading_date) <= '03' GROUP BY 1") == nil)
    }
}
