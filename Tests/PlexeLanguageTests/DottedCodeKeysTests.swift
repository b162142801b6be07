import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A parent's key written as a dotted abbreviation ("U.S.A.", "U.K.") beside a naming column
/// is a code like "AGR": groups of it show the code with the name, since a question names
/// the group by either. Invented upload: countries and their yearly exports.
@Suite struct DottedCodeKeysTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        let countries = "country,name,region\nU.S.A.,United States,Americas\nU.K.,United Kingdom,Europe\nFRANCE,France,Europe\nJAPAN,Japan,Asia\n"
        var exports = "country,year,tons\n"
        for (k, code) in ["U.S.A.", "U.K.", "FRANCE", "JAPAN"].enumerated() {
            for year in 2000...2003 { exports += "\(code),\(year),\(100 + k * 37 + (year - 2000) * (k % 2 == 0 ? 11 : -9))\n" }
        }
        return try FixtureUpload([("countries.csv", countries), ("exports.csv", exports)], valueIndex: true)
    }

    @Test func groupsShowTheDottedCode() throws {
        let u = try Self.upload.get()
        #expect(
            try u.check(
                "Which country had the highest tons in 2003?",
                "SELECT country FROM exports WHERE year = 2003 ORDER BY tons DESC LIMIT 1") == nil)
        #expect(
            try u.check(
                "What were the average tons for each country?",
                "SELECT country, AVG(tons) FROM exports GROUP BY country") == nil)
    }
}
