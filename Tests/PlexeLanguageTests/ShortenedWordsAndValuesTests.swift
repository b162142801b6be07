import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Values stored run together or shortened (`AsstCurator`) said in full or shortened
/// otherwise, values with an ampersand said with "and", a question word that shortens a
/// column word ("endur" of `Endurance`), and a superlative WordNet lists as a word of its own
/// ("farthest") — each on invented tables.
@Suite struct ShortenedWordsAndValuesTests {
    typealias Case = QuestionCase

    struct Fixture {
        /// Museum staff with a grade stored as run-together shortened words.
        let museum: FixtureUpload
        /// Cadets' marks in three disciplines, with the kit each was issued.
        let cadets: FixtureUpload
        /// Outposts with their distance from a base (no unit in the name).
        let outposts: FixtureUpload
        /// Charities numbered (`org`, unique) and named (`Organization`, unique), by sector.
        let charities: FixtureUpload
        /// Fishing hauls: the catch's weight and the ice packed with it, both in kilograms.
        let hauls: FixtureUpload
        /// Market stalls with their rent and the lowest rent each was let for (`rent_low`).
        let stalls: FixtureUpload
        /// Districts with their population in one census year, kept in thousands without a
        /// scale word in the name (`pop1901`: 120..480), and their area (2,000..8,000, in units).
        let districts: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var museum = "member,grade,wing,pay,sex\n"
            let grades = ["AsstCurator", "AssocCurator", "Curator", "AsstCurator", "Curator", "AssocCurator", "AsstCurator", "Archivist"]
            for (i, grade) in grades.enumerated() {
                museum += "Member \(i),\(grade),\(i % 2 == 0 ? "East" : "West"),\(30 + i * 4),\(i % 3 == 0 ? "Female" : "Male")\n"
            }
            self.museum = try FixtureUpload([("museum_staff.csv", museum)], valueIndex: true)

            var cadets = "cadet,Navigation,Endurance,Marksmanship,kit\n"
            let kits = ["Boots & Rope", "Boots", "Rope", "Boots & Rope", "None", "Boots"]
            for (i, kit) in kits.enumerated() {
                cadets += "Cadet \(i),\(10 + (i * 7) % 11),\(8 + (i * 5) % 9),\(12 + (i * 3) % 7),\(kit)\n"
            }
            self.cadets = try FixtureUpload([("cadets.csv", cadets)], valueIndex: true)

            var outposts = "outpost,distance,staff\n"
            for (i, name) in ["Cinder", "Marsh", "Quartz", "Thistle", "Willow"].enumerated() {
                outposts += "\(name),\(120 + (i * 37) % 90),\(3 + i)\n"
            }
            self.outposts = try FixtureUpload([("outposts.csv", outposts)], valueIndex: true)

            var charities = "org,Organization,sector,funds\n"
            for (i, name) in ["Lantern Aid", "Harbour Trust", "Open Fields", "Quiet Hands", "River Fund", "Sable House"].enumerated() {
                charities += "\(11 + i * 3),\(name),\(i % 3 == 0 ? "Arts" : "Health"),\(200 + (i * 53) % 170)\n"
            }
            self.charities = try FixtureUpload([("charities.csv", charities)], valueIndex: true)

            var hauls = "boat,weight_kg,ice_kg\n"
            for i in 0..<7 { hauls += "Boat \(i),\(300 + (i * 41) % 200),\(40 + (i * 13) % 30)\n" }
            self.hauls = try FixtureUpload([("hauls.csv", hauls)], valueIndex: true)

            var stalls = "stall,rent,rent_low\n"
            for (i, name) in ["Kestrel", "Larch", "Mallow", "Nettle"].enumerated() { stalls += "\(name),\(40 + i * 6),\(31 + i * 5)\n" }
            self.stalls = try FixtureUpload([("stalls.csv", stalls)], valueIndex: true)

