import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Readings that answered with confidence and were wrong: a code shown where its name was
/// asked for, a money word placed on a column that only may abbreviate money, a date after
/// "when" or "at" read as groups, a count column counted distinct, "which X" listing rows
/// with no X, and "at least one <row>" left unread. Invented uploads: lamp makers with
/// one-letter codes and their lamps, keepers of a lighthouse, ferry riders by month.
@Suite(.serialized) struct NamesAndWhenTests {
    struct Fixture {
        let lamps: FixtureUpload
        let keepers: FixtureUpload
        let ferries: FixtureUpload
        let orchards: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            let makers = [("A", "Alder Lightworks"), ("B", "Brightmoor Company"), ("C", "Candlewick Partners"), ("D", "Dunmere Glass")]
            var makerCSV = "mkr,maker\n"
            for (code, name) in makers { makerCSV += "\(code),\(name)\n" }
            var lamps = "lamp,mkr,watts,low.price,price,high.price,Rev.per.km,zone\n"
            let zones = ["North", "South", "", "East"]
            for i in 0..<48 {
                lamps +=
                    "Lamp \(i),\(makers[(i * 5) % 4].0),\(20 + (i * 13) % 80),\(String(format: "%.1f", 6 + Double((i * 17) % 50) / 2)),"
                    + "\(String(format: "%.1f", 8 + Double((i * 17) % 50) / 2)),\(String(format: "%.1f", 10 + Double((i * 17) % 50) / 2)),"
                    + "\(1000 + (i % 12) * 150),\(zones[(i * 3) % 4])\n"
            }
            self.lamps = try FixtureUpload([("makers.csv", makerCSV), ("lamps.csv", lamps)], valueIndex: true)

            var keepers = "keeper,age,hired_on,post\n"
            for i in 0..<40 {
                let month = 1 + (i * 7) % 12
                let day = 1 + (i * 11) % 28
                keepers +=
                    "Keeper \(i),\(19 + (i * 23) % 50),\(1990 + i % 30)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day),Post \(i % 5)\n"
            }
            self.keepers = try FixtureUpload([("keepers.csv", keepers)], valueIndex: true)

            var ferries = "month,riders\n"
            for i in 0..<72 {
                let year = 2001 + i / 12
                let month = 1 + i % 12
                ferries += "\(year)-\(month < 10 ? "0" : "")\(month)-01,\(100 + (i * 29) % 300 + i * 4)\n"
            }
            self.ferries = try FixtureUpload([("ferries.csv", ferries)], valueIndex: true)

            // Each orchard keeps how many saplings it has; each sapling is a row of its own.
            var orchards = "orchard,soil_depth,saplings\n"
            var saplings = "orchard,sapling_no,girth\n"
            for o in 0..<12 {
                let count = 2 + o % 4
                orchards += "O\(o),\(30 + (o * 7) % 40),\(count)\n"
                for k in 0..<count { saplings += "O\(o),\(k + 1),\(10 + (o * 5 + k * 3) % 20)\n" }
            }
            self.orchards = try FixtureUpload([("orchards.csv", orchards), ("saplings.csv", saplings)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    /// "which maker" of lamps whose maker is a one-letter code: the maker's name, by the join.
    @Test func aCodeIsShownWithTheNameItStandsFor() throws {
        let f = try fixture
        #expect(
            try f.lamps.check(
                "Which maker's lamps have the highest average price?",
                "SELECT m.maker, AVG(l.price) FROM lamps l JOIN makers m ON l.mkr = m.mkr GROUP BY m.maker ORDER BY 2 DESC LIMIT 1") == nil)
        #expect(
            try f.lamps.check(
                "How many lamps does each maker have?", "SELECT m.maker, COUNT(*) FROM lamps l JOIN makers m ON l.mkr = m.mkr GROUP BY m.maker")
                == nil)
        // (The code asked for is still answered: the name is an extra column beside it.)
        #expect(try f.lamps.check("How many lamps are there per mkr?", "SELECT mkr, COUNT(*) FROM lamps GROUP BY mkr") == nil)
    }

    /// "cost" is the price (kept in thousands here), not a column whose name only may
    /// abbreviate revenue.
    @Test func aMoneyVerbPrefersTheColumnThatSaysMoney() throws {
        let f = try fixture
        #expect(try f.lamps.check("How many lamps cost less than 15 dollars?", "SELECT COUNT(*) FROM lamps WHERE price < 15") == nil)
        #expect(try f.lamps.check("How many lamps cost less than 15 thousand dollars?", "SELECT COUNT(*) FROM lamps WHERE price < 15") == nil)
    }

    /// "Which zones …" never lists the lamps without a zone as a zone.
    @Test func whichGroupsLeaveOutRowsWithoutTheGroup() throws {
        let f = try fixture
        #expect(
            try f.lamps.check(
                "Which zones have an average price of at least 10?",
                "SELECT zone, AVG(price) FROM lamps WHERE zone IS NOT NULL GROUP BY zone HAVING AVG(price) >= 10") == nil)
    }

