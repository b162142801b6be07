import Foundation
import Testing

@testable import PlexeLanguage

/// "Both hulls combined, what is the average speed?": "both" with a plural noun of a column and
/// "combined" or "together" after it pools the column's groups (the whole table), as "all hulls
/// combined" does; "for both hulls" without it still reads one group per hull. Invented upload:
/// race boats of two hull kinds.
@Suite struct BothCombinedTests {
    static let boats: Result<FixtureUpload, Error> = Result {
        var csv = "boat,hull,speed_knots\n"
        for b in 1...8 { csv += "B\(b),\(b % 2 == 0 ? "mono" : "multi"),\(8 + (b * 3) % 7)\n" }
        return try FixtureUpload([("race_boats.csv", csv)], valueIndex: true)
    }

    @Test func bothWithCombinedPoolsTheGroups() throws {
        let f = try Self.boats.get()
        let pooled = "SELECT AVG(speed_knots) FROM race_boats"
        #expect(try f.check("Both hulls combined, what is the average speed?", pooled) == nil)
        #expect(try f.check("What is the average speed, both hulls together?", pooled) == nil)
    }

    @Test func bothWithoutCombinedKeepsEachGroup() throws {
        let f = try Self.boats.get()
        #expect(try f.check("What is the average speed for both hulls?", "SELECT hull, AVG(speed_knots) FROM race_boats GROUP BY hull") == nil)
    }
}
