import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Readings that place every word yet make no sense of the data are refused, and the
/// sensible reading is taken where the data says which one it is. Invented uploads: a daily
/// ferry log with calendar-part columns (Year, Month, Day), a quarterly harbour series, and
/// piers with their boats.
@Suite struct SanityTests {
    struct Fixture {
        let ferries: LinkingFixture.Upload
        let harbour: LinkingFixture.Upload
        let piers: LinkingFixture.Upload
        let balloons: LinkingFixture.Upload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var ferries = "Year,Month,Day,Passengers,Wind,Delay\n"
            var n = 0
            for year in 2019...2020 {
                for month in 1...12 {
                    for day in 1...28 {
                        n += 1
                        ferries +=
                            "\(year),\(month),\(day),\(200 + (n * 37) % 500),\(String(format: "%.1f", Double((n * 13) % 400) / 10)),\((n * 7) % 41)\n"
                    }
                }
            }
            self.ferries = try LinkingFixture.Upload([("ferry_log.csv", ferries)], valueIndex: true)

            var harbour = "year,quarter,tonnage,berths\n"
            for year in 2001...2012 {
                for quarter in 1...4 { harbour += "\(year),\(quarter),\(1000 + (year * 31 + quarter * 17) % 900),\(10 + (year + quarter) % 7)\n" }
            }
            self.harbour = try LinkingFixture.Upload([("harbour.csv", harbour)], valueIndex: true)

            var piers = "pier_code,pier_name,district\n"
            var boats = "boat_id,boat_name,pier_code,length_m,crew\n"
            let districts = ["North", "South", "East"]
            for i in 0..<12 { piers += "P\(i),Pier \(i),\(districts[i % 3])\n" }
            // One boat is the longest of all, so "the longest boat" has one pier.
            for i in 0..<90 { boats += "\(i + 1),Boat \(i),P\(i % 9),\(5 + (i * 11) % 30 + (i == 40 ? 20 : 0)),\(2 + i % 5)\n" }
            self.piers = try LinkingFixture.Upload([("piers.csv", piers), ("boats.csv", boats)], valueIndex: true)

            // Weather-balloon launches with abbreviated column names.
            var balloons = "site,lat,lon,alt,temp,pres\n"
            for i in 0..<40 {
                balloons +=
                    "Site \(i),\(String(format: "%.2f", -30 + Double((i * 7) % 60))),\(String(format: "%.2f", 100 + Double((i * 11) % 80))),"
                    + "\(1000 + (i * 37) % 900),\(String(format: "%.1f", -40 + Double((i * 3) % 50))),\(String(format: "%.1f", 1 + Double(i % 9) / 2))\n"
            }
            self.balloons = try LinkingFixture.Upload([("launches.csv", balloons)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    /// Months listed together ("the winter months (December, January, February)", "in January
    /// and February", "June, July and August 2002") are any of them; two months required of one date apart ("in January in
    /// February") match no row and are refused, never answered with the empty average; one
    /// month of a year still reads.
    @Test func monthsListedTogetherAreAnyOfThemAndTwoApartAreRefused() throws {
        var rain = "Month,Rainfall mm\n"
        for y in 2001...2003 { for m in 1...12 { rain += String(format: "%d-%02d-01,", y, m) + "\(20 + (y * m * 7) % 50)\n" } }
        let upload = try LinkingFixture.Upload([("rain.csv", rain)], valueIndex: true)
        let month = { (m: String) in "strftime('%m', Month) = '\(m)'" }
        #expect(
            try upload.translator.translate("What was the average rainfall in the winter months (December, January, February)?").sql
                == "SELECT AVG(\"Rainfall mm\") AS avg_rainfall_mm FROM rain WHERE ((\(month("12")) OR \(month("01"))) OR \(month("02")))")
        #expect(
            try upload.translator.translate("Average rainfall in January and February").sql
                == "SELECT AVG(\"Rainfall mm\") AS avg_rainfall_mm FROM rain WHERE (\(month("01")) OR \(month("02")))")
        // A year after the last month is the year of them all.
        let ofYear = { (m: String) in "strftime('%Y-%m', Month) = '2002-\(m)'" }
        #expect(
            try upload.translator.translate("Average rainfall in June, July and August 2002").sql
                == "SELECT AVG(\"Rainfall mm\") AS avg_rainfall_mm FROM rain WHERE ((\(ofYear("06")) OR \(ofYear("07"))) OR \(ofYear("08")))")
        #expect(refuses(upload, "Average rainfall in January in February", saying: "two months"))
        // Months asked for each apart are not pooled into one figure.
        #expect(refuses(upload, "Compare the rainfall in January and February", saying: "two months"))
        #expect(refuses(upload, "Average rainfall in January and February separately", saying: "two months"))
        #expect((try? upload.translator.translate("Rainfall in March 2002")) != nil)
    }

