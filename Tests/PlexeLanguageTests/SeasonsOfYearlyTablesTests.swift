import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "Season" of a table kept by year, and the change of a total between two years.
///
/// What was wrong: on `players(player, year, team, homers, salary)` "Plot the total number of
/// homers per season" drew one bar, the sum over the whole table: "season" was guessed as the
/// noun of the rows and "per season" became per row. And "How much did the total number of
/// homers drop from 2004 to 2007?" subtracted the two years' averages and added a count of the
/// rows: "total number of", one phrase of the lexicon, was not seen as "number of". Now a
/// season of a table whose only time is a plain year is that year (as "year" would be read);
/// on a table with a finer time (a date, a month or week column), with stored seasons, or with
/// no year, the word is refused. Invented uploads.
@Suite(.serialized) struct SeasonsOfYearlyTablesTests {
    static let players: Result<FixtureUpload, Error> = Result {
        let csv = """
            player,year,team,homers,salary
            adams,2004,BOS,30,500
            baker,2004,NYA,12,900
            clark,2004,SEA,5,300
            adams,2005,BOS,22,650
            baker,2005,NYA,15,950
            adams,2006,SEA,9,700
            clark,2006,SEA,11,400
            baker,2007,NYA,4,1000

            """
        return try FixtureUpload([("players.csv", csv)], valueIndex: true)
    }

    static let monthly: Result<FixtureUpload, Error> = Result {
        let csv = "month,visitors\n2020-01-01,100\n2020-04-01,150\n2020-07-01,300\n2021-01-01,120\n2021-07-01,310\n"
        return try FixtureUpload([("visits.csv", csv)], valueIndex: true)
    }

    static let yearAndMonth: Result<FixtureUpload, Error> = Result {
        let csv = "year,month,sales\n2020,1,10\n2020,7,30\n2021,1,12\n2021,7,33\n"
        return try FixtureUpload([("sales.csv", csv)], valueIndex: true)
    }

    static let storedSeasons: Result<FixtureUpload, Error> = Result {
        let csv = "year,period,visitors\n2020,Summer,100\n2020,Winter,50\n2021,Summer,120\n2021,Winter,70\n"
        return try FixtureUpload([("tourism.csv", csv)], valueIndex: true)
    }

    static let birthYears: Result<FixtureUpload, Error> = Result {
        let csv = "name,birth_year,salary\nann,1980,500\nbob,1975,620\ncy,1990,400\n"
        return try FixtureUpload([("people.csv", csv)], valueIndex: true)
    }

    private func refuses(_ upload: FixtureUpload, _ question: String) -> Bool {
        (try? upload.translator.translate(question)) == nil
    }

    @Test func aSeasonOfAYearlyTableIsItsYear() throws {
        let u = try Self.players.get()
        #expect(
            try u.check(
                "Plot the total number of homers per season.", "SELECT year, SUM(homers) FROM players GROUP BY year ORDER BY year",
                ordered: true) == nil)
        #expect(try u.check("Average salary per season", "SELECT year, AVG(salary) FROM players GROUP BY year") == nil)
        #expect(try u.check("What was the average salary in the 2005 season?", "SELECT AVG(salary) FROM players WHERE year = 2005") == nil)
        #expect(try u.check("How many seasons are there?", "SELECT COUNT(DISTINCT year) FROM players") == nil)
        #expect(
            try u.check(
                "Which season had the highest total homers?",
                "SELECT year, SUM(homers) FROM players GROUP BY year ORDER BY SUM(homers) DESC LIMIT 1") == nil)
    }

    @Test func aSeasonOfFinerTimeIsRefused() throws {
        #expect(refuses(try Self.monthly.get(), "Total visitors per season"))
        #expect(refuses(try Self.monthly.get(), "Which season had the most visitors?"))
        #expect(refuses(try Self.yearAndMonth.get(), "Total sales per season"))
        #expect(refuses(try Self.storedSeasons.get(), "Total visitors per season"))
        #expect(refuses(try Self.birthYears.get(), "Average salary per season"))
    }

    @Test func theChangeOfATotalIsTheDifferenceOfTheTotals() throws {
        let u = try Self.players.get()
        #expect(
            try u.check(
                "How much did the total number of homers drop from 2004 to 2007?",
                "SELECT SUM(CASE WHEN year = 2004 THEN homers END) - SUM(CASE WHEN year = 2007 THEN homers END) FROM players") == nil)
        #expect(
            try u.check(
                "How much did the number of homers drop from 2004 to 2007?",
                "SELECT SUM(CASE WHEN year = 2004 THEN homers END) - SUM(CASE WHEN year = 2007 THEN homers END) FROM players") == nil)
        // An average stays an average.
        #expect(
            try u.check(
                "How did the average salary change from 2004 to 2006?",
                "SELECT AVG(CASE WHEN year = 2006 THEN salary END) - AVG(CASE WHEN year = 2004 THEN salary END) FROM players") == nil)
    }
}
