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
}
