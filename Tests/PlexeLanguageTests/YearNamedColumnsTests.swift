import Foundation
import Testing

@testable import PlexeLanguage

/// Tables that keep the year in their column names (`sales2019`, `sales2020`, `pop1990`,
/// `runs86`) and have no date or year column: "in 2020" picks the column of that year, it
/// filters no rows. Each of these was refused ("in 2020" needs a date column). A plain
/// column beside them (`sales`, the all-time total) stays the reading without a year; a year
/// no column carries, a range, and a table with a date column keep today's readings.
/// Invented uploads: stores, towns, players and readings.
@Suite(.enabled(if: WordNet.shared != nil, "wordnet-base is not installed"))
struct YearNamedColumnsTests {
    static let stores: Result<FixtureUpload, Error> = Result {
        let csv = "store,sales,sales2019,sales2020,returns2020\nOak Street,900,400,500,30\nElm Road,700,300,400,20\nPine Hill,1500,800,700,55\n"
        return try FixtureUpload([("stores.csv", csv)], valueIndex: true)
    }
    static let towns: Result<FixtureUpload, Error> = Result {
        let csv = "town,pop1990,pop2000\nAshby,1200,1500\nBrill,800,760\nCorton,3000,3300\n"
        return try FixtureUpload([("towns.csv", csv)], valueIndex: true)
    }
    static let players: Result<FixtureUpload, Error> = Result {
        let csv = "player,runs88,errors88,sal89,runs,errors\nAda Moss,70,4,300,900,40\nBo Lind,95,12,450,700,85\nCy Park,60,7,200,1200,66\n"
        return try FixtureUpload([("players.csv", csv)], valueIndex: true)
    }
    static let readings: Result<FixtureUpload, Error> = Result {
        let csv = "reading_date,site,level\n2019-03-01,A,3\n2020-03-01,B,5\n2020-06-01,A,7\n"
        return try FixtureUpload([("readings.csv", csv)], valueIndex: true)
    }

    @Test func theYearPicksTheColumnOfItsStem() throws {
        let f = try Self.stores.get()
        #expect(try f.check("What were the total sales in 2020?", "SELECT SUM(sales2020) FROM stores") == nil)
        #expect(try f.check("What were the total sales in 2019?", "SELECT SUM(sales2019) FROM stores") == nil)
        let best = "SELECT store, sales2019 FROM stores ORDER BY sales2019 DESC LIMIT 1"
        #expect(try f.check("Which store had the highest sales in 2019?", best) == nil)
        #expect(try f.check("How many stores had sales above 450 in 2020?", "SELECT COUNT(*) FROM stores WHERE sales2020 > 450") == nil)
        #expect(try f.check("What were the total returns in 2020?", "SELECT SUM(returns2020) FROM stores") == nil)
    }

    @Test func aNounOfTheStemAndAYearBeforeTheNoun() throws {
        let f = try Self.towns.get()
        #expect(try f.check("What was the population of Brill in 1990?", "SELECT pop1990 FROM towns WHERE town = 'Brill'") == nil)
        let best = "SELECT town, pop2000 FROM towns ORDER BY pop2000 DESC LIMIT 1"
        #expect(try f.check("Which town had the largest population in 2000?", best) == nil)
        let p = try Self.players.get()
        #expect(try p.check("What was Bo Lind's 1989 salary?", "SELECT sal89 FROM players WHERE player = 'Bo Lind'") == nil)
    }

    /// Two-digit years, said whole or in two digits; the plain column beside them is the
    /// reading without a year.
    @Test func twoDigitYearsAndThePlainSibling() throws {
        let p = try Self.players.get()
        #expect(try p.check("How many errors did Bo Lind make in 1988?", "SELECT errors88 FROM players WHERE player = 'Bo Lind'") == nil)
        #expect(try p.check("What is the average number of runs in 88?", "SELECT AVG(runs88) FROM players") == nil)
        #expect(try p.check("What is the average number of runs?", "SELECT AVG(runs) FROM players") == nil)
        #expect(try Self.stores.get().check("What were the total sales?", "SELECT SUM(sales) FROM stores") == nil)
    }

    /// A year no column of the stem carries, and a range of years, are still refused.
    @Test func otherYearsAndRangesStayRefused() throws {
        let f = try Self.stores.get()
        #expect((try? f.translator.translate("What were the total sales in 2018?")) == nil)
        #expect((try? f.translator.translate("What were the total returns in 2019?")) == nil)
        #expect((try? f.translator.translate("What were the total sales since 2019?")) == nil)
        #expect((try? Self.towns.get().translator.translate("What was the total population in 1980?")) == nil)
    }

    /// A phrasal verb the engine cannot read may name another column ("drove in runs" are
    /// runs batted in): the year is not read past it, and the question stays refused.
    @Test func anUnreadPhrasalVerbKeepsTheYearUnread() {
        let p = try? Self.players.get()
        #expect((try? p?.translator.translate("How many players drove in more than 80 runs in 1988?")) == nil)
    }

    /// A table with a date column reads "in 2020" as a filter on it, as before.
    @Test func aDatedTableKeepsTheFilter() throws {
        let f = try Self.readings.get()
        let reference = "SELECT AVG(level) FROM readings WHERE strftime('%Y', reading_date) = '2020'"
        #expect(try f.check("What was the average level in 2020?", reference) == nil)
    }

    /// Ages and percentiles are no years: two-digit endings far apart (`pop15`, `pop75`), or
    /// after one letter (`p90`, `p95`).
    @Test func endingsThatAreNoYears() throws {
        var loader = try CSVTableLoader()
        try loader.load(csv: "country,pop15,pop75,p90,p95\nAlba,30,2,9,11\nBrea,42,1,6,8\n", filename: "countries.csv")
        let lexicon = SchemaLexicon(schema: LanguageSchema(tables: loader.tables, foreignKeys: []))
        #expect(lexicon.yearNamedColumns.isEmpty)
        var seasons = try CSVTableLoader()
        try seasons.load(csv: "player,runs88,sal89\nAda,70,300\nBo,95,450\n", filename: "players.csv")
        let years = SchemaLexicon(schema: LanguageSchema(tables: seasons.tables, foreignKeys: [])).yearNamedColumns.values.map(\.year)
        #expect(Set(years) == [1988, 1989])
    }
}
