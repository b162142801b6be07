import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Column names written as words with their vowels left out (`CLNS` of cleanliness), a noun
/// for a dimension after the column it describes ("the sprint time"), and nouns for the rows
/// found through the column that names each row (another thing of the same kind) — each on
/// invented tables.
@Suite struct ContractedNamesAndRowNounsTests {
    typealias Case = QuestionCase

    struct Fixture {
        /// Inspectors' marks for kitchens, in capitals with vowels dropped: cleanliness,
        /// hospitality, presentation, food quality.
        let kitchens: FixtureUpload
        /// Rowing squads with their sprint and slalom times (no unit in the names) and a lift in kilograms.
        let squads: FixtureUpload
        /// A register of tankers (the naming column) with their tonnage; finalists of a contest.
        let tankers: FixtureUpload
        let finalists: FixtureUpload
        /// Berths named by numbers kept as text ("07", "12"), with their length.
        let berths: FixtureUpload
        /// Clubs with their coach's height, and their players with theirs.
        let clubs: FixtureUpload
        /// Parishes with their population in two census years, one column each.
        let parishes: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var kitchens = "KITCHEN,CLNS,HSPT,PRSN,FDQL\n"
            let names = ["Amber Spoon", "Brass Pan", "Cedar Table", "Dune Grill", "Elm Oven", "Fig Tree", "Gale House", "Holm Inn"]
            for (i, name) in names.enumerated() {
                kitchens +=
                    "\(name),\(5 + Double((i * 7) % 40) / 10),\(6 + Double((i * 3) % 30) / 10),\(4 + Double((i * 11) % 50) / 10),\(7 + Double((i * 5) % 25) / 10)\n"
            }
            self.kitchens = try FixtureUpload([("kitchen_marks.csv", kitchens)], valueIndex: true)

            var squads = "squad,sprint,slalom,lift_kg,row500m,row2000m\n"
            for i in 0..<10 {
                squads += "Squad \(i),\(60 + Double((i * 13) % 50) / 10),\(90 + (i * 7) % 30),\(80 + (i * 9) % 40),\(95 + i),\(400 + i * 3)\n"
            }
            self.squads = try FixtureUpload([("squads.csv", squads)], valueIndex: true)

            var tankers = "tanker,tonnage,built\n"
            for (i, name) in ["Sea Mule", "Grey Heron", "North Star", "Salt Queen", "Iron Gull", "Tide Runner"].enumerated() {
                tankers += "\(name),\(20000 + i * 3500),\(1990 + i * 4)\n"
            }
            self.tankers = try FixtureUpload([("register_2031.csv", tankers)], valueIndex: true)

            var finalists = "finalist,score\n"
            for (i, name) in ["Ada Quill", "Bo Reed", "Cy Vale", "Di Moss", "Ed Lark"].enumerated() { finalists += "\(name),\(50 + i * 7)\n" }
            self.finalists = try FixtureUpload([("final_round_2031.csv", finalists)], valueIndex: true)

            var berths = "berth,length_m,depth_m\n"
            for (i, name) in ["07", "12", "A3", "19", "B1", "21"].enumerated() { berths += "\(name),\(40 + i * 15),\(6 + i)\n" }
            self.berths = try FixtureUpload([("berths.csv", berths)], valueIndex: true)

            var clubs = "club,coach_height\n"
            var players = "player,club,position,height_cm\n"
            for (c, club) in ["01", "02", "03", "X4"].enumerated() {
                clubs += "\(club),\(170 + c * 4)\n"
                for p in 0..<5 { players += "Player \(c)-\(p),\(club),\(p == 0 ? "keeper" : "striker"),\(175 + (c * 7 + p * 3) % 20)\n" }
            }
            self.clubs = try FixtureUpload([("clubs.csv", clubs), ("players.csv", players)], valueIndex: true)

