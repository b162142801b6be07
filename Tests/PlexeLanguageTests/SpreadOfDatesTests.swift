import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "The range of dates" of a date column was `MAX(start_date) - MIN(start_date)`: SQLite
/// subtracts the leading years of the two texts ('2007-02-20' - '2005-01-10' = 2). The spread of
/// dates is the days from the first to the last. Invented upload.
@Suite(.serialized) struct SpreadOfDatesTests {
    @Test func theRangeOfDatesIsInDays() throws {
        let csv = "pollster,start_date,alp\nNewspoll,2005-01-10,38.0\nMorgan,2005-03-02,40.5\nGalaxy,2007-02-20,44.0\n"
        let u = try FixtureUpload([("polls.csv", csv)], valueIndex: true)
        #expect(
            try u.check("What is the range of dates?", "SELECT julianday(MAX(start_date)) - julianday(MIN(start_date)) FROM polls") == nil)
        #expect(try u.check("What is the range of alp?", "SELECT MAX(alp) - MIN(alp) FROM polls") == nil)
    }
}
