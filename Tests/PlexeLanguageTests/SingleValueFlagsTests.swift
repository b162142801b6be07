import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A whole-number column holding nothing but 1 (a one-row upload's `fcost`) was read as a
/// yes/no flag: "Plot fcost against mcost" became `WHERE fcost = 1`. Whole numbers are a flag
/// when they hold both 0 and 1, or one of them under a flag's name (`is_member`). Invented
/// uploads.
@Suite(.serialized) struct SingleValueFlagsTests {
    @Test func aColumnOfOnesIsANumber() throws {
        let u = try FixtureUpload([("costs.csv", "name,fcost,mcost\nPlant A,1,1\n")], valueIndex: true)
        let lexicon = SchemaLexicon(schema: LanguageSchema(tables: u.loader.tables, foreignKeys: []))
        #expect(!lexicon.tables[0].columns[1].isBooleanLike)
        let translation = try u.translator.translate("Plot fcost against mcost")
        #expect(!translation.sql.contains("= 1"), "\(translation.sql)")
        #expect(try u.check("What is the total fcost?", "SELECT SUM(fcost) FROM costs") == nil)
    }

    @Test func aFlagsNameKeepsIt() throws {
        let u = try FixtureUpload([("members.csv", "person,is_member,age\nAnn,1,30\nBob,1,40\n")], valueIndex: true)
        let lexicon = SchemaLexicon(schema: LanguageSchema(tables: u.loader.tables, foreignKeys: []))
        #expect(lexicon.tables[0].columns[1].isBooleanLike)
    }
}
