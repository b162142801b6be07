import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A bare plural `years` that counts years (a player's seasons in the majors, 1–24) was read as
/// the calendar year: "which player made the most errors in 1986" of a table whose 1986 figures
/// are in the column names (`error86`) became `WHERE years = 1986`. A plural name whose values
/// are no calendar years is a plain number; a bare `year` keeps its sense. Invented uploads.
@Suite(.serialized) struct PluralYearsColumnTests {
    @Test func aCountOfYearsIsNoYear() throws {
        let csv = "player,years,error86,homer86\nAl Newman,2,7,1\nAlan Ashby,14,10,7\nBob Boone,14,5,20\n"
        let u = try FixtureUpload([("hitters.csv", csv)], valueIndex: true)
        let lexicon = SchemaLexicon(schema: LanguageSchema(tables: u.loader.tables, foreignKeys: []))
        #expect(!lexicon.tables[0].columns[1].isYearNumber)
        let sql = try? u.translator.translate("Which player made the most errors in 1986?").sql
        #expect(sql.map { !$0.contains("years = 1986") } ?? true, "\(sql ?? "")")
    }

    @Test func aBareYearKeepsItsSense() throws {
        let u = try FixtureUpload([("games.csv", "team,year,wins\nLions,19,10\nBears,20,8\n")], valueIndex: true)
        let lexicon = SchemaLexicon(schema: LanguageSchema(tables: u.loader.tables, foreignKeys: []))
        #expect(lexicon.tables[0].columns[1].isYearNumber)
    }
}
