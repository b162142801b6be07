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
}
