import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Words of session 9's linking work, each on invented tables: a dimension noun after a
/// column that only partly names another (yes/no) column ("garden area" of `Garden (sq yd)`
/// beside `Quiet area`), a unit written in brackets and as "square …" in a column name, verbs of collecting
/// data said of the rows before a phrase of where ("complaints reported in the East ward"),
/// nouns for the data as a whole in the middle of a question, and a noun for the rows of a
/// table named after the collection ("respondents" of `census`).
@Suite struct ScopeAndCompoundWordsTests {
    typealias Case = QuestionCase

    struct Fixture {
        /// Cottages for sale: an asking price, a garden measured in square yards, rooms, and
        /// two yes/no columns whose names end in a dimension noun or a generic one.
        let cottages: FixtureUpload
        /// Ward visits with the complaints each recorded.
        let wards: FixtureUpload
        /// A table named after the collection (`census`): one row per person asked.
        let census: FixtureUpload

        /// Lunch orders with a yes/no column for bread.
        let lunches: FixtureUpload
        /// Learners by intake (stored values that name groups).
        let learners: FixtureUpload
        /// Galleries with their ticket revenue and an appraised value.
        let galleries: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var cottages = "cottage,asking_price,Garden (sq yd),Rooms,Quiet area,Sea view,sauna\n"
            for (i, name) in ["Alder", "Birch", "Cedar", "Damson", "Elm", "Fir", "Gorse", "Hazel"].enumerated() {
                cottages +=
                    "\(name),\(180 + (i * 37) % 150),\(40 + (i * 23) % 90),\(2 + i % 3),\(i % 2 == 0 ? "yes" : "no"),\(i % 3 == 0 ? "yes" : "no"),\(i % 4 == 1 ? "yes" : "no")\n"
            }
            self.cottages = try FixtureUpload([("cottages.csv", cottages)], valueIndex: true)

            var wards = "visit_id,ward,complaints,visited_on,round\n"
            for i in 0..<10 {
                wards += "\(i + 1),\(["East", "West", "North"][i % 3]),\(i * 3 % 7),2024-0\(1 + i % 6)-1\(i % 9),\(1 + i % 3)\n"
            }
            self.wards = try FixtureUpload([("ward_visits.csv", wards)], valueIndex: true)

            var census = "Age,Region,Answer\n"
            for i in 0..<9 { census += "\(20 + i * 5),\(["Coast", "Hills"][i % 2]),\(["Yes", "No", "Unsure"][i % 3])\n" }
            self.census = try FixtureUpload([("census.csv", census)], valueIndex: true)

            var lunches = "order_id,soup,bread,price\n"
            for i in 0..<8 { lunches += "\(i + 1),\(["Leek", "Tomato"][i % 2]),\(i % 3 == 0 ? "yes" : "no"),\(6 + i)\n" }
            self.lunches = try FixtureUpload([("lunch_orders.csv", lunches)], valueIndex: true)

            var learners = "learner,intake,score\n"
            for i in 0..<8 { learners += "Learner \(i),\(["Autumn", "Spring"][i % 2]),\(50 + (i * 7) % 40)\n" }
            self.learners = try FixtureUpload([("learners.csv", learners)], valueIndex: true)

