import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Words a schema does not spell that name its rows, measures and values, each mechanism on
/// invented tables: nouns for the rows by WordNet relation (and narrower kinds refused), coded
/// values by prefix, run-together names, units after numbers, "N <column noun>", verbs of the
/// rows' own event, context phrases, "the X table", "with code X", abbreviations people write.
@Suite struct WordsTests {
    typealias Case = QuestionCase

    /// A zoo's animal statistics (no head noun for the rows: what they are comes from the names),
    /// ocean voyages (rows that are acts), leaves measured in millimetres, a feeding trial, and
    /// couriers with two-letter codes and their deliveries.
    struct Fixture {
        let zoo: FixtureUpload
        let voyages: FixtureUpload
        let leaves: FixtureUpload
        let trial: FixtureUpload
        let couriers: FixtureUpload
        let districts: FixtureUpload
        let daily: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            let animals = ["leopard", "buffalo", "antelope", "llama", "lynx", "bison", "yak", "otter", "badger", "zebra", "camel", "wolf"]
            let diets = ["pisci", "frugi", "frugi", "frugi", "pisci", "frugi", "frugi", "frugi", "grani", "frugi", "frugi", "pisci"]
            var zoo = "name,diet,heartwt,lungwt,rest_total,rest_deep\n"
            for (i, animal) in animals.enumerated() {
                zoo += "\(animal),\(diets[i]),\(1 + Double(i) * 0.5),\(2 + Double(i % 5)),\(8 + i),\(1 + i % 4)\n"
            }
            self.zoo = try FixtureUpload([("zoo_stats.csv", zoo)], valueIndex: true)

            var voyages = "voyage_id,ship,port,distance,masts\n"
            for i in 0..<20 { voyages += "V\(i),Ship \(i % 6),\(["Lisbon", "Genoa", "Cadiz", "Bergen"][i % 4]),\(200 + i * 45),\(1 + i % 4)\n" }
            self.voyages = try FixtureUpload([("voyages.csv", voyages)], valueIndex: true)

            var leaves = "leaf_id,plant,leaf_length_mm,leaf_width_mm,stem_length_mm,mass_g\n"
            for i in 0..<30 {
                leaves += "L\(i),\(["fern", "ivy", "oak"][i % 3]),\(40 + (i * 7) % 50),\(10 + (i * 3) % 20),\(15 + (i * 11) % 40),\(1 + i % 5)\n"
            }
            self.leaves = try FixtureUpload([("leaves.csv", leaves)], valueIndex: true)

            var trial = "subject,ration_kg,response\n"
            for i in 0..<24 { trial += "S\(i),\([0.5, 1.0, 2.0][i % 3]),\(10 + Double((i * 7) % 13))\n" }
            self.trial = try FixtureUpload([("trial.csv", trial)], valueIndex: true)

            var couriers = "code,name,latitude\n"
            let names = ["Arrow Express", "Blue Parcel", "Comet Post", "Dart Freight"]
            for (i, name) in names.enumerated() { couriers += "\(["AX", "BP", "CP", "DF"][i]),\(name),\(40.5 + Double(i))\n" }
            var deliveries = "delivery_id,code,city,weight_kg\n"
            for i in 0..<16 { deliveries += "D\(i),\(["AX", "BP", "CP", "DF"][i % 4]),\(["Oslo", "Riga", "Tallinn"][i % 3]),\(1 + i)\n" }
            self.couriers = try FixtureUpload([("couriers.csv", couriers), ("deliveries.csv", deliveries)], valueIndex: true)

            var districts = "district,burglary,density,current,rpi,rpiadj\n"
            for i in 0..<12 { districts += "District \(i),\(10 + (i * 7) % 30),\(200 + i * 60),\(0.5 + Double(i % 5)),\(100 + i),\(98 + i % 4)\n" }
            self.districts = try FixtureUpload([("districts.csv", districts)], valueIndex: true)

