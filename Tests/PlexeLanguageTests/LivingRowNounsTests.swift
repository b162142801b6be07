import Foundation
import Testing

@testable import PlexeLanguage

/// Person nouns for the rows of a table WordNet knows as people, and the kinds that name a
/// table's rows. "Women" of `sailors` are the sailors (a sailor is a person, and so is a
/// woman: "organism", far up above "person", is no kind narrow enough to make "women" some of
/// the sailors); "ruminants" are no person and stay unplaced. A verb of change ("decrease",
/// "change") is never a kind of a table's rows, though WordNet files casualties under it.
/// Invented uploads: a crew list, yearly casualties.
@Suite(.enabled(if: WordNet.shared != nil, "wordnet-base is not installed"))
struct LivingRowNounsTests {
    static let crew: Result<FixtureUpload, Error> = Result {
        let csv = "ship,age,rank\nVega,41,2\nOrion,35,3\nLyra,52,1\nAltair,29,2\n"
        return try FixtureUpload([("sailors.csv", csv)], valueIndex: true)
    }

    static func unplaced(_ question: String) -> [String]? {
        do {
            _ = try crew.get().translator.translate(question)
            return nil
        } catch let error as TranslationError {
            guard case .unplacedWords(let words) = error.kind else { return nil }
            return words
        } catch {
            return nil
        }
    }

    @Test func aPersonNounIsTheRowsOfATableOfPeople() throws {
        let f = try Self.crew.get()
        #expect(try f.check("How many women are older than 40?", "SELECT COUNT(*) FROM sailors WHERE age > 40") == nil)
        #expect(try f.check("What is the average age of the patients?", "SELECT AVG(age) FROM sailors") == nil)
    }

    @Test func anAnimalNounIsNoRowsOfATableOfPeople() {
        #expect(Self.unplaced("How many ruminants are older than 40?") == ["ruminants"])
    }

    @Test func kindsAboveAPersonAndVerbsOfChangeNameNoRows() throws {
        let wordNet = try #require(WordNet.shared)
        let sailors = SchemaLexicon.rowWords(headNouns: ["sailor"], labelValues: [], wordNet: wordNet)
        #expect(sailors.contains("crewman"))
        #expect(!sailors.contains("organism"))
        let casualties = SchemaLexicon.rowWords(headNouns: ["casualty"], labelValues: [], wordNet: wordNet)
        #expect(!casualties.contains("decrease"))
        #expect(!casualties.contains("change"))
    }

    /// A noun of a sex or an age names some of the people where the table records it: "how
    /// many boys" of a register with a `sex` column coded 1/2 is not everyone (the codes do not
    /// say which is which, so refused), nor are "children" where there is an `age` column;
    /// "men" is read as the plural of "man" (WordNet's lemma "men" is a workforce). Without
    /// such a column, as for the crew list, the noun is still the rows.
    @Test func nounsOfASexOrAnAgeAreNotEveryRowWhereTheTableRecordsThem() throws {
        let register = try FixtureUpload(
            [("rowers.csv", "rower_id,age,sex,best_time_s\n1,14,1,410\n2,35,2,380\n3,52,1,395\n4,9,2,450\n")], valueIndex: true)
        for question in [
            "How many boys are there?", "How many men are there?", "What is the average best time of the women?",
            "How many children are there?", "How many adults have a best time under 400?", "How many mothers are there?",
        ] {
            #expect(throws: TranslationError.self, "\(question)") { try register.translator.translate(question) }
        }
        #expect(try register.check("How many people are older than 30?", "SELECT COUNT(*) FROM rowers WHERE age > 30") == nil)
        #expect(try Self.crew.get().check("How many women are older than 40?", "SELECT COUNT(*) FROM sailors WHERE age > 40") == nil)
    }
}
