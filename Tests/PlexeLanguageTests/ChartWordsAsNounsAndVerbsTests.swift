import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A chart word is a request for a chart only where it is one. "Ended in a draw" and "how many
/// draws" name a tie: read as "draw a chart", the condition vanished and every game was
/// counted. And the question's first word, an imperative ("Plot yield against rainfall",
/// "Draw goals over time"), asks for the chart even where a column (`plot`) or a value
/// ('draw') is spelled the same. Invented uploads: games, a field trial.
@Suite(.serialized) struct ChartWordsAsNounsAndVerbsTests {
    @Test func aDrawIsATieNotAChart() throws {
        let matches = try FixtureUpload(
            [("matches.csv", "match_date,home,away,home_goals,away_goals\n2021-08-01,Lions,Bears,2,1\n2021-08-08,Bears,Wolves,0,0\n")],
            valueIndex: true)
        for question in ["How many matches ended in a draw?", "How many draws were there?"] {
            #expect(throws: TranslationError.self) { try matches.translator.translate(question) }
        }
        let games = try FixtureUpload(
            [("games.csv", "game_date,home,away,result\n2021-08-01,Lions,Bears,home\n2021-08-08,Bears,Wolves,draw\n2021-08-15,Wolves,Lions,draw\n")],
            valueIndex: true)
        #expect(try games.check("How many games ended in a draw?", "SELECT COUNT(*) FROM games WHERE result = 'draw'") == nil)
    }

    @Test func theFirstWordAsksForTheChart() throws {
        let trial = try FixtureUpload(
            [("field_trial.csv", "plot,variety,yield,rainfall\n1,A,5.2,30\n2,B,6.1,32\n3,A,4.8,28\n4,B,6.5,35\n")], valueIndex: true)
        let scatter = try trial.translator.translate("Plot yield against rainfall.")
        #expect(scatter.visualizationType == .scatter, "\(scatter.sql)")
        #expect(!scatter.sql.contains("plot"), "\(scatter.sql)")
        let games = try FixtureUpload(
            [("games.csv", "game_date,home_goals,result\n2021-08-01,2,home\n2021-08-08,0,draw\n2021-08-15,3,away\n")], valueIndex: true)
        let line = try games.translator.translate("Draw home goals over time.")
        #expect(line.visualizationType != nil && !line.sql.contains("draw"), "\(line.sql)")
    }
}
