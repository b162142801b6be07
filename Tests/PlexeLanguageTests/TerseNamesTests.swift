import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Column names kept as a few letters of the phrase they stand for — each word's initial, then
/// consonants of the later words (`gwt` grain weight), a word of the table's own name among
/// them (`hq` harvest quality in a table of harvests), little words of the phrase left out
/// (`acres_bd` acres burned or damaged) — read from the question's full words, on invented
/// tables.
@Suite struct TerseNamesTests {
    typealias Case = QuestionCase

    struct Fixture {
        /// Farms' harvests with terse measure names.
        let harvests: FixtureUpload
        /// Two terse names that the same words spell: the words must be refused, not guessed.
        let sacks: FixtureUpload
        /// Roads with a terse rate column named from the table's word (`tr`, the toll rate).
        let tolls: FixtureUpload
        /// A table named by a modifier and a head of the same kind (pearls and brooches are
        /// both jewellery), and one whose modifier is another thing (riders are no tickets).
        let brooches: FixtureUpload
        let tickets: FixtureUpload
        /// Ingots weighed in a unit that names the column alone (`pennyweight`).
        let ingots: FixtureUpload
        /// Wards with shares run together from three words (`percabovequota`) or a word and
        /// initials (`percrsv`, rural skilled vocations).
        let wards: FixtureUpload
        /// Saplings measured by height and girth, and the county each stands in (coded).
        let saplings: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var harvests = "farm,district,hq,gwt,acres_bd\n"
            let farms = ["Oak Ridge", "Mill Brook", "Stone Field", "Willow Bend", "High Meadow", "Fern Hollow", "Crow Hill"]
            for (i, farm) in farms.enumerated() {
                harvests += "\(farm),\(i % 2 == 0 ? "North" : "South"),\(30 + (i * 7) % 20),\(40 + Double((i * 13) % 30) / 10),\((i * 5) % 12)\n"
            }
            self.harvests = try FixtureUpload([("harvests.csv", harvests)], valueIndex: true)

            var sacks = "sack,gwt,gwgt\n"
            for i in 0..<6 { sacks += "Sack \(i),\(20 + i),\(25 + i * 2)\n" }
            self.sacks = try FixtureUpload([("sacks.csv", sacks)], valueIndex: true)

            var tolls = "road,tr,lanes\n"
            for (i, road) in ["Ridge Road", "Bay Road", "Quarry Lane", "Marsh Way", "Kiln Street"].enumerated() {
                tolls += "\(road),\(2 + Double(i * 3 % 7) / 2),\(2 + i % 3)\n"
            }
            self.tolls = try FixtureUpload([("tolls.csv", tolls)], valueIndex: true)

            var brooches = "maker,price,clasp\n"
            for (i, maker) in ["Lune", "Verre", "Osprey", "Talon", "Brume", "Cairn"].enumerated() {
                brooches += "\(maker),\(30 + i * 12),\(i % 2 == 0 ? "pin" : "hook")\n"
            }
            self.brooches = try FixtureUpload([("pearl_brooches.csv", brooches)], valueIndex: true)

            var tickets = "ticket_no,fare,zone\n"
            for i in 0..<8 { tickets += "T\(100 + i),\(2 + i),\(1 + i % 3)\n" }
            self.tickets = try FixtureUpload([("rider_tickets.csv", tickets)], valueIndex: true)

            var ingots = "ingot,pennyweight,purity\n"
            for (i, ingot) in ["Crown", "Anvil", "Sable", "Lark", "Quill", "Ember"].enumerated() {
                ingots += "\(ingot),\(40 + (i * 17) % 50),\(90 + i)\n"
            }
            self.ingots = try FixtureUpload([("ingots.csv", ingots)], valueIndex: true)

            var wards = "ward,percabovequota,percrsv\n"
            for (i, ward) in ["Ashby", "Brent", "Colne", "Dunmow", "Elstow", "Frome"].enumerated() {
                wards += "\(ward),\(10 + Double((i * 7) % 30) / 2),\(20 + i * 3)\n"
            }
            self.wards = try FixtureUpload([("wards.csv", wards)], valueIndex: true)