    /// A refusal (422), never an answer.
    private func refuses(_ upload: LinkingFixture.Upload, _ question: String, saying part: String) -> Bool {
        do {
            _ = try upload.translator.translate(question)
            return false
        } catch {
            return error.message.contains(part)
        }
    }

    /// Short column names a question spells out: a word the name starts ("pressure" of
    /// `pres`, "altitude" of `alt`, "temperature" of `temp`), compass words for coordinates, and
    /// generic nouns for the rows of a one-table upload.
    @Test func shortNamesCompassWordsAndGenericRowNouns() throws {
        let f = try fixture
        #expect(try f.balloons.check("What is the average pressure?", "SELECT AVG(pres) FROM launches") == nil)
        #expect(try f.balloons.check("What is the highest altitude?", "SELECT MAX(alt) FROM launches") == nil)
        #expect(try f.balloons.check("How many samples had a temperature below -30?", "SELECT COUNT(*) FROM launches WHERE temp < -30") == nil)
        #expect(try f.balloons.check("Which site is the northernmost?", "SELECT site FROM launches ORDER BY lat DESC LIMIT 1") == nil)
        #expect(try f.balloons.check("What is the northernmost site?", "SELECT site FROM launches ORDER BY lat DESC LIMIT 1") == nil)
        #expect(try f.balloons.check("Which site is westernmost?", "SELECT site FROM launches ORDER BY lon ASC LIMIT 1") == nil)
        #expect(try f.balloons.check("How many launches were north of 10?", "SELECT COUNT(*) FROM launches WHERE lat > 10") == nil)
        #expect(try f.balloons.check("How many launches had a pressure above 4?", "SELECT COUNT(*) FROM launches WHERE pres > 4") == nil)
    }

    /// "June" of a table with a month-number column is `Month = 6`, never strftime on an
    /// integer year.
    @Test func aMonthNameUsesTheMonthNumberColumn() throws {
        let f = try fixture
        let june = "SELECT COUNT(*) FROM ferry_log WHERE Month = 6 AND Passengers > 800"
        #expect(try f.ferries.check("How many days in June had more than 800 passengers?", june) == nil)
        #expect(try f.ferries.check("How many readings from June had more than 800 passengers?", june) == nil)
        #expect(try f.ferries.check("What was the average wind in June?", "SELECT AVG(Wind) FROM ferry_log WHERE Month = 6") == nil)
        #expect(!(try f.ferries.translator.translate("What was the average wind in June?").sql.contains("strftime")))
    }

