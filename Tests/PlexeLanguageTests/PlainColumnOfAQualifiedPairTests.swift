import Foundation
import Testing

@testable import PlexeLanguage

/// A qualifier the schema does not spell ("reported", "actual") before a column that has a
/// qualified sibling (`sales` beside `projected_sales`) names the plain column. Invented
/// uploads: branch sales with projections beside them, and the same sales without (the word
/// stays unplaced).
@Suite struct PlainColumnOfAQualifiedPairTests {
    static let branches: Result<FixtureUpload, Error> = Result {
        let names = ["Northgate", "Riverside", "Hilltop", "Lakeview", "Old Town", "Eastfield"]
        var csv = "branch,sales,projected_sales\n"
        for (i, name) in names.enumerated() { csv += "\(name),\(120 + (i * 37) % 90),\(140 + (i * 23) % 70)\n" }
        return try FixtureUpload([("branches.csv", csv)], valueIndex: true)
    }

    static let plainOnly: Result<FixtureUpload, Error> = Result {
        let names = ["Northgate", "Riverside", "Hilltop", "Lakeview", "Old Town", "Eastfield"]
        var csv = "branch,sales\n"
        for (i, name) in names.enumerated() { csv += "\(name),\(120 + (i * 37) % 90)\n" }
        return try FixtureUpload([("branches.csv", csv)], valueIndex: true)
    }

    @Test func aQualifierSetAgainstTheSiblingNamesThePlainColumn() throws {
        let upload = try Self.branches.get()
        #expect(try upload.check("What were the total reported sales?", "SELECT SUM(sales) FROM branches") == nil)
        #expect(
            try upload.check("Which branch had the highest actual sales?", "SELECT branch, sales FROM branches ORDER BY sales DESC LIMIT 1") == nil)
        #expect(try upload.check("What were the total projected sales?", "SELECT SUM(projected_sales) FROM branches") == nil)
    }

    /// A word that itself marks a figure as reckoned ("estimated", "expected") never names the
    /// plain column, whatever word or abbreviation the sibling's name uses for it.
    @Test func aReckoningWordNeverNamesThePlainColumn() throws {
        let upload = try Self.branches.get()
        #expect(throws: (any Error).self) { try upload.translator.translate("What were the total estimated sales?") }
        #expect(throws: (any Error).self) { try upload.translator.translate("What were the expected sales of Hilltop?") }
        var csv = "branch,REV,ESTREV\n"
        for i in 0..<6 { csv += "B\(i),\(50 + i * 7),\(55 + (i * 5) % 9)\n" }
        let abbreviated = try FixtureUpload([("branch_figures.csv", csv)], valueIndex: true)
        #expect(try abbreviated.check("What was the total reported revenue?", "SELECT SUM(REV) FROM branch_figures") == nil)
        #expect(throws: (any Error).self) { try abbreviated.translator.translate("What was the expected revenue of B4?") }
    }

    @Test func withoutASiblingTheQualifierStaysUnplaced() throws {
        let upload = try Self.plainOnly.get()
        #expect(throws: (any Error).self) { try upload.translator.translate("What were the total reported sales?") }
    }
}