            var saplings = "tag,county,height,girth\n"
            for i in 0..<8 { saplings += "S\(i),\(["NX", "QR", "TW"][i % 3]),\(120 + i * 9),\(10 + i)\n" }
            self.saplings = try FixtureUpload([("saplings.csv", saplings)], valueIndex: true)
        }
    }

    static let harvests: [Case] = [
        // A word of the table's name starts the name of one of its columns.
        Case(question: "What is the average harvest quality?", reference: "SELECT AVG(hq) FROM harvests"),
        Case(question: "Which farm has the largest grain weight?", reference: "SELECT farm, gwt FROM harvests ORDER BY gwt DESC LIMIT 1"),
        Case(
            question: "What is the average grain weight in the North district?", reference: "SELECT AVG(gwt) FROM harvests WHERE district = 'North'"),
        Case(question: "What is the total of acres burned or damaged?", reference: "SELECT SUM(acres_bd) FROM harvests"),
    ]

    @Test(arguments: harvests)
    func harvestQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().harvests.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    static let tolls: [Case] = [
        // Every word is known ("rate" a share word, "toll" the table's): together they spell `tr`.
        Case(question: "What is the toll rate of Ridge Road?", reference: "SELECT tr FROM tolls WHERE road = 'Ridge Road'"),
        Case(question: "What is the average toll rate?", reference: "SELECT AVG(tr) FROM tolls"),
        Case(question: "What is the toll ratio of Bay Road?", reference: "SELECT tr FROM tolls WHERE road = 'Bay Road'"),
    ]

    @Test(arguments: tolls)
    func tollQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().tolls.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    static let brooches: [Case] = [
        Case(question: "How many pearls cost more than 50?", reference: "SELECT COUNT(*) FROM pearl_brooches WHERE price > 50"),
        Case(question: "What is the average price of the pearls?", reference: "SELECT AVG(price) FROM pearl_brooches"),
    ]

    @Test(arguments: brooches)
    func broochQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().brooches.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    static let ingots: [Case] = [
        // "heavy" asks for a weight; the column is named after a unit of weight.
        Case(question: "How heavy is the heaviest ingot?", reference: "SELECT MAX(pennyweight) FROM ingots"),
        Case(question: "What is the average weight of the ingots?", reference: "SELECT AVG(pennyweight) FROM ingots"),
    ]

    @Test(arguments: ingots)
    func ingotQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().ingots.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    static let wards: [Case] = [
        Case(
            question: "Which ward has the highest percent above quota?",
            reference: "SELECT ward, percabovequota FROM wards ORDER BY percabovequota DESC LIMIT 1"),
        Case(question: "What is the average rural skilled vocations percentage?", reference: "SELECT AVG(percrsv) FROM wards"),
        Case(
            question: "Which ward has the most rural skilled vocations?", reference: "SELECT ward, percrsv FROM wards ORDER BY percrsv DESC LIMIT 1"),
    ]

    @Test(arguments: wards)
    func wardQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().wards.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    static let saplings: [Case] = [
        // A contraction written in the question: first and last letters, none of its vowels.
        Case(question: "What is the average hgt of the saplings?", reference: "SELECT AVG(height) FROM saplings"),
        Case(question: "What is the maximum hgt in county QR?", reference: "SELECT MAX(height) FROM saplings WHERE county = 'QR'"),
    ]

    @Test(arguments: saplings)
    func saplingQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().saplings.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// The riders of `rider_tickets` are not the tickets: the word stays unplaced.
    @Test func aModifierOfAnotherKindIsNotTheRows() throws {
        let tickets = try Fixture.shared.get().tickets
        #expect {
            try tickets.translator.translate("How many riders paid a fare above 5?")
        } throws: { error in
            guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
            return words.contains("riders")
        }
    }

    /// Words two terse names spell equally are not bound to either.
    @Test func wordsTwoTerseNamesSpellAreRefused() throws {
        let sacks = try Fixture.shared.get().sacks
        #expect(throws: TranslationError.self) { try sacks.translator.translate("What is the average grain weight?") }
    }
}

/// The three-word split of a run-together column name looks up every pair of cuts: an
/// uploader's long names are left whole rather than searched (a bound on the work a schema's
/// names can cause), while names of ordinary length still split.
@Suite struct RunTogetherNameBoundTests {
    @Test func longRunTogetherNamesAreLeftWhole() {
        #expect(SchemaLexicon.splitRunTogether(["farmbelowsea"]) == ["farm", "below", "sea"])
        let long = "administration" + "below" + "representative"
        #expect(long.count > SchemaLexicon.longestRunTogetherName)
        #expect(SchemaLexicon.splitRunTogether([long]) == [long])
    }
}