            var galleries = "gallery,city,ticket_revenue,appraised_value\n"
            for (i, name) in ["Amber Hall", "Blue Loft", "Cobalt Rooms", "Dune House", "Ember Yard"].enumerated() {
                galleries += "\(name),\(["Lyon", "Porto"][i % 2]),\(900 - (i % 2) * 150),\(200 + i * 180).5\n"
            }
            self.galleries = try FixtureUpload([("galleries.csv", galleries)], valueIndex: true)
        }
    }

    /// "rooms area": a count of rooms measures no area, and `Quiet area` is not what was asked
    /// either — the noun is reported, never a yes/no filter.
    @Test func aDimensionNounTheColumnDoesNotMeasureIsRefused() throws {
        let cottages = try Fixture.shared.get().cottages
        #expect {
            try cottages.translator.translate("What is the average rooms area?")
        } throws: { error in
            guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
            return words.contains("area")
        }
    }

    static let cottages: [Case] = [
        // "area" after "garden": what the garden column measures (its unit is square yards),
        // never also the yes/no column `Quiet area` as a filter.
        Case(question: "What is the average garden area?", reference: "SELECT AVG(\"Garden (sq yd)\") FROM cottages"),
        Case(
            question: "What is the average garden area of the cottages with 3 rooms?",
            reference: "SELECT AVG(\"Garden (sq yd)\") FROM cottages WHERE Rooms = 3"),
        // The unit said in full restates the column's own, written in brackets and shortened.
        Case(question: "What is the largest garden, in square yards?", reference: "SELECT MAX(\"Garden (sq yd)\") FROM cottages"),
        // The other side of the rule (it holds without the change): the yes/no column named by
        // its distinctive word keeps its filter.
        Case(question: "How many cottages are in a quiet area?", reference: "SELECT COUNT(*) FROM cottages WHERE \"Quiet area\" = 'yes'"),
    ]

    static let cottageThingsAndPlaces: [Case] = [
        // A made thing named right after the yes/no column of it.
        Case(question: "How many cottages come with a sauna stove?", reference: "SELECT COUNT(*) FROM cottages WHERE sauna = 'yes'"),
        // The place of the whole data, all of it, opening the question.
        Case(
            question: "Across all of Norway, how many cottages have a sea view?",
            reference: "SELECT COUNT(*) FROM cottages WHERE \"Sea view\" = 'yes'"),
    ]

    @Test(arguments: cottageThingsAndPlaces)
    func cottageThingsAndPlaceQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().cottages.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: cottages)
    func cottageQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().cottages.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    static let wards: [Case] = [
        // A verb of collecting data, said of the rows, before the conditions.
        Case(
            question: "How many complaints were reported in the East ward?",
            reference: "SELECT SUM(complaints) FROM ward_visits WHERE ward = 'East'"),
        Case(
            question: "What is the total number of complaints reported in the West ward?",
            reference: "SELECT SUM(complaints) FROM ward_visits WHERE ward = 'West'"),
        // The data named as a whole in the middle of the question, or after "during".
        Case(
            question: "How many visits in the survey were to the North ward?", reference: "SELECT COUNT(*) FROM ward_visits WHERE ward = 'North'"),
        Case(question: "What was the average number of complaints during the study?", reference: "SELECT AVG(complaints) FROM ward_visits"),
        // A form of "do", the data as a whole and a verb of holding: what is in the data.
        Case(question: "How many wards does the register cover?", reference: "SELECT COUNT(DISTINCT ward) FROM ward_visits"),
        // A hyphenated length of time only describes each visit: no column keeps it.
        Case(
            question: "What was the average number of complaints per two-week visit in the East ward?",
            reference: "SELECT AVG(complaints) FROM ward_visits WHERE ward = 'East'"),
        // "each of the three rounds": how many rounds there are, never the round numbered 3.
        Case(
            question: "What is the total of complaints in each of the three rounds?",
            reference: "SELECT round, SUM(complaints) FROM ward_visits GROUP BY round"),
    ]

    /// "the 3-week average" is a figure over that span, which the engine does not compute: the
    /// length of time is not dropped as a description of the rows.
    @Test func aLengthOfTimeBeforeAnAggregateStays() throws {
        let wards = try Fixture.shared.get().wards
        #expect(throws: TranslationError.self) { try wards.translator.translate("What is the 3-week average of complaints?") }
    }

    /// "this register of 3 rounds": how many rounds the data holds, never the round numbered 3
    /// (a refusal is fine; a filter on the number is not).
    @Test func aCountAfterTheDataIsNoValue() throws {
        let wards = try Fixture.shared.get().wards
        guard let translation = try? wards.translator.translate("In this register of 3 rounds, what is the average number of complaints?") else {
            return
        }
        #expect(!translation.sql.contains("3"), "\(translation.sql)")
    }

    @Test(arguments: wards)
    func wardQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().wards.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    static let census: [Case] = [
        Case(question: "How many respondents are in the census?", reference: "SELECT COUNT(*) FROM census"),
        // An opening phrase naming the collection, then how many rows and what they are.
        Case(question: "In this census of 9 households, what is the average age?", reference: "SELECT AVG(Age) FROM census"),
        // "Taking" opens a phrase of scope, as "counting" and "considering" do.
        Case(question: "Taking all regions together, what is the average age?", reference: "SELECT AVG(Age) FROM census"),
    ]

    @Test(arguments: census)
    func censusQuestions(_ testCase: Case) throws {
        let problem = try Fixture.shared.get().census.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    static let kindsAndGroupsAndWorth: [(String, Case)] = [
        // A hyphenated noun WordNet files as a kind of its first part, the yes/no column of it.
        ("lunches", Case(question: "How many orders came with a bread-stick?", reference: "SELECT COUNT(*) FROM lunch_orders WHERE bread = 'yes'")),
        // A noun for a group right after a stored value.
        (
            "learners",
            Case(question: "What is the average score of the Autumn cohort?", reference: "SELECT AVG(score) FROM learners WHERE intake = 'Autumn'")
        ),
        // "worth" is what a thing is valued at, not what it took in.
        (
            "galleries",
            Case(
                question: "Which galleries are worth more than 500?",
                reference: "SELECT gallery, appraised_value FROM galleries WHERE appraised_value > 500")
        ),
        (
            "galleries",
            Case(question: "How much is Blue Loft worth?", reference: "SELECT appraised_value FROM galleries WHERE gallery = 'Blue Loft'")
        ),
    ]

    @Test(arguments: kindsAndGroupsAndWorth)
    func kindsGroupsAndWorth(_ upload: String, _ testCase: Case) throws {
        let fixture = try Fixture.shared.get()
        let translator = ["lunches": fixture.lunches, "learners": fixture.learners, "galleries": fixture.galleries][upload]!
        let problem = try translator.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }
}
