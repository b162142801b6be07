import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// An act noun counted before "each <column>" is no unit of that column: "how many visits each
/// year" took "visits" for the year column's unit and counted the distinct years (one number
/// where a count per year was asked), and "how many operations each age" added up the ages.
/// Now the noun is left to the other readings — here unplaced, so refused. Invented upload.
@Suite(.serialized) struct UnitNounsAndGroupsTests {
    @Test func anActNounIsNoUnitOfAYearOrAGroupingColumn() throws {
        let u = try FixtureUpload(
            [("admissions.csv", "patient_id,ward,year,age\n1,A,1965,40\n2,B,1966,52\n3,A,1965,61\n4,B,1967,40\n")], valueIndex: true)
        for question in ["How many visits each year?", "How many operations were done each year?", "How many operations each age?"] {
            #expect(throws: TranslationError.self, "\(question)") { try u.translator.translate(question) }
        }
        // The rows counted per year stay answered.
        #expect(try u.check("How many patients were there each year?", "SELECT year, COUNT(*) FROM admissions GROUP BY year") == nil)
    }

    /// "How many days had more than 40 accidents?" of `counts(year, day, tally)`: the act noun
    /// was taken for the unit of `day`, the one numeric column near it, and the question read as
    /// `day > 40`. A column a word for a time names (a day, week, hour) numbers periods or
    /// measures durations; it counts no acts, so the noun stays unplaced and the question is
    /// refused. The day column itself stays comparable.
    @Test func anActNounIsNoUnitOfAColumnNamedForATime() throws {
        let u = try FixtureUpload(
            [("counts.csv", "year,day,tally\n1961,1,12\n1961,2,45\n1961,41,50\n1962,1,9\n1962,41,44\n1962,42,38\n")], valueIndex: true)
        for question in ["How many days had more than 40 accidents?", "Which days had accidents above 40?", "How many weeks had over 40 crashes?"] {
            #expect(throws: TranslationError.self, "\(question)") { try u.translator.translate(question) }
        }
        #expect(try u.check("How many rows have a day above 40?", "SELECT COUNT(*) FROM counts WHERE day > 40") == nil)
    }

    /// "How many collisions happened in 1971?" of `roadlog(year, week, signed, y)`: no column
    /// is named, and the one count whose name says nothing of what it counts (`y`) is what the
    /// act noun counts. Not in a table of counts by category (`Freq`), where the noun may name
    /// a category, nor where two such counts compete.
    @Test func anActNounCountsTheOneAnonymousCount() throws {
        let u = try FixtureUpload(
            [("roadlog.csv", "year,week,signed,y\n1971,1,yes,12\n1971,2,no,45\n1972,1,yes,9\n1972,2,no,50\n")], valueIndex: true)
        #expect(try u.check("How many collisions happened in 1971?", "SELECT SUM(y) FROM roadlog WHERE year = 1971") == nil)
        #expect(try u.check("How many weeks had more than 40 collisions?", "SELECT COUNT(*) FROM roadlog WHERE y > 40") == nil)
        // It counts things: a year's figure, between two years, is the year's total.
        #expect(
            try u.check(
                "How much did collisions rise from 1971 to 1972?",
                "SELECT (SELECT SUM(y) FROM roadlog WHERE year = 1972) - (SELECT SUM(y) FROM roadlog WHERE year = 1971)") == nil)
        let tallies = try FixtureUpload(
            [("admits.csv", "dept,outcome,Freq\nA,Admitted,500\nA,Rejected,300\nB,Admitted,200\nB,Rejected,100\n")], valueIndex: true)
        #expect(throws: TranslationError.self) { try tallies.translator.translate("How many rejections were there in dept A?") }
        let two = try FixtureUpload(
            [("plots.csv", "plot,y,count\n1,3,7\n2,5,9\n")], valueIndex: true)
        #expect(throws: TranslationError.self) { try two.translator.translate("How many collisions were there?") }
    }
}
