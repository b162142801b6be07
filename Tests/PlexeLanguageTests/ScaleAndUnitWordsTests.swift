import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Numbers said in whole units against columns kept in thousands, what a unit in a column's name
/// measures, initials of names, shares run together with their noun, and "the whole X" where X
/// is only part of a stored name — each on invented tables.
@Suite struct ScaleAndUnitWordsTests {
    typealias Case = QuestionCase

    struct Fixture {
        /// Orchards with their revenue in thousands (`revenue_k`) and the share of land under
        /// fruit run together with its noun (`perfruit`).
        let orchards: FixtureUpload
        /// Daily buoy readings of sea water temperature in degrees Celsius (`swt_celsius`).
        let buoys: FixtureUpload
        /// Ferry routes with a generalised cost, and guilds whose names share a word.
        let ferries: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var orchards = "orchard,revenue_k,perfruit,pickers\n"
            for i in 0..<16 { orchards += "Orchard \(i),\(20 + i * 9),\(30 + (i * 7) % 50),\(3 + i % 6)\n" }
            self.orchards = try FixtureUpload([("orchards.csv", orchards)], valueIndex: true)

            var buoys = "day,swt_celsius\n"
            for i in 0..<40 {
                let day = String(format: "2031-%02d-%02d", 1 + i / 28, 1 + i % 28)
                buoys += "\(day),\(14 + Double((i * 13) % 90) / 10)\n"
            }
            self.buoys = try FixtureUpload([("buoy_readings.csv", buoys)], valueIndex: true)

