import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Groups that can never hold a count of none, and a column named before one of its own
/// values ("refereed by referee Smith"), which says whose rows rather than how to group.
/// Invented upload: teams and the matches they played.
@Suite struct EmptyGroupsAndNamedColumnValuesTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        let teams = "team,league,city\nHawks,East,Boston\nOwls,East,Albany\nFoxes,West,Denver\nBears,West,Reno\nWolves,North,Fargo\n"
        let matches =
            "match_id,team,referee,goals\n1,Hawks,Smith,3\n2,Hawks,Jones,1\n3,Owls,Smith,2\n4,Foxes,Jones,0\n5,Bears,Brown,4\n6,Owls,Brown,2\n"
        return try FixtureUpload([("teams.csv", teams), ("matches.csv", matches)], valueIndex: true)
    }

    /// Grouping by the referee as well made one group of Smith's matches and asked it for none
    /// (`HAVING COUNT(*) = 0`): an empty answer whatever the data.
    @Test func columnBeforeItsValueIsAConditionNotAGrouping() throws {
        let u = try Self.upload.get()
        #expect(
            try u.check(
                "Which teams had no matches refereed by referee Smith?",
                "SELECT team FROM teams WHERE team NOT IN (SELECT team FROM matches WHERE referee = 'Smith')") == nil)
        // "by referee" alone still groups.
        #expect(try u.check("How many matches were there by referee?", "SELECT referee, COUNT(*) FROM matches GROUP BY referee") == nil)
    }

    /// A group exists only where it has rows: a count only zero satisfies is refused, never
    /// planned as a `HAVING` that returns nothing.
    @Test func aCountOfNonePerGroupIsRefused() throws {
        let u = try Self.upload.get()
        let lexicon = SchemaLexicon(schema: LanguageSchema(tables: u.loader.tables, foreignKeys: try u.loader.foreignKeys()))
        let matches = try #require(lexicon.tables.firstIndex { $0.name == "matches" })
        let referee = ColumnRef(table: matches, column: try #require(lexicon.tables[matches].columns.firstIndex { $0.name == "referee" }))
        for (op, n) in [(Comparison.equal, 0), (.less, 1), (.lessOrEqual, 0)] {
            var meaning = Meaning()
            meaning.groupings = [.column(referee)]
            meaning.conditions = [Meaning.Condition(kind: .measure(.rows(table: matches), op, .integer(Int64(n))), position: 3)]
            #expect(throws: TranslationError.self) { try QueryPlanner(lexicon: lexicon, meaning: meaning, resultType: .table).plan() }
        }
        // "fewer than 2" can hold: planned as before.
        var meaning = Meaning()
        meaning.groupings = [.column(referee)]
        meaning.conditions = [Meaning.Condition(kind: .measure(.rows(table: matches), .less, .integer(2)), position: 3)]
        #expect(try QueryPlanner(lexicon: lexicon, meaning: meaning, resultType: .table).plan().sql.contains("HAVING COUNT(*) < 2"))
    }
}
