import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Nouns for the people of a table must not reach an identifier of what those people belong
/// to. Invented uploads: a reading survey of one row per child with a code per school (where
/// "pupils" reaches `schoolCode` through WordNet's "schoolchild"), and census returns of one
/// row per person with a household id repeated across a household's members.
@Suite struct RelatedNounsOnKeysTests {
    struct Fixture {
        /// 240 children in 30 schools (`schoolCode` 501–530), grades 1–3.
        let survey: FixtureUpload
        /// The same rows, in a table named after the children.
        let children: FixtureUpload
        /// 150 people in 50 households of three, ids repeating (and no other column unique, so
        /// the table has no key).
        let census: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var rows = "schoolCode,grade,readingScore,sex,lunch\n"
            for k in 0..<240 {
                rows += "\(501 + k % 30),\(k % 3 + 1),\(320 + (k * 37) % 190),\(["boy", "girl"][k % 2]),\(k % 4 == 0 ? "yes" : "no")\n"
            }
            survey = try FixtureUpload([("reading_survey.csv", rows)], valueIndex: true)
            children = try FixtureUpload([("survey_children.csv", rows)], valueIndex: true)
            var census = "household_id,age,sex,income\n"
            for k in 0..<150 { census += "\(9000 + k / 3),\(8 + (k * 23) % 70),\(["male", "female"][k % 2]),\(12000 + (k % 17) * 1500)\n" }
            self.census = try FixtureUpload([("census_returns.csv", census)], valueIndex: true)
        }
    }

    /// "pupils" reaches `schoolCode` only through "schoolchild", which starts with "school": no
    /// count of the schools and no grouping by them — the rows, one per child. The schools
    /// themselves are still counted when named.
    @Test func aRelatedNounDoesNotCountOrGroupTheKey() throws {
        let survey = try Fixture.shared.get().survey
        for (question, reference) in [
            ("How many pupils are in the data?", "SELECT COUNT(*) FROM reading_survey"),
            ("What is the average reading score of pupils?", "SELECT AVG(readingScore) FROM reading_survey"),
            ("How many schools are there?", "SELECT COUNT(DISTINCT schoolCode) FROM reading_survey"),
        ] {
            let problem = try survey.check(question, reference)
            #expect(problem == nil, "\(problem ?? "")")
        }
    }

    /// Where the rows have a name of their own ("children") and "pupils" may be only some of
    /// them, the noun is refused rather than read as the schools.
    @Test func aRelatedNounIsRefusedRatherThanReadAsTheKey() throws {
        let children = try Fixture.shared.get().children
        for question in ["How many pupils are in the data?", "What is the average reading score of pupils on free lunch?"] {
            let sql = try? children.translator.translate(question).sql
            #expect(sql.map { !$0.contains("schoolCode") } ?? true, "\(question): \(sql ?? "")")
        }
    }

    /// `reachesKeyOnlyThroughRelatedWord` keeps a true synonym of the key's word and a word
    /// for a category with few values.
    @Test func synonymsAndCategoriesKeepTheirLink() throws {
        var rows = "client_id,spend,branch_code\n"
        for k in 0..<120 { rows += "\(7000 + k % 40),\(5 + (k * 13) % 90),\(["N", "S", "E"][k % 3])\n" }
        let u = try FixtureUpload([("loyalty_scans.csv", rows)], valueIndex: true)
        #expect(try u.check("How many customers are there?", "SELECT COUNT(DISTINCT client_id) FROM loyalty_scans") == nil)
        let survey = try Fixture.shared.get().survey
        let tokens = Tokenizer.tokenize("pupils")
        let lexicon = SchemaLexicon(schema: LanguageSchema(tables: survey.loader.tables, foreignKeys: []))
        let interpreter = Interpreter(lexicon: lexicon, tokens: tokens, items: Tagger(lexicon: lexicon).items(for: tokens))
        let code = try #require(lexicon.tables[0].columns.first { $0.name == "schoolCode" }).ref
        let grade = try #require(lexicon.tables[0].columns.first { $0.name == "grade" }).ref
        let dropsTheCode = interpreter.reachesKeyOnlyThroughRelatedWord(0, .column(code, negated: false))
        let dropsTheGrade = interpreter.reachesKeyOnlyThroughRelatedWord(0, .column(grade, negated: false))
        #expect(dropsTheCode && !dropsTheGrade)
    }

    /// A person noun on a table with a repeating `household_id` and no key: the id is the
    /// household's, so "how many residents" counts the rows (one per person), not the
    /// households; "how many households" still counts the ids.
    @Test func anIdOfAGroupDoesNotCountItsPeople() throws {
        let census = try Fixture.shared.get().census
        for (question, reference) in [
            ("How many residents are there?", "SELECT COUNT(*) FROM census_returns"),
            ("How many residents are female?", "SELECT COUNT(*) FROM census_returns WHERE sex = 'female'"),
            ("How many households are there?", "SELECT COUNT(DISTINCT household_id) FROM census_returns"),
        ] {
            let problem = try census.check(question, reference)
            #expect(problem == nil, "\(problem ?? "")")
        }
    }

    /// Which identifier words name a group or place: institutions, households, sites and
    /// buildings do; a badge, a client or a patient does not, nor a bare `id`.
    @Test func groupAndPlaceIdentifiers() throws {
        let names = ["school_id", "household_id", "site_id", "hospital_id", "team_id", "badge_id", "client_id", "patient_id", "id"]
        let csv = names.joined(separator: ",") + "\n" + names.indices.map(String.init).joined(separator: ",") + "\n"
        let u = try FixtureUpload([("ids.csv", csv)], valueIndex: false)
        let lexicon = SchemaLexicon(schema: LanguageSchema(tables: u.loader.tables, foreignKeys: []))
        let interpreter = Interpreter(lexicon: lexicon, tokens: [], items: [])
        let grouping = lexicon.tables[0].columns.filter { interpreter.identifiesGroupOrPlace($0.ref) }.map(\.name)
        #expect(grouping == ["school_id", "household_id", "site_id", "hospital_id", "team_id"])
    }
}
