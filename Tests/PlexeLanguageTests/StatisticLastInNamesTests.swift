import Foundation
import Testing

@testable import PlexeLanguage

/// A terse name that puts the statistic after what it is of (`DMAX`, `DMIN`: depth maximum,
/// depth minimum), asked the English way round ("max depth", "minimum depth"). Invented upload:
/// lakes with their greatest and least depths.
@Suite struct StatisticLastInNamesTests {
    static let lakes: Result<FixtureUpload, Error> = Result {
        let names = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Gum", "Hazel"]
        var csv = "LAKE,DMAX,DMIN\n"
        for (i, name) in names.enumerated() { csv += "\(name),\(40 + (i * 13) % 50),\(2 + i % 5)\n" }
        return try FixtureUpload([("lakes.csv", csv)], valueIndex: true)
    }

    @Test func theStatisticSaidFirstNamesTheColumn() throws {
        let upload = try Self.lakes.get()
        #expect(try upload.check("What is the average max depth?", "SELECT AVG(DMAX) FROM lakes") == nil)
        #expect(try upload.check("Which lake has the largest minimum depth?", "SELECT LAKE, DMIN FROM lakes ORDER BY DMIN DESC LIMIT 1") == nil)
    }
}
