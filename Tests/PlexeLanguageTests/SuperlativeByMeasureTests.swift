import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A superlative followed by "by" and a measure ranks by that measure ("the most popular, by
/// number of ratings" is no count of rows, and "by" no grouping); "which <yes/no column>"
/// asks for the named rows where the column says yes. Invented upload: films.
@Suite struct SuperlativeByMeasureTests {
    static let films: Result<FixtureUpload, Error> = Result {
        var csv = "title,year,ratings,length,drama,western\n"
        let titles = [
            "Pale Harbour", "The Long Ford", "Ashen Fields", "Copper Sky", "Nine Lanterns", "Salt Road", "Quiet Mill", "Red Orchard", "Glass Tide",
            "Winter Fair",
        ]
        for (i, t) in titles.enumerated() {
            csv += "\(t),\(1980 + i * 3),\((i * 37) % 50 * 100 + 40),\(80 + (i * 13) % 60),\(i % 3 == 0 ? 1 : 0),\(i % 4 == 1 ? 1 : 0)\n"
        }
        return try FixtureUpload([("films.csv", csv)], valueIndex: true)
    }

    @Test func theMeasureAfterBySetsTheRanking() throws {
        let u = try Self.films.get()
        #expect(
            try u.check("Which film is the most popular, by number of ratings?", "SELECT title FROM films ORDER BY ratings DESC LIMIT 1") == nil)
        #expect(try u.check("Which film is the biggest by length?", "SELECT title FROM films ORDER BY length DESC LIMIT 1") == nil)
    }

    @Test func whichOfAYesNoNounAsksForTheRowsThatAreIt() throws {
        let u = try Self.films.get()
        #expect(try u.check("Which drama got the most ratings?", "SELECT title FROM films WHERE drama = 1 ORDER BY ratings DESC LIMIT 1") == nil)
    }
}

/// "How many western entries are there?": a yes/no column named before a rows' noun says
/// which rows are counted, not only what each row is about.
@Suite struct YesNoNounBeforeRowsNounTests {
    @Test func theYesNoColumnFiltersTheRowsCounted() throws {
        let u = try SuperlativeByMeasureTests.films.get()
        #expect(try u.check("How many western entries are there?", "SELECT COUNT(*) FROM films WHERE western = 1") == nil)
    }
}
