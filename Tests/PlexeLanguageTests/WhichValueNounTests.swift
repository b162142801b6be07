import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "Which man has the longest reach?" where "man" is only a value of a category column
/// (`sex = 'M'`): "which" asks for the row that ranks first among those rows, not for the
/// figure alone (`MAX(reachCm)` would answer "how long is the longest reach of a man").
/// Invented upload.
@Suite struct WhichValueNounTests {
    static let climbers: Result<FixtureUpload, Error> = Result {
        var csv = "memberId,sex,loadKg,reachCm\n"
        for i in 1...30 { csv += "\(i),\(i % 2 == 0 ? "M" : "F"),\(50 + (i * 7) % 41),\(150 + (i * 13) % 47)\n" }
        return try FixtureUpload([("climbers.csv", csv)], valueIndex: true)
    }

    @Test func whichValueNounAsksForTheRow() throws {
        let u = try Self.climbers.get()
        for question in ["Which man has the longest reach?", "Which man has the longest reach, and how long is it?"] {
            let sql = try u.translator.translate(question).sql
            #expect(sql.contains("memberId"), "\(question): \(sql)")
            #expect(try u.check(question, "SELECT memberId, reachCm FROM climbers WHERE sex = 'M' ORDER BY reachCm DESC LIMIT 1") == nil)
        }
        let heaviest = try u.translator.translate("Which woman is the heaviest?").sql
        #expect(heaviest.contains("memberId") && heaviest.contains("'F'"), "\(heaviest)")
    }

    /// (Guard, passes either way: a noun of the rows keeps its reading.)
    @Test func whichRowsNounStillRanksRows() throws {
        let u = try Self.climbers.get()
        #expect(try u.check("Which climber has the longest reach?", "SELECT memberId, reachCm FROM climbers ORDER BY reachCm DESC LIMIT 1") == nil)
    }
}