            var parishes = "parish,pop2000,pop2010\n"
            for i in 0..<8 { parishes += "Parish \(i),\(1000 + i * 130),\(1100 + i * 170)\n" }
            self.parishes = try FixtureUpload([("parishes.csv", parishes)], valueIndex: true)
        }
    }

    static let kitchens: [Case] = [
        Case(question: "What is the average cleanliness score?", reference: "SELECT AVG(CLNS) FROM kitchen_marks"),
        Case(
            question: "Which kitchen has the lowest hospitality rating?",
            reference: "SELECT KITCHEN, HSPT FROM kitchen_marks ORDER BY HSPT ASC LIMIT 1"),
        Case(question: "How many kitchens have a presentation rating above 7?", reference: "SELECT COUNT(*) FROM kitchen_marks WHERE PRSN > 7"),
        // Several words, each giving its first letter and some later ones.
        Case(question: "What is the highest food quality rating?", reference: "SELECT MAX(FDQL) FROM kitchen_marks"),
        // A participle that only says the rows were collected.
        Case(question: "How many kitchens were inspected?", reference: "SELECT COUNT(*) FROM kitchen_marks"),
        // The data named by the kind of collection it is.
        Case(question: "How many kitchens are in this ranking?", reference: "SELECT COUNT(*) FROM kitchen_marks"),
        Case(
            question: "What is the average hospitality score according to this list?", reference: "SELECT AVG(HSPT) FROM kitchen_marks"),
    ]

    static let squads: [Case] = [
        Case(question: "What is the average sprint time?", reference: "SELECT AVG(sprint) FROM squads"),
        Case(question: "How many squads had a slalom time under 100?", reference: "SELECT COUNT(*) FROM squads WHERE slalom < 100"),
        // A number written with its unit that is part of one column's name.
        Case(question: "What is the mean 500m time?", reference: "SELECT AVG(row500m) FROM squads"),
        Case(question: "What is the lowest 2000 metres time?", reference: "SELECT MIN(row2000m) FROM squads"),
        // Compared, the number is a quantity.
        Case(question: "How many squads have a row2000m above 410?", reference: "SELECT COUNT(*) FROM squads WHERE row2000m > 410"),
    ]

    static let tankers: [Case] = [
        // Another kind of cargo ship than the naming column's, and the kind itself.
        Case(question: "How many freighters are in the register?", reference: "SELECT COUNT(*) FROM register_2031"),
        Case(question: "How many cargo ships have a tonnage above 25000?", reference: "SELECT COUNT(*) FROM register_2031 WHERE tonnage > 25000"),
    ]

    static let finalists: [Case] = [
        // The naming column's synonym set: a contender is a competitor, a contestant as a finalist is.
        Case(question: "How many contenders scored more than 60 points?", reference: "SELECT COUNT(*) FROM final_round_2031 WHERE score > 60"),
        // Points are what a score is counted in.
        Case(question: "How many finalists got fewer than 70 points?", reference: "SELECT COUNT(*) FROM final_round_2031 WHERE score < 70"),
    ]

    static let berths: [Case] = [
        // A number after the noun of a text column, written as one of its values.
        Case(question: "What is the length of berth 07?", reference: "SELECT length_m FROM berths WHERE berth = '07'"),
        Case(question: "How deep is berth 19?", reference: "SELECT depth_m FROM berths WHERE berth = '19'"),
    ]

    static let parishes: [Case] = [
        // The number that tells apart the columns a word names.
        Case(question: "What was the total population in 2010?", reference: "SELECT SUM(pop2010) FROM parishes"),
        Case(question: "How many parishes had a population above 1500 in 2000?", reference: "SELECT COUNT(*) FROM parishes WHERE pop2000 > 1500"),
    ]

    @Test(arguments: parishes)
    func parishQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().parishes.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: berths)
    func berthQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().berths.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: kitchens)
    func kitchenQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().kitchens.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: squads)
    func squadQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().squads.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: tankers)
    func tankerQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().tankers.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: finalists)
    func finalistQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().finalists.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// Words the mechanisms must leave unplaced: a contraction of a word no column is
    /// ("spiciness"), a dimension the column's unit does not measure (a lift in kilograms has
    /// no "time"), and a noun with an opposite ("winners" are not all the finalists).
    @Test(arguments: [
        ("kitchens", "What is the average spiciness?", "spiciness"),
        ("kitchens", "How many kitchens were closed?", "closed"),
        // A key value both related tables hold, with nothing to say whose rows are counted.
        ("clubs", "How many records are there for club 02?", "02"),
        // A collection's noun that goes on to say which one is no name of the data.
        ("kitchens", "What is the cleanliness score of the panel with the most kitchens?", "panel"),
        ("squads", "What is the average lift time?", "time"),
        ("finalists", "How many winners scored more than 60 points?", "winners"),
    ])
    func wordsLeftUnplaced(_ upload: String, _ question: String, _ word: String) throws {
        let fixture = try Fixture.shared.get()
        let translator = [
            "kitchens": fixture.kitchens, "squads": fixture.squads, "finalists": fixture.finalists, "clubs": fixture.clubs,
        ][upload]!.translator
        #expect {
            try translator.translate(question)
        } throws: { error in
            guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
            return words.contains(word)
        }
    }

    /// "How tall are keepers": the players' height, or a refusal — never the coaches' height,
    /// the first column of the dimension in another table.
    @Test func howTallReadsTheHeightOfTheRowsTheQuestionNames() throws {
        let clubs = try Fixture.shared.get().clubs
        let question = "How tall are keepers on average?"
        guard let translation = try? clubs.translator.translate(question) else { return }
        #expect(!translation.sql.contains("coach_height"), "\(translation.sql)")
        let problem = try clubs.check(question, "SELECT AVG(height_cm) FROM players WHERE position = 'keeper'")
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func contractionsSpellTheNameFromEachWordsFirstLetter() {
        func tokens(_ text: String) -> [Token] { Tokenizer.tokenize(text) }
        #expect(Interpreter.contracts("clns", tokens("cleanliness")))
        #expect(Interpreter.contracts("fdql", tokens("food quality")))
        // The first letter of each word must be the name's next letter.
        #expect(!Interpreter.contracts("clns", tokens("acclaims")))
        #expect(!Interpreter.contracts("fdql", tokens("fine quality")))
        // A word hardly longer than the name is not shortened to it.
        #expect(!Interpreter.contracts("hspt", tokens("hospt")))
    }
}