            var districts = "district,pop1901,area\n"
            for (i, name) in ["Ashby", "Brent", "Colne", "Dunmore", "Eskdale"].enumerated() {
                districts += "\(name),\(120 + i * 90),\(2000 + i * 1500)\n"
            }
            self.districts = try FixtureUpload([("districts.csv", districts)], valueIndex: true)
        }
    }

    static let museum: [Case] = [
        // Each word of the question a longer form of a part of the stored value.
        Case(question: "How many assistant curators are there?", reference: "SELECT COUNT(*) FROM museum_staff WHERE grade = 'AsstCurator'"),
        Case(
            question: "What is the average pay of associate curators?",
            reference: "SELECT AVG(pay) FROM museum_staff WHERE grade = 'AssocCurator'"),
        // The data's own shortening, split into its parts.
        Case(
            question: "How many asst curators work in the West wing?",
            reference: "SELECT COUNT(*) FROM museum_staff WHERE grade = 'AsstCurator' AND wing = 'West'"),
        Case(question: "What is the highest pay among assoc. curators?", reference: "SELECT MAX(pay) FROM museum_staff WHERE grade = 'AssocCurator'"),
        Case(
            question: "How many male associate curators are there?",
            reference: "SELECT COUNT(*) FROM museum_staff WHERE grade = 'AssocCurator' AND sex = 'Male'"),
    ]

    static let cadets: [Case] = [
        // A value with an ampersand, said with "and".
        Case(question: "How many cadets have boots and rope?", reference: "SELECT COUNT(*) FROM cadets WHERE kit = 'Boots & Rope'"),
        // A column word cut short in the question.
        Case(question: "What is the average endur score?", reference: "SELECT AVG(Endurance) FROM cadets"),
        Case(question: "What is the highest navig score?", reference: "SELECT MAX(Navigation) FROM cadets"),
    ]

    static let outposts: [Case] = [
        // A superlative that WordNet lists as a word of its own, graded from "far".
        Case(
            question: "Which outpost is the farthest?", reference: "SELECT outpost, distance FROM outposts ORDER BY distance DESC LIMIT 1",
            ordered: true)
    ]

    static let charities: [Case] = [
        // A number and a name that both identify each row: the rows, read by their name.
        Case(question: "How many organizations are in the data?", reference: "SELECT COUNT(*) FROM charities"),
        Case(question: "How many organizations are in the Arts sector?", reference: "SELECT COUNT(*) FROM charities WHERE sector = 'Arts'"),
        Case(
            question: "Which organization has the most funds?", reference: "SELECT Organization, funds FROM charities ORDER BY funds DESC LIMIT 1",
            ordered: true),
    ]

    static let hauls: [Case] = [
        // "weight" names `weight_kg`; `ice_kg` is a weight only by its unit.
        Case(question: "What is the average weight?", reference: "SELECT AVG(weight_kg) FROM hauls"),
        Case(question: "What was the heaviest weight?", reference: "SELECT MAX(weight_kg) FROM hauls"),
    ]

    /// "the lowest rent" of one stall, where `rent_low` keeps each stall's lowest rent: the
    /// bound column, never the plain one's minimum over a single row.
    @Test func aBoundColumnIsReadForItsOwnExtreme() throws {
        let stalls = try Fixture.shared.get().stalls
        let problem = try stalls.check("What is the lowest rent of stall Kestrel?", "SELECT rent_low FROM stalls WHERE stall = 'Kestrel'")
        #expect(problem == nil, "\(problem ?? "")")
    }

    static let districts: [Case] = [
        // The letters of a name written with a number, and the word they abbreviate.
        Case(question: "What is the average population?", reference: "SELECT AVG(pop1901) FROM districts"),
        Case(question: "What is the highest pop. of the districts?", reference: "SELECT MAX(pop1901) FROM districts"),
        // "in thousands" of a measure whose every value is small: it is kept in thousands.
        Case(question: "What is the average population of the districts, in thousands?", reference: "SELECT AVG(pop1901) FROM districts"),
    ]

    @Test(arguments: districts)
    func districtQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().districts.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// "in thousands" of a measure with values in the thousands (an area of 2,000..8,000) may
    /// be in units, which would need dividing (the engine does not): the words stay unplaced.
    @Test func inThousandsOfLargeValuesIsRefused() throws {
        let districts = try Fixture.shared.get().districts
        #expect {
            try districts.translator.translate("What is the average area of the districts, in thousands?")
        } throws: { error in
            guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
            return words.contains("thousands")
        }
    }

    @Test(arguments: charities)
    func charityQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().charities.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: hauls)
    func haulQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().hauls.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: museum)
    func museumQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().museum.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: cadets)
    func cadetQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().cadets.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: outposts)
    func outpostQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().outposts.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// Words these mechanisms must leave unplaced: a word whose parts fit no value ("senior
    /// curators"), a common English word that merely starts a column word ("mark" of
    /// `Marksmanship`), and "make" as a question's main verb.
    @Test(arguments: [
        ("museum", "How many senior curators are there?", "senior"),
        ("cadets", "What is the average mark of Cadet 3?", "mark"),
        // "make" as the main verb says what is measured; never a filler that loses the average.
        ("museum", "What do assistant curators make on average?", "make"),
    ])
    func wordsLeftUnplaced(_ upload: String, _ question: String, _ word: String) throws {
        let fixture = try Fixture.shared.get()
        let translator = ["cadets": fixture.cadets, "museum": fixture.museum][upload]!.translator
        #expect {
            try translator.translate(question)
        } throws: { error in
            guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
            return words.contains(word)
        }
    }

    @Test func shorteningsKeepTheFirstLetterAndTheOrder() {
        let assistant = Tokenizer.tokenize("assistant")[0]
        #expect(Interpreter.shortens("asst", assistant))
        #expect(Interpreter.shortens("assistant", assistant))
        #expect(!Interpreter.shortens("sist", assistant))
        #expect(!Interpreter.shortens("atss", assistant))
        let mgmt = Tokenizer.tokenize("mgmt")[0]
        #expect(Interpreter.shortens(longForm: "management", mgmt))
        #expect(!Interpreter.shortens(longForm: "engagement", mgmt))
    }
}
