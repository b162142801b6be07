import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "In total", "altogether", "overall" ranking the rows' own label, when that label repeats
/// (a player has a row per season), adds each one's rows up: "which player played the most
/// minutes in total" is the sum per player, not the player of the single longest season.
/// Invented upload: players' seasons, where the longest season and the largest total differ.
@Suite(.serialized) struct TotalsOfARepeatedLabelTests {
    static func players() throws -> FixtureUpload {
        let csv = """
            player,team,season,goals,assists,minutes
            Ann,Red,2020,5,3,900
            Ann,Red,2021,7,2,1000
            Bob,Blue,2020,9,1,1200
            Bob,Blue,2021,2,4,300
            Cid,Red,2020,4,4,1500

            """
        return try FixtureUpload([("players.csv", csv)], valueIndex: true)
    }

    @Test func inTotalSumsEachLabelsRows() throws {
        let players = try Self.players()
        let reference = "SELECT player, SUM(minutes) AS m FROM players GROUP BY player ORDER BY m DESC LIMIT 1"
        for question in ["Which player played the most minutes in total?", "Which player played the most minutes altogether?"] {
            #expect(try players.check(question, reference) == nil, "\(question)")
        }
    }
}