            var daily = "date,day,pollen,heat\n"
            var date = CalendarDate(year: 2021, month: 5, day: 1)
            for i in 0..<60 {
                daily += "\(date.iso),\(date.day),\(20 + (i * 13) % 50),\(15 + (i * 7) % 25)\n"
                date = date.nextDay
            }
            self.daily = try FixtureUpload([("daily.csv", daily)], valueIndex: true)
        }
    }

    static let zoo: [Case] = [
        // "mammals": the kind most of the names are; "granivores": the code 'grani'.
        Case(question: "How many piscivores are there?", reference: "SELECT COUNT(*) FROM zoo_stats WHERE diet = 'pisci'"),
        Case(question: "How many mammals are frugi?", reference: "SELECT COUNT(*) FROM zoo_stats WHERE diet = 'frugi'"),
        Case(question: "How many granivores are there?", reference: "SELECT COUNT(*) FROM zoo_stats WHERE diet = 'grani'"),
        Case(question: "What is the average heartwt of frugivores?", reference: "SELECT AVG(heartwt) FROM zoo_stats WHERE diet = 'frugi'"),
        // Run-together names: "heart weight" of `heartwt`, "heaviest heart" of its weight.
        Case(question: "What is the average heart weight?", reference: "SELECT AVG(heartwt) FROM zoo_stats"),
        Case(question: "Which mammal has the heaviest heart?", reference: "SELECT name, heartwt FROM zoo_stats ORDER BY heartwt DESC LIMIT 1"),
        Case(question: "How many animals have lungs heavier than 4?", reference: "SELECT COUNT(*) FROM zoo_stats WHERE lungwt > 4"),
        // "rest" is the whole measure `rest_total`; "hours" only says how it is measured.
        Case(question: "How many animals rest more than 15 hours?", reference: "SELECT COUNT(*) FROM zoo_stats WHERE rest_total > 15"),
    ]

    static let voyages: [Case] = [
        // Rows that are acts: "journeys" are voyages by WordNet, not by a guess.
        Case(question: "How many journeys went to Lisbon?", reference: "SELECT COUNT(*) FROM voyages WHERE port = 'Lisbon'"),
        // A unit named after what it measures: miles → `distance`.
        Case(question: "How many voyages went more than 800 miles?", reference: "SELECT COUNT(*) FROM voyages WHERE distance > 800"),
        // "N <column noun>": the column's value.
        Case(question: "How many voyages had 3 masts?", reference: "SELECT COUNT(*) FROM voyages WHERE masts = 3"),
        Case(question: "List all voyages with 2 masts.", reference: "SELECT * FROM voyages WHERE masts = 2"),
        // The rows' own verb (voyage ↔ voyage) says only that they happened.
        Case(question: "How many ships voyaged to Genoa?", reference: "SELECT COUNT(DISTINCT ship) FROM voyages WHERE port = 'Genoa'"),
        // An opening phrase that only describes the data.
        Case(question: "In this 1850 harbour register, how many voyages are there?", reference: "SELECT COUNT(*) FROM voyages"),
    ]

    static let leaves: [Case] = [
        // A unit several columns share is the unit of the column the question names.
        Case(question: "How many leaves have stems longer than 30 mm?", reference: "SELECT COUNT(*) FROM leaves WHERE stem_length_mm > 30"),
        Case(question: "How many leaves have a leaf width of at least 20 mm?", reference: "SELECT COUNT(*) FROM leaves WHERE leaf_width_mm >= 20"),
        // "weigh" is about weight; the one column of that dimension is `mass_g`.
        Case(question: "How many leaves weigh more than 3?", reference: "SELECT COUNT(*) FROM leaves WHERE mass_g > 3"),
        Case(question: "How many rows does the leaves table hold?", reference: "SELECT COUNT(*) FROM leaves"),
    ]

    static let trial: [Case] = [
        // A unit one column is measured in names it; a bare decimal before it is its value.
        Case(question: "What is the average response at 0.5 kg?", reference: "SELECT AVG(response) FROM trial WHERE ration_kg = 0.5"),
        Case(question: "How many subjects got a 2 kg ration?", reference: "SELECT COUNT(*) FROM trial WHERE ration_kg = 2"),
        Case(question: "How many subjects received more than 1.5 kg?", reference: "SELECT COUNT(*) FROM trial WHERE ration_kg > 1.5"),
        Case(question: "What was the response on average?", reference: "SELECT AVG(response) FROM trial"),
    ]

    static let districts: [Case] = [
        // The plural of the column naming each row, in scope: the rows measured.
        Case(
            question: "What is the average burglary in districts with density over 500?",
            reference: "SELECT AVG(burglary) FROM districts WHERE density > 500"),
        Case(question: "What is the highest burglary across districts?", reference: "SELECT MAX(burglary) FROM districts"),
        // No column is named for speed: "faster" compares the noun's column.
        Case(question: "How many districts have currents faster than 2?", reference: "SELECT COUNT(*) FROM districts WHERE current > 2"),
        // A column's whole name that a longer name starts with: "rpi adjusted" of `rpiadj`.
        Case(question: "What is the average rpi adjusted?", reference: "SELECT AVG(rpiadj) FROM districts"),
    ]

    static let daily: [Case] = [
        // "days with …": the rows with a condition, not groups of the `day` column.
        Case(question: "What is the average pollen of days with a heat of 30 or more?", reference: "SELECT AVG(pollen) FROM daily WHERE heat >= 30")
    ]

    static let couriers: [Case] = [
        Case(question: "What is the name of the courier with code BP?", reference: "SELECT name FROM couriers WHERE code = 'BP'"),
        Case(question: "How many rows does the couriers table have?", reference: "SELECT COUNT(*) FROM couriers"),
        Case(question: "What is the average lat of the couriers?", reference: "SELECT AVG(latitude) FROM couriers"),
    ]

    @Test(arguments: zoo)
    func zooQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().zoo.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: voyages)
    func voyageQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().voyages.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: leaves)
    func leafQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().leaves.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: trial)
    func trialQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().trial.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: districts)
    func districtQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().districts.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: daily)
    func dailyQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().daily.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: couriers)
    func courierQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().couriers.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// A narrower kind of what the rows are names some rows, not all: without a value for it
    /// the question is refused and names the word; a noun for the rows next to an unknown
    /// word never hides it.
    @Test func narrowerKindsAndUnknownWordsAreRefused() throws {
        let fixture = try Fixture.shared.get()
        for (translator, question, word) in [
            (fixture.zoo.translator, "How many marsupials are there?", "marsupials"),
            (fixture.zoo.translator, "What is the average heart weight of ruminants?", "ruminants"),
            (fixture.voyages.translator, "How many trips were cancelled?", "cancelled"),
        ] {
            #expect("\(question)") {
                try translator.translate(question)
            } throws: { error in
                guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
                return words.contains(word)
            }
        }
    }

    /// A stored value that is a word in its own right is no code a longer word shortens:
    /// "goldfish" is not the tier 'Gold', and "southernmost" is the coordinate's superlative,
    /// not the region 'South'.
    @Test func aWholeWordValueIsNoCode() throws {
        var stalls = "stall,tier,region,latitude,rent\n"
        for i in 0..<12 {
            stalls += "Stall \(i),\(["Gold", "Silver", "Bronze"][i % 3]),\(["North", "South"][i % 2]),\(50 + Double(i) * 0.25),\(100 + i * 10)\n"
        }
        let market = try FixtureUpload([("stalls.csv", stalls)], valueIndex: true)
        let southernmost = try market.check("What is the rent of the southernmost stall?", "SELECT rent FROM stalls ORDER BY latitude ASC LIMIT 1")
        #expect(southernmost == nil, "\(southernmost ?? "")")
        #expect(try market.check("How many stalls are in the South region?", "SELECT COUNT(*) FROM stalls WHERE region = 'South'") == nil)
        #expect {
            try market.translator.translate("How many goldfish stalls are there?")
        } throws: { error in
            guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
            return words.contains("goldfish")
        }
    }

    /// What the lexicon learns from WordNet about the rows of a table.
    @Test(.enabled(if: WordNet.shared != nil, "wordnet-base is not installed"))
    func rowNounsFromWordNet() throws {
        let wordNet = try #require(WordNet.shared)
        #expect(SchemaLexicon.headNouns(of: ["xcar"], wordNet: wordNet) == ["car"])
        #expect(SchemaLexicon.headNouns(of: ["xrevenue"], wordNet: wordNet).isEmpty)
        let carWords = SchemaLexicon.rowWords(headNouns: ["car"], labelValues: [], wordNet: wordNet)
        #expect(carWords.contains("vehicle") && carWords.contains("automobile") && !carWords.contains("entity"))
        let named = SchemaLexicon.rowWords(
            headNouns: [], labelValues: ["leopard", "buffalo", "antelope", "llama", "lynx", "bison"], wordNet: wordNet)
        #expect(named.contains("mammal") && !named.contains("feline"))
        #expect(SchemaLexicon.splitRunTogether(["heartwt"]) == ["heart", "wt"])
        #expect(SchemaLexicon.splitRunTogether(["honeymoon"]) == ["honeymoon"])
        #expect(SchemaLexicon.unitSpellings(of: "mm") == ["mm"])
        #expect(SchemaLexicon.unitSpellings(of: "kilograms")?.contains("kg") == true)
    }
}
