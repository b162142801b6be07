import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "The most years" of a table with a year-number column counts the years: it ranked the
/// highest year number, so "which country had the most years of inflation above 2" named the
/// country with the latest such year. "The latest year" still ranks the number. Invented upload.
@Suite(.serialized) struct TheMostYearsTests {
    static let economies: Result<FixtureUpload, Error> = Result {
        var csv = "country,year,gdp,inflation\n"
        let rows: [(String, Int, Int, Double)] = [
            ("Norway", 2000, 100, 2.1), ("Norway", 2001, 110, 2.5), ("Norway", 2002, 115, 1.5),
            ("Sweden", 2000, 200, 1.2), ("Sweden", 2001, 210, 1.8), ("Sweden", 2002, 220, 2.6),
            ("Chile", 2000, 50, 3.9), ("Chile", 2001, 55, 4.1), ("Chile", 2002, 60, 3.5),
        ]
        for row in rows { csv += "\(row.0),\(row.1),\(row.2),\(row.3)\n" }
        return try FixtureUpload([("economies.csv", csv)], valueIndex: true)
    }

    @Test func theMostYearsCountsThem() throws {
        let u = try Self.economies.get()
        #expect(
            try u.check(
                "Which country had the most years with inflation above 2?",
                "SELECT country, COUNT(DISTINCT year) AS n FROM economies WHERE inflation > 2 GROUP BY country ORDER BY n DESC LIMIT 1")
                == nil)
        #expect(
            try u.check(
                "Which country had the fewest years with gdp over 100?",
                "SELECT country, COUNT(DISTINCT year) AS n FROM economies WHERE gdp > 100 GROUP BY country ORDER BY n ASC LIMIT 1")
                == nil)
    }
}