    @Test func aRatioForOneRowIsThatRowsRatio() throws {
        let f = try fixture
        #expect(
            try f.piers.check(
                "What is the ratio of length to crew for Boat 3?",
                "SELECT 1.0 * length_m / crew FROM boats WHERE boat_name = 'Boat 3'") == nil)
    }

    /// A superlative of a measure that does not add up ranks groups by their extreme row.
    @Test func superlativeOverGroupsPicksTheGroupOfTheExtremeRow() throws {
        let f = try fixture
        #expect(
            try f.piers.check(
                "Which pier has the longest boat?",
                "SELECT p.pier_name FROM boats b JOIN piers p USING (pier_code) ORDER BY b.length_m DESC, p.pier_code LIMIT 1") == nil)
        #expect(try f.harbour.check("Which year had the highest tonnage?", "SELECT year FROM harbour ORDER BY tonnage DESC LIMIT 1") == nil)
        // Counts per group stay counts.
        #expect(
            try f.piers.check(
                "Which pier has the most boats?",
                "SELECT p.pier_name, COUNT(*) AS n FROM boats b JOIN piers p USING (pier_code) GROUP BY p.pier_code ORDER BY n DESC LIMIT 1") == nil)
    }

    /// A column asked for next to groups is never silently dropped for a count per group.
    @Test func aColumnThatFitsNoGroupIsNotDropped() throws {
        let f = try fixture
        #expect(refuses(f.harbour, "Show the quarter per year", saying: "quarter"))
        #expect(refuses(f.piers, "Show the district for each pier code", saying: "district"))
        // Named with a measure per group, it is a second group.
        #expect(
            try f.piers.check(
                "Show the district and the number of boats per pier",
                "SELECT p.pier_name, p.district, COUNT(*) FROM boats b JOIN piers p USING (pier_code) GROUP BY p.pier_code") == nil)
    }

    @Test func calendarAndIdentifierColumnsAreNeverAddedUpOrAveraged() throws {
        let f = try fixture
        #expect(refuses(f.ferries, "What is the total of Day?", saying: "Day numbers or dates the rows"))
        #expect(refuses(f.ferries, "What is the average month?", saying: "its average means nothing"))
        #expect(refuses(f.piers, "What is the average boat id?", saying: "boat_id"))
        // A column that merely ends like a calendar word but measures is still summed.
        #expect(
            try f.ferries.check(
                "How many passengers were there in the 2010s?",
                "SELECT SUM(Passengers) FROM ferry_log WHERE Year BETWEEN 2010 AND 2019") == nil)
    }

    /// "How many days …" of a daily table counts its rows; a coarser part counts its values.
    @Test func calendarNounsCountRowsOrPeriods() throws {
        let f = try fixture
        #expect(
            try f.ferries.check(
                "How many days had more than 800 passengers?",
                "SELECT COUNT(*) FROM ferry_log WHERE Passengers > 800") == nil)
        #expect(
            try f.ferries.check(
                "In how many months of 2019 was the delay above 39?",
                "SELECT COUNT(DISTINCT Month) FROM ferry_log WHERE Year = 2019 AND Delay > 39") == nil)
        #expect(
            try f.harbour.check(
                "How many quarters had more than 14 berths?",
                "SELECT COUNT(*) FROM harbour WHERE berths > 14") == nil)
    }

    @Test func superlativeOverTheFinestCalendarPartIsTheRow() throws {
        let f = try fixture
        let windiest = "SELECT Year, Month, Day, Wind FROM ferry_log ORDER BY Wind DESC LIMIT 1"
        #expect(try f.ferries.check("On which day was it windiest?", windiest) == nil)
        #expect(try f.ferries.check("What was the windiest day?", windiest) == nil)
        #expect(try f.ferries.check("Which day had the highest wind?", windiest) == nil)
        #expect(
            try f.ferries.check(
                "Which day had the most passengers?",
                "SELECT Year, Month, Day, Passengers FROM ferry_log ORDER BY Passengers DESC LIMIT 1") == nil)
        #expect(try f.ferries.translator.translate("Which day had the highest wind?").sql.hasSuffix("LIMIT 1"))
    }

    @Test func aNumberOutsideAColumnsValuesIsNotItsValue() throws {
        let f = try fixture
        // The year of "every quarter of 2008" is the year column's, not quarter = 2008.
        #expect(
            try f.harbour.check(
                "What was the tonnage in every quarter of 2008?",
                "SELECT quarter, tonnage FROM harbour WHERE year = 2008") == nil)
        #expect(!(try f.harbour.translator.translate("What was the tonnage in every quarter of 2008?").sql.contains("quarter = 2008")))
        // ("Crossings" here once passed as the unit of `Month`, the one number column near it; a
        // column named for a time counts nothing, so the question now names its rows plainly.)
        #expect(refuses(f.ferries, "How many records are there in month 14?", saying: "14"))
        #expect(
            try f.harbour.check(
                "What was the first year with tonnage above 1800?",
                "SELECT MIN(year) FROM harbour WHERE tonnage > 1800") == nil)
        // "The first month with …" over several years is no month number.
        #expect(refuses(f.ferries, "What was the first month with a delay above 39?", saying: "Month repeats every Year"))
    }

    @Test func aChangeBetweenTwoPeriodsIsOneNumber() throws {
        let f = try fixture
        let change = "SELECT (SELECT AVG(tonnage) FROM harbour WHERE year = 2008) - (SELECT AVG(tonnage) FROM harbour WHERE year = 2003)"
        #expect(try f.harbour.check("How much did the tonnage grow between 2003 and 2008, using yearly averages?", change) == nil)
        #expect(try f.harbour.check("How much did the tonnage change between 2003 and 2008?", change) == nil)
    }

    @Test func theNamedTableIsCountedAndGroupsAreCounted() throws {
        let f = try fixture
        #expect(try f.piers.check("How many entries does the piers table have?", "SELECT COUNT(*) FROM piers") == nil)
        #expect(
            try f.piers.check(
                "Which district has the most piers?",
                "SELECT district, COUNT(*) AS n FROM piers GROUP BY district ORDER BY n DESC LIMIT 1") == nil)
        #expect(
            try f.piers.check(
                "Which districts have fewer than 4 piers?",
                "SELECT district FROM piers GROUP BY district HAVING COUNT(*) < 4") == nil)
    }
}