            var ferries = "route,mode,curriculum_value,crew\n"
            let routes = ["Gull Point", "Kelp Bay", "Tern Sound", "Otter Cove", "Seal Rock", "Puffin Isle"]
            for (i, route) in routes.enumerated() { ferries += "\(route),\(["fast", "slow"][i % 2]),\(40 + i * 11),\(4 + i)\n" }
            var guilds = "guild,members,staff\n"
            for (i, name) in ["Masons Oversight", "Weavers", "Coopers", "Tanners", "Chandlers", "Fletchers"].enumerated() {
                guilds += "\(name),\(10 + i * 3),\(2 + i)\n"
            }
            self.ferries = try FixtureUpload([("ferries.csv", ferries), ("guilds.csv", guilds)], valueIndex: true)
        }
    }

    static let orchards: [Case] = [
        // "50 thousand" against a column in thousands: 50.
        Case(
            question: "How many orchards have a revenue of at least 50 thousand dollars?",
            reference: "SELECT COUNT(*) FROM orchards WHERE revenue_k >= 50"),
        Case(question: "How many orchards have a revenue above $100,000?", reference: "SELECT COUNT(*) FROM orchards WHERE revenue_k > 100"),
        Case(
            question: "How many orchards earned more than 0.1 million in revenue?", reference: "SELECT COUNT(*) FROM orchards WHERE revenue_k > 100"),
        // "in thousands" restates the column's unit.
        Case(question: "What is the average revenue, in thousands?", reference: "SELECT AVG(revenue_k) FROM orchards"),
        // `perfruit`: the share of fruit.
        Case(
            question: "Which orchard has the highest fruit share?", reference: "SELECT orchard, perfruit FROM orchards ORDER BY perfruit DESC LIMIT 1"
        ),
    ]

    static let buoys: [Case] = [
        // The Celsius scale is a temperature scale (WordNet): `swt_celsius` is the temperature.
        Case(question: "What is the average temperature?", reference: "SELECT AVG(swt_celsius) FROM buoy_readings"),
        Case(
            question: "How many days were warmer than 20 degrees?",
            reference: "SELECT COUNT(*) FROM buoy_readings WHERE swt_celsius > 20"),
        Case(question: "On which day was it warmest?", reference: "SELECT day FROM buoy_readings ORDER BY swt_celsius DESC LIMIT 1"),
        // s·w·t: the initials of the column's first word.
        Case(question: "What is the average sea water temperature?", reference: "SELECT AVG(swt_celsius) FROM buoy_readings"),
        // Where the data comes from, said in passing, is no condition.
        Case(
            question: "According to the Zorbian survey, what is the average temperature?", reference: "SELECT AVG(swt_celsius) FROM buoy_readings"),
        Case(question: "Across Zorbia, what is the average temperature?", reference: "SELECT AVG(swt_celsius) FROM buoy_readings"),
        // "the buoy": the other word of the table's name, said of the rows.
        Case(question: "On which day was the buoy coldest?", reference: "SELECT day FROM buoy_readings ORDER BY swt_celsius ASC LIMIT 1"),
    ]

    /// "buoys" qualifies the readings; counting them is not counting the readings.
    @Test func aPluralOfTheWordThatQualifiesTheRowsIsRefused() throws {
        let fixture = try Fixture.shared.get()
        #expect {
            try fixture.buoys.translator.translate("How many buoys are there?")
        } throws: { error in
            guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
            return words.contains("buoys")
        }
    }

    static let ferries: [Case] = [
        // The initials of `curriculum_value`.
        Case(question: "What is the average CV of the fast ferries?", reference: "SELECT AVG(curriculum_value) FROM ferries WHERE mode = 'fast'"),
        // "the whole Masons" where only 'Masons Oversight' holds the word: no filter.
        Case(question: "Across the whole Masons, how many staff are there altogether?", reference: "SELECT SUM(staff) FROM guilds"),
    ]

    @Test(arguments: orchards)
    func orchardQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().orchards.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: buoys)
    func buoyQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().buoys.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: ferries)
    func ferryQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().ferries.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// A number said in thousands where a scaled column is named but the number cannot be tied
    /// to it is refused, never compared raw.
    @Test func aScaledNumberThatCannotBeTiedToAColumnIsRefused() throws {
        let fixture = try Fixture.shared.get()
        #expect {
            try fixture.orchards.translator.translate("Which orchards with 40 thousand or so have the most revenue?")
        } throws: { error in
            error is TranslationError
        }
    }

    /// Initials that spell an English word are not read off the words that happen to stand
    /// together ("average rural tax" is no `ART`), and a noun that says all a column in
    /// thousands says is that column, not the rows counted ("2 million workers" of `WorkersK`).
    @Test func initialsThatSpellAWordAndCountsInThousands() throws {
        var levies = "district,RURTAX,ART\n"
        for i in 0..<10 { levies += "District \(i),\(500 + i * 13),\(3 + i % 5)\n" }
        let upload = try FixtureUpload([("levies.csv", levies)], valueIndex: true)
        let tax = try upload.check("What is the average rural tax?", "SELECT AVG(RURTAX) FROM levies")
        #expect(tax == nil, "\(tax ?? "")")
        var regions = "region,year,WorkersK\n"
        for i in 0..<24 { regions += "Region \(i % 6),\(2000 + i / 6),\(800 + Double(i) * 97.5)\n" }
        let workers = try FixtureUpload([("regions.csv", regions)], valueIndex: true)
        let jobs = try workers.check(
            "How many regions had more than 2 million workers in 2001?", "SELECT COUNT(*) FROM regions WHERE year = 2001 AND WorkersK > 2000")
        #expect(jobs == nil, "\(jobs ?? "")")
    }

    /// A plural only WordNet knows ("larvae") names the rows of the one table; a unit after a
    /// number says which of the columns a word names is compared ("cost … 40 dollars" is the
    /// cost in dollars, not the other cost).
    @Test func irregularPluralsAndUnitsThatChooseAColumn() throws {
        var tanks = "tank,oxygen,feeds\n"
        for i in 0..<12 { tanks += "T\(i),\(3 + i % 6),\(1 + i % 4)\n" }
        let hatchery = try FixtureUpload([("tanks.csv", tanks)], valueIndex: true)
        let larvae = try hatchery.check("How many larvae have an oxygen above 5?", "SELECT COUNT(*) FROM tanks WHERE oxygen > 5")
        #expect(larvae == nil, "\(larvae ?? "")")
        var firings = "firing_id,glaze,kiln_cost_usd,overall_cost\n"
        for i in 0..<12 { firings += "F\(i),\(["ash", "tin"][i % 2]),\(20 + i * 4),\(50 + i * 6)\n" }
        let pottery = try FixtureUpload([("firings.csv", firings)], valueIndex: true)
        let cost = try pottery.check(
            "How many ash firings cost more than 40 dollars?", "SELECT COUNT(*) FROM firings WHERE kiln_cost_usd > 40 AND glaze = 'ash'")
        #expect(cost == nil, "\(cost ?? "")")
    }

    /// A unit that several columns are measured in, and a word near it that names one of
    /// them: "more than 50 minutes on the drive" is `drive_time_min`, not `wait_min` (and not
    /// `drive_cost_usd`, which "drive" names as well).
    @Test func aWordNearAUnitChoosesAmongItsColumns() throws {
        var shifts = "shift_id,crew,wait_min,drive_time_min,drive_cost_usd\n"
        for i in 0..<12 { shifts += "H\(i),\(["red", "blue"][i % 2]),\(5 + i * 3),\(20 + i * 7),\(30 + i)\n" }
        let depot = try FixtureUpload([("shifts.csv", shifts)], valueIndex: true)
        let drive = try depot.check(
            "How many red shifts took more than 50 minutes on the drive?", "SELECT COUNT(*) FROM shifts WHERE drive_time_min > 50 AND crew = 'red'")
        #expect(drive == nil, "\(drive ?? "")")
    }

    /// Scales a name writes as a power of ten (`Surface (1000 sq km)`) or as a letter before a
    /// currency code (`holdings_musd`): numbers said in full are brought to the stored unit.
    @Test func scalesWrittenAsNumbersAndCurrencyCodes() throws {
        #expect(SchemaLexicon.unitScale(ofWords: SchemaLexicon.words(of: "Surface (1000 sq km)")) == 1000)
        #expect(SchemaLexicon.unitScale(ofWords: ["holding", "musd"]) == 1e6)
        #expect(SchemaLexicon.unitScale(ofWords: ["fee", "keur"]) == 1e3)
        // A rate per thousand is no scale; neither is a word that only ends like a code.
        #expect(SchemaLexicon.unitScale(ofWords: ["death", "per", "1000"]) == 1)
        #expect(SchemaLexicon.unitScale(ofWords: ["campus", "eur"]) == 1)
        var lakes = "lake,Surface (1000 sq km),depth_m\n"
        for (i, name) in ["Mirror", "Reed", "Heron", "Slate", "Amber", "Pike", "Willow", "Frost"].enumerated() {
            lakes += "\(name),\(3 + i * 9),\(20 + i * 5)\n"
        }
        var funds = "fund,holdings_musd\n"
        for (i, name) in ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir"].enumerated() { funds += "\(name) Fund,\(400 + i * 3100)\n" }
        let upload = try FixtureUpload([("lakes.csv", lakes), ("funds.csv", funds)], valueIndex: true)
        let smaller = try upload.check(
            "How many lakes are smaller than 20 thousand square kilometers?", "SELECT COUNT(*) FROM lakes WHERE \"Surface (1000 sq km)\" < 20")
        #expect(smaller == nil, "\(smaller ?? "")")
        let larger = try upload.check(
            "How many lakes cover more than 40 thousand square kilometers?", "SELECT COUNT(*) FROM lakes WHERE \"Surface (1000 sq km)\" > 40")
        #expect(larger == nil, "\(larger ?? "")")
        let billions = try upload.check(
            "How many funds have holdings of more than 10 billion dollars?", "SELECT COUNT(*) FROM funds WHERE holdings_musd > 10000")
        #expect(billions == nil, "\(billions ?? "")")
        // Asked in the column's unit but not its scale, the stored 21 would be read as 21
        // square kilometres: refused. In the column's own scale it is the stored value.
        #expect(throws: TranslationError.self) { try upload.translator.translate("What is the surface of Heron in square kilometres?") }
        let inThousands = try upload.check(
            "What is the surface of Heron in thousands of square kilometres?", "SELECT \"Surface (1000 sq km)\" FROM lakes WHERE lake = 'Heron'")
        #expect(inThousands == nil, "\(inThousands ?? "")")
    }

    @Test func scalesFromNamesAndNumbers() {
        #expect(SchemaLexicon.unitScale(ofWords: ["family", "income", "k"]) == 1000)
        #expect(SchemaLexicon.unitScale(ofWords: ["factory", "job", "k"]) == 1000)
        #expect(SchemaLexicon.unitScale(ofWords: ["sale", "million"]) == 1e6)
        #expect(SchemaLexicon.unitScale(ofWords: ["output", "thousand", "usd"]) == 1000)
        // Kelvin, not thousands.
        #expect(SchemaLexicon.unitScale(ofWords: ["temp", "k"]) == 1)
        #expect(SchemaLexicon.unitScale(ofWords: ["k"]) == 1)
        let tokens = Tokenizer.tokenize("over 40k or 2 million or $40,000 or 300")
        let magnitudes = tokens.filter { $0.kind == .number }.map { $0.magnitude ?? 1 }
        #expect(magnitudes == [1000, 1e6, 1000, 1])
    }

    @Test(.enabled(if: WordNet.shared != nil, "wordnet-base is not installed"))
    func dimensionsOfUnits() {
        let celsius = SchemaLexicon.measuredDimensions(ofUnit: "celsius", wordNet: WordNet.shared)
        #expect(celsius.contains("temperature"))
        let kilograms = SchemaLexicon.measuredDimensions(ofUnit: "kg", wordNet: WordNet.shared)
        #expect(kilograms.contains("weight"))
        #expect(SchemaLexicon.splitRunTogether(["perfruit"]) == ["per", "fruit"])
    }
}
