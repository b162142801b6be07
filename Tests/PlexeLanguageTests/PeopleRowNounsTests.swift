import Foundation
import Testing

@testable import PlexeLanguage

/// A noun for a person names the rows of the one table whose columns say its rows are people
/// (a sex, or two of age, birth, race, schooling, surname), where the table's name is a study
/// or an abbreviation and nothing else placed the noun: "participants" of `cohort` beside a
/// table of sites. Not where two tables hold people, not for a table of animals with a sex,
/// and never as the rows of a visits table where a person's id repeats. Invented uploads: a
/// cohort with its sites, a control group, penguins, clinic visits.
@Suite(.enabled(if: WordNet.shared != nil, "wordnet-base is not installed"))
struct PeopleRowNounsTests {
    static let cohort = "cohort.csv"
    static let cohortCSV = "id,sex,age,outcome\n1,female,54,died\n2,male,61,alive\n3,female,72,died\n4,male,45,alive\n5,female,66,alive\n"
    static let sitesCSV = "site,country\nA,France\nB,Spain\n"

    static let study: Result<FixtureUpload, Error> = Result {
        try FixtureUpload([(cohort, cohortCSV), ("sites.csv", sitesCSV)], valueIndex: true)
    }

    static func refuses(_ upload: FixtureUpload, _ question: String) -> Bool {
        do {
            _ = try upload.translator.translate(question)
            return false
        } catch {
            return true
        }
    }

    @Test(arguments: [
        ("How many participants are older than 60?", "SELECT COUNT(*) FROM cohort WHERE age > 60"),
        ("What is the average age of the respondents?", "SELECT AVG(age) FROM cohort"),
        ("How many patients died?", "SELECT COUNT(*) FROM cohort WHERE outcome = 'died'"),
        ("Which patient is the oldest?", "SELECT id, age FROM cohort ORDER BY age DESC LIMIT 1"),
        // A noun for a collection of data before the people says what they took part in.
        ("How many test takers are younger than 60?", "SELECT COUNT(*) FROM cohort WHERE age < 60"),
        ("How many study participants died?", "SELECT COUNT(*) FROM cohort WHERE outcome = 'died'"),
        // Compared by a number, people are compared by their age.
        ("How many patients over 60 died?", "SELECT COUNT(*) FROM cohort WHERE age > 60 AND outcome = 'died'"),
    ])
    func aPersonNounIsTheRowsOfTheOneTableOfPeople(_ question: String, _ reference: String) throws {
        let problem = try Self.study.get().check(question, reference)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// "cancer patients" are some patients, "tennis players" a narrower kind of person: neither
    /// is every row.
    @Test func aModifierThatPicksSomePeopleIsNotDropped() throws {
        let study = try Self.study.get()
        #expect(Self.refuses(study, "How many cancer patients died?"))
        #expect(Self.refuses(study, "How many tennis players are older than 50?"))
    }

    @Test func twoTablesOfPeopleLeaveTheNounUnplaced() throws {
        let upload = try FixtureUpload(
            [(Self.cohort, Self.cohortCSV), ("controls.csv", "id,gender,age,score\n1,F,33,3\n2,M,41,5\n")], valueIndex: true)
        #expect(Self.refuses(upload, "How many participants are older than 60?"))
    }

    /// A table named for animals is no table of people, whatever its columns record.
    @Test func animalsWithASexAreNoPeople() throws {
        let upload = try FixtureUpload(
            [(Self.cohort, Self.cohortCSV), ("penguins.csv", "tag,sex,age,mass\n1,female,3,4000\n2,male,5,4300\n")], valueIndex: true)
        let lexicon = SchemaLexicon(schema: LanguageSchema(tables: upload.loader.tables, foreignKeys: []))
        #expect(lexicon.tablesOfPeople == [true, false])
        #expect(try upload.check("How many participants are older than 60?", "SELECT COUNT(*) FROM cohort WHERE age > 60") == nil)
    }

    /// Each row of `visits` is a visit, the patient's id repeating: its rows are no people, and
    /// "patients" counts the patients' ids, never the visits.
    @Test func visitsOfRepeatedPatientsAreNoPeople() throws {
        let visits = "visit_id,patient_id,sex,age,cost\n1,10,female,54,120\n2,10,female,54,80\n3,11,male,61,200\n4,12,female,72,50\n"
        let upload = try FixtureUpload([("visits.csv", visits), ("clinics.csv", "clinic,city\nA,Lyon\nB,Nice\n")], valueIndex: true)
        #expect(SchemaLexicon(schema: LanguageSchema(tables: upload.loader.tables, foreignKeys: [])).tablesOfPeople == [false, false])
        #expect(try upload.check("How many patients are there?", "SELECT COUNT(DISTINCT patient_id) FROM visits") == nil)
    }

    /// "patients over 75" of a table of people: a bare number compared with the rows is their
    /// age (it was refused unless the noun was a guess or "people"); a number no age can be
    /// ("patients over 500") is not.
    @Test func peopleComparedByANumberAreComparedByAge() throws {
        let upload = try FixtureUpload(
            [("patients.csv", "id,age,sex,treatment\n1,81,F,placebo\n2,40,M,drug\n3,76,M,drug\n4,66,F,placebo\n")], valueIndex: true)
        #expect(try upload.check("Show every patient over 75 with their age.", "SELECT id, age FROM patients WHERE age > 75") == nil)
        #expect(
            try upload.check("How many patients over 70 got the drug?", "SELECT COUNT(*) FROM patients WHERE age > 70 AND treatment = 'drug'") == nil)
        #expect(Self.refuses(upload, "How many patients over 500 are there?"))
    }
}
