import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "How many harbours …" of a table named for harbours whose one-word label column is
/// `harbour` counts the rows: a repeated name is still another harbour. A table whose rows are
/// something else (visits to harbours) still counts the distinct names. Invented uploads.
@Suite struct RowsNamedByTheirColumnTests {
    static let harbours: Result<FixtureUpload, Error> = Result {
        var csv = "harbour,coast,berths\n"
        // Some names are shared by harbours on different coasts.
        let names = [
            "Saltmouth", "Greyhaven", "Saltmouth", "Kellport", "Ormouth", "Greyhaven", "Brinewick", "Ormouth", "Tidemouth", "Kellport", "Fairhaven",
            "Saltmouth",
        ]
        for (i, name) in names.enumerated() {
            csv += "\(name),\(["North", "East", "South"][i % 3]),\(10 + (i * 7) % 23)\n"
        }
        return try FixtureUpload([("coastal_harbours.csv", csv)], valueIndex: true)
    }

    @Test func theRowsAreCountedWhenTheColumnNamesWhatARowIs() throws {
        let u = try Self.harbours.get()
        #expect(
            try u.check("How many harbours have 'mouth' in their name?", "SELECT COUNT(*) FROM coastal_harbours WHERE harbour LIKE '%mouth%'") == nil)
        #expect(
            try u.check(
                "Bar chart of the number of harbours by coast", "SELECT coast, COUNT(*) FROM coastal_harbours GROUP BY coast") == nil)
    }

    @Test func rowsOfSomethingElseCountDistinctNames() throws {
        var csv = "harbour,visit_day,boats\n"
        for i in 0..<18 { csv += "\(["Saltmouth", "Greyhaven", "Kellport", "Ormouth"][i % 4]),\(1 + i % 6),\(2 + (i * 5) % 9)\n" }
        let u = try FixtureUpload([("harbour_visits.csv", csv)], valueIndex: true)
        let sql = try u.translator.translate("How many harbours are there?").sql
        #expect(sql.uppercased().contains("COUNT(DISTINCT"), "\(sql)")
    }

    @Test func theLabelColumnCountsTheRowsItNames() throws {
        // Titles repeat: a reissue keeps its title and is another book.
        var csv = "title,year,pages\n"
        let titles = ["Salt Road", "Pale Harbour", "Salt Road", "Copper Sky", "Glass Tide", "Pale Harbour", "Winter Fair", "Quiet Mill"]
        for (i, t) in titles.enumerated() { csv += "\(t),\(1985 + i * 2),\(180 + i * 31)\n" }
        let u = try FixtureUpload([("books.csv", csv)], valueIndex: true)
        #expect(try u.check("How many titles came out after 1986?", "SELECT COUNT(*) FROM books WHERE year > 1986") == nil)
    }
}
