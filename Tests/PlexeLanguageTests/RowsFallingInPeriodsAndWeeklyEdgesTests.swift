import Foundation
import Testing

@testable import PlexeLanguage

/// "How many observations fall in 1985" was refused ("Could not place "fall""): the verb of
/// change was left over, though with the rows counted it only places them in the period (as
/// "Christmas falls on a Monday"). And "how much did ACME grow between the first and the last
/// week" of a weekly series was refused: the linking had read "the last week" as the latest
/// date, which the change did not take as an end, nor "the first" with its noun said once.
/// Invented uploads.
@Suite(.serialized) struct RowsFallingInPeriodsAndWeeklyEdgesTests {
    /// Weekly quotes of two invented currencies, 1984 to 1986.
    static let weekly: Result<FixtureUpload, Error> = Result {
        var rows = "date,kroner,marks\n"
        var day = CalendarDate(year: 1984, month: 1, day: 6)
        for i in 0..<150 {
            rows += "\(day.iso),\(1 + Double((i * 37) % 50) / 100),\(2 + Double((i * 11) % 40) / 100)\n"
            for _ in 0..<7 { day = day.nextDay }
        }
        return try FixtureUpload([("quotes_weekly.csv", rows)], valueIndex: true)
    }

    /// Daily readings with their weekday spelled out.
    static let daily: Result<FixtureUpload, Error> = Result {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday"]
        var rows = "date,day,level\n"
        for i in 0..<40 { rows += "1990-02-\(String(format: "%02d", i % 28 + 1)),\(names[i % 5]),\(10 + i % 7)\n" }
        return try FixtureUpload([("levels_daily.csv", rows)], valueIndex: true)
    }

    @Test func observationsThatFallInAPeriodAreCountedInIt() throws {
        let f = try RowsFallingInPeriodsAndWeeklyEdgesTests.weekly.get()
        #expect(try f.check("How many observations fall in 1985?", "SELECT COUNT(*) FROM quotes_weekly WHERE strftime('%Y', date) = '1985'") == nil)
        let eighties = "SELECT COUNT(*) FROM quotes_weekly WHERE date >= '1980-01-01' AND date < '1990-01-01'"
        #expect(try f.check("How many readings fell in the 1980s?", eighties) == nil)
        let d = try RowsFallingInPeriodsAndWeeklyEdgesTests.daily.get()
        #expect(try d.check("How many observations fall on a Monday?", "SELECT COUNT(*) FROM levels_daily WHERE day = 'monday'") == nil)
    }

    /// A measure that falls is a change, not a place: still refused without two periods.
    @Test func aMeasureThatFallsIsNoCountOfRows() throws {
        let f = try RowsFallingInPeriodsAndWeeklyEdgesTests.weekly.get()
        #expect(throws: TranslationError.self) { try f.translator.translate("How much did the average kroner fall in 1985?") }
    }

    /// The first and the last week of a weekly series: its earliest and latest rows, rise as
    /// end minus start, fall as start minus end.
    @Test func aChangeBetweenTheFirstAndTheLastWeek() throws {
        let f = try RowsFallingInPeriodsAndWeeklyEdgesTests.weekly.get()
        let at = { (edge: String) in "SELECT kroner FROM quotes_weekly WHERE date = (SELECT \(edge)(date) FROM quotes_weekly)" }
        #expect(try f.check("How much did kroner grow between the first and the last week?", "SELECT (\(at("MAX"))) - (\(at("MIN")))") == nil)
        #expect(try f.check("How much did kroner fall from the first week to the last week?", "SELECT (\(at("MIN"))) - (\(at("MAX")))") == nil)
    }

    /// The first week of a daily series is seven rows, and the first week of one year is not
    /// the table's first row: both refused.
    @Test func weeksThatAreNotTheRowsAreRefused() throws {
        let d = try RowsFallingInPeriodsAndWeeklyEdgesTests.daily.get()
        #expect(throws: TranslationError.self) { try d.translator.translate("How much did the level grow between the first and the last week?") }
        let f = try RowsFallingInPeriodsAndWeeklyEdgesTests.weekly.get()
        #expect(throws: TranslationError.self) { try f.translator.translate("How much did kroner grow between the first and the last week of 1985?") }
    }
}
