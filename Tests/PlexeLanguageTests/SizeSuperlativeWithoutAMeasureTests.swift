import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A superlative of size or grade with nothing it measures ("which country is the biggest")
/// is refused: counting each group's rows answers "which has the most rows", which only a
/// question naming the rows asks. Invented upload: a country panel, one row per year.
@Suite(.serialized) struct SizeSuperlativeWithoutAMeasureTests {
    static func panel() throws -> FixtureUpload {
        var csv = "country,year,gdp,population,inflation\n"
        for (i, country) in ["Aland", "Borduria", "Carpania"].enumerated() {
            for year in 2000...(2002 + i) { csv += "\(country),\(year),\(100 * (3 - i) + year % 7),\(4 + i),\(1 + (i + year) % 3)\n" }
        }
        return try FixtureUpload([("panel.csv", csv)], valueIndex: true)
    }

    @Test func aSizeOfNothingNamedIsRefusedButRowsNamedAreCounted() throws {
        let panel = try Self.panel()
        for question in ["Which country is the biggest?", "Which country is the largest?"] {
            #expect(throws: TranslationError.self, "\(question)") { try panel.translator.translate(question) }
        }
        // Rows named as such are still counted.
        #expect(
            try panel.check(
                "Which country has the most records?",
                "SELECT country, COUNT(*) AS n FROM panel GROUP BY country ORDER BY n DESC LIMIT 1") == nil)
    }
}
