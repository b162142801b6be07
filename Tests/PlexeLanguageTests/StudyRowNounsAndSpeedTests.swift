import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Generic nouns for the rows of a study ("experiments", "specimens", "respondents") on a
/// single-table upload, which give way to a column or value they name; and the time taken by
/// long questions of repeated unknown words (printed, not asserted). Invented uploads: kiln
/// firings of pots, and a survey whose column is called `subject`.
@Suite struct StudyRowNounsAndSpeedTests {
    struct Fixture {
        /// Pots fired in a kiln: the glaze, the firing temperature and the pot's weight.
        let firings: FixtureUpload
        /// Answers about school subjects: a `subject` column claims the word "subjects".
        let lessons: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var firings = "pot_no,glaze,temp_c,weight_g\n"
            for i in 0..<12 { firings += "\(i + 1),\(["ash", "celadon", "tenmoku"][i % 3]),\(1180 + (i * 17) % 90),\(400 + (i * 37) % 300)\n" }
            self.firings = try FixtureUpload([("kiln_firings.csv", firings)], valueIndex: true)
            var lessons = "pupil,subject,mark\n"
            for i in 0..<9 { lessons += "P\(i),\(["maths", "art", "music"][i % 3]),\(40 + (i * 13) % 60)\n" }
            self.lessons = try FixtureUpload([("lessons.csv", lessons)], valueIndex: true)
        }
    }

    @Test(arguments: [
        ("How many experiments are there?", "SELECT COUNT(*) FROM kiln_firings"),
        ("How many specimens have the tenmoku glaze?", "SELECT COUNT(*) FROM kiln_firings WHERE glaze = 'tenmoku'"),
        ("How many experiments used the ash glaze?", "SELECT COUNT(*) FROM kiln_firings WHERE glaze = 'ash'"),
        ("How many respondents are there?", "SELECT COUNT(*) FROM kiln_firings"),
    ])
    func studyNounsNameTheRows(_ question: String, _ reference: String) throws {
        let firings = try Fixture.shared.get().firings
        let problem = try firings.check(question, reference)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// "subjects" of a table with a `subject` column is that column, not the rows.
    @Test func aColumnClaimsTheNounFirst() throws {
        let lessons = try Fixture.shared.get().lessons
        #expect(try lessons.check("How many distinct subjects are there?", "SELECT COUNT(DISTINCT subject) FROM lessons") == nil)
    }

    /// Long questions of unknown words: each pass that looks around an unknown word must not
    /// redo its work per word. Times are printed to compare before and after a change.
    @Test(arguments: [
        String(repeating: "cd-", count: 300),
        String(repeating: "qz ", count: 330),
        String(repeating: "xy-zw ", count: 160),
        Array(repeating: "flarn", count: 160).joined(separator: " "),
    ])
    func longUnknownQuestionsAreRefused(_ question: String) throws {
        let firings = try Fixture.shared.get().firings
        let clock = ContinuousClock()
        var refused = 0
        let elapsed = clock.measure {
            for _ in 0..<3 {
                do { _ = try firings.translator.translate(question) } catch { refused += 1 }
            }
        }
        print("TIMING \(question.prefix(12))… (\(question.count) chars): \(elapsed / 3) per question")
        #expect(refused == 3)
    }
}

/// A narrower word for one of two columns named by opposites ("boys" of `males` beside
/// `females`), and no such reading without the pair. Invented uploads: a parish register of
/// births by sex, and a fruit stall's daily counts.
@Suite struct OneSideColumnTests {
    static let uploads: Result<(births: FixtureUpload, stall: FixtureUpload), Error> = Result {
        var births = "year,males,females\n"
        for i in 0..<8 { births += "\(1800 + i),\(300 + (i * 37) % 90),\(290 + (i * 53) % 80)\n" }
        var stall = "day,fruit,bread\n"
        for i in 0..<6 { stall += "\(i + 1),\(20 + (i * 7) % 15),\(10 + i)\n" }
        return (
            try FixtureUpload([("parish_births.csv", births)], valueIndex: true),
            try FixtureUpload([("stall_sales.csv", stall)], valueIndex: true)
        )
    }

    @Test(arguments: [
        ("How many girls were born in 1803?", "SELECT females FROM parish_births WHERE year = 1803"),
        ("In which year were the most boys born?", "SELECT year FROM parish_births ORDER BY males DESC LIMIT 1"),
        ("What is the total number of boys?", "SELECT SUM(males) FROM parish_births"),
    ])
    func aNarrowerWordNamesOneSide(_ question: String, _ reference: String) throws {
        let births = try Self.uploads.get().births
        let problem = try births.check(question, reference)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// "apples" are a kind of fruit, but not all the `fruit` counted: no pair of opposites,
    /// so the word is refused.
    @Test func aKindWithoutItsOppositeIsRefused() throws {
        let stall = try Self.uploads.get().stall
        #expect(throws: (any Error).self) { _ = try stall.translator.translate("How many apples were sold on day 3?") }
    }
}

/// A verb whose synonym names the rows' event ("married" of a table of weddings through
/// "wed"). Invented upload: a register of weddings by parish.
@Suite struct RowVerbSynonymTests {
    static let register: Result<FixtureUpload, Error> = Result {
        var csv = "parish,year,couples\n"
        for i in 0..<6 { csv += "\(["St Ann", "St Bede", "St Clare"][i % 3]),\(1750 + i),\(12 + (i * 5) % 9)\n" }
        return try FixtureUpload([("weddings.csv", csv)], valueIndex: true)
    }

    @Test func aSynonymOfTheRowsVerb() throws {
        let register = try Self.register.get()
        let problem = try register.check(
            "How many couples married in St Bede?", "SELECT SUM(couples) FROM weddings WHERE parish = 'St Bede'")
        #expect(problem == nil, "\(problem ?? "")")
    }
}

/// A word beside a column of one-letter codes that starts with one of them ("high pressure"
/// of 'HI'). Invented upload: boiler tests at three pressures, with a grade of 'A'/'B'.
@Suite struct CodeBesideItsColumnTests {
    static let boilers: Result<FixtureUpload, Error> = Result {
        var csv = "boiler,pressure,grade,leaks\n"
        for i in 0..<9 { csv += "\(i + 1),\(["LO", "ME", "HI"][i % 3]),\(["A", "B"][i % 2]),\(2 + (i * 5) % 7)\n" }
        return try FixtureUpload([("boiler_tests.csv", csv)], valueIndex: true)
    }

    @Test(arguments: [
        ("How many boilers were tested at high pressure?", "SELECT COUNT(*) FROM boiler_tests WHERE pressure = 'HI'"),
        ("What is the average number of leaks at low pressure?", "SELECT AVG(leaks) FROM boiler_tests WHERE pressure = 'LO'"),
        ("How many leaks were there in total at medium pressure?", "SELECT SUM(leaks) FROM boiler_tests WHERE pressure = 'ME'"),
    ])
    func theWordNamesTheCode(_ question: String, _ reference: String) throws {
        let boilers = try Self.boilers.get()
        let problem = try boilers.check(question, reference)
        #expect(problem == nil, "\(problem ?? "")")
    }
}
