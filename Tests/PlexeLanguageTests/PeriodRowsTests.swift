import Foundation
import Testing

@testable import PlexeLanguage

/// Tables whose rows are months and that spell each month by name beside its date: the word
/// "month" is the period a row is (its date), never the column of names, whose minimum is
/// alphabetical and whose distinct values are at most twelve. Invented upload: monthly ferry
/// crossings with full month names.
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
}
