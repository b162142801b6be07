import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A count of rows bounded past the rows the whole table has cannot be what the number
/// measures: refused, not answered with no rows. Invented upload: 12 wards in 3 boroughs.
@Suite struct RowCountBeyondTheTableTests {
    static let wards: Result<FixtureUpload, Error> = Result {
        var csv = "ward,borough,households\n"
        for i in 0..<12 { csv += "Ward \(i + 1),\(["Ashby", "Brill", "Corley"][i % 3]),\(1200 + i * 97)\n" }
        return try FixtureUpload([("wards.csv", csv)], valueIndex: true)
    }

    @Test func aCountPastTheTablesRowsIsRefused() throws {
        let u = try Self.wards.get()
        #expect(try u.check("Which boroughs have more than 3 wards?", "SELECT borough FROM wards GROUP BY borough HAVING COUNT(*) > 3") == nil)
        #expect(throws: TranslationError.self) { try u.translator.translate("Which boroughs have more than 5,000 wards?") }
    }
}

/// "Across all ward-years": a hyphenated compound after "across all" is one noun, the whole
/// table, so no grouping by its last word. Invented upload: wards and their yearly turnout.
@Suite struct WholeScopeCompoundTests {
    @Test func aHyphenatedCompoundIsTheWholeScope() throws {
        var wards = "ward,borough\n"
        var years = "ward,year,turnout\n"
        for w in 1...8 {
            wards += "\(w),\(["Ashby", "Brill"][w % 2])\n"
            for y in 2001...2005 { years += "\(w),\(y),\(40 + (w * 7 + y * 3) % 30)\n" }
        }
        let u = try FixtureUpload([("wards.csv", wards), ("polls.csv", years)], valueIndex: true)
        #expect(try u.check("Average turnout across all ward-years?", "SELECT AVG(turnout) FROM polls") == nil)
    }
}