    /// "when hired", "at hiring": when the age was taken, not one group per date.
    @Test func aDateAfterWhenSaysWhenTheMeasureWasTaken() throws {
        let f = try fixture
        #expect(try f.keepers.check("How old was the oldest keeper when hired?", "SELECT MAX(age) FROM keepers") == nil)
        #expect(try f.keepers.check("How many keepers were 40 or older when hired?", "SELECT COUNT(*) FROM keepers WHERE age >= 40") == nil)
        // A date asked for by itself is still grouped by.
        let sql = try f.keepers.translator.translate("What is the average age by hire date?").sql
        #expect(sql.contains("GROUP BY"))
    }

    /// "the total number of riders" of a column counting riders is its sum.
    @Test func theNumberOfACountColumnIsItsTotal() throws {
        let f = try fixture
        #expect(
            try f.ferries.check(
                "Which year had the highest total number of riders?",
                "SELECT strftime('%Y', month), SUM(riders) FROM ferries GROUP BY 1 ORDER BY 2 DESC LIMIT 1") == nil)
    }

    /// "did at least one month have …" of monthly rows: some rows have it.
    @Test func atLeastOneRowAsksThatSomeExist() throws {
        let f = try fixture
        #expect(
            try f.ferries.check(
                "In how many years did at least one month have more than 350 riders?",
                "SELECT COUNT(DISTINCT strftime('%Y', month)) FROM ferries WHERE riders > 350") == nil)
    }

    /// "the saplings" after "of" names the rows measured, not groups of the orchards' count
    /// column of the same name.
    @Test func aPluralNamingTheMeasuredRowsIsNoGroup() throws {
        let f = try fixture
        #expect(
            try f.orchards.check(
                "What is the average girth of the saplings in orchards with a soil depth above 50?",
                "SELECT AVG(s.girth) FROM saplings s JOIN orchards o ON o.orchard = s.orchard WHERE o.soil_depth > 50") == nil)
    }

    /// Two figures of different columns with no word joining them are refused; with "and"
    /// both are answered.
    @Test func figuresOfTwoColumnsNeedAWordJoiningThem() throws {
        let f = try fixture
        let lexicon = SchemaLexicon(
            schema: LanguageSchema(tables: f.orchards.loader.tables, foreignKeys: try f.orchards.loader.foreignKeys()))
        let orchards = try #require(lexicon.tables.firstIndex { $0.name == "orchards" })
        let depth = ColumnRef(table: orchards, column: try #require(lexicon.tables[orchards].columns.firstIndex { $0.name == "soil_depth" }))
        let count = ColumnRef(table: orchards, column: try #require(lexicon.tables[orchards].columns.firstIndex { $0.name == "saplings" }))
        var meaning = Meaning()
        meaning.measures = [
            Meaning.MeasureUse(measure: .aggregate(.average, depth), position: 1),
            Meaning.MeasureUse(measure: .aggregate(.maximum, count), position: 3),
        ]
        meaning.joinsFigures = false
        #expect(throws: TranslationError.self) { try QueryPlanner(lexicon: lexicon, meaning: meaning, resultType: .table).plan() }
        meaning.joinsFigures = true
        let sql = try QueryPlanner(lexicon: lexicon, meaning: meaning, resultType: .table).plan().sql
        #expect(sql.contains("AVG(soil_depth)") && sql.contains("MAX(saplings)"))
    }

    /// "How many rows are there for <one maker>" names no table: the rows the condition is on
    /// are one row, so the count would be 1 whatever was meant. The rows meant are those of the
    /// one table that refers to makers (its lamps); never the 1.
    @Test func countingTheRowsOfOneNamedRowCountsTheRelatedRowsWithNoTableNamed() throws {
        let f = try fixture
        #expect(
            try f.lamps.check(
                "How many rows are there for Dunmere Glass?",
                "SELECT COUNT(*) FROM lamps l JOIN makers m ON m.mkr = l.mkr WHERE m.maker = 'Dunmere Glass'") == nil)
    }

    /// "the months in which riders were above 380": "which" after a noun and a preposition
    /// joins a clause; it does not ask "which riders". ("In which year …" still asks.)
    @Test func whichAfterANounAndAPrepositionJoinsAClause() throws {
        let f = try fixture
        #expect(try f.ferries.check("List the months in which riders were above 380.", "SELECT month FROM ferries WHERE riders > 380") == nil)
        #expect(try f.ferries.translator.translate("In which year were riders highest?").sql.contains("LIMIT 1"))
    }

    /// "a price of at least 20": the column before "of" is the one compared.
    @Test func aColumnThenOfThenAComparison() throws {
        let f = try fixture
        #expect(try f.lamps.check("How many lamps have a price of at least 20?", "SELECT COUNT(*) FROM lamps WHERE price >= 20") == nil)
    }
}
