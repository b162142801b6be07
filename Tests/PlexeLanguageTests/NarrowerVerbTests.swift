import Foundation
import Testing

@testable import PlexeLanguage

/// A general word for what a column's verb does ("caught", "the catch" of `foxesTrapped`):
/// WordNet files "trap" under "catch" and defines it from it. Invented uploads: a yearly fox
/// cull with rainfall beside it, and one counting foxes both trapped and snared (two kinds of
/// catching: the word stays unplaced).
@Suite struct NarrowerVerbTests {
    static let culls: Result<FixtureUpload, Error> = Result {
        var csv = "year,foxesTrapped,rainfall_mm\n"
        for i in 0..<10 { csv += "\(1990 + i),\(20 + (i * 7) % 11),\(600 + i * 13)\n" }
        return try FixtureUpload([("fox_culls.csv", csv)], valueIndex: true)
    }

    static let twoKinds: Result<FixtureUpload, Error> = Result {
        var csv = "year,foxesTrapped,foxesSnared\n"
        for i in 0..<10 { csv += "\(1990 + i),\(20 + (i * 7) % 11),\(3 + i % 4)\n" }
        return try FixtureUpload([("fox_tallies.csv", csv)], valueIndex: true)
    }

    @Test func aGeneralWordNamesTheColumnOfItsKind() throws {
        let upload = try Self.culls.get()
        #expect(try upload.check("How many foxes were caught in 1994?", "SELECT SUM(foxesTrapped) FROM fox_culls WHERE year = 1994") == nil)
        #expect(try upload.check("What was the biggest catch?", "SELECT MAX(foxesTrapped) FROM fox_culls") == nil)
        #expect(
            try upload.check("Which year had the smallest catch?", "SELECT year, foxesTrapped FROM fox_culls ORDER BY foxesTrapped LIMIT 1") == nil)
    }

    @Test func twoColumnsOfThatKindLeaveTheWordUnplaced() throws {
        let upload = try Self.twoKinds.get()
        #expect(throws: (any Error).self) { try upload.translator.translate("What was the biggest catch?") }
    }
}
