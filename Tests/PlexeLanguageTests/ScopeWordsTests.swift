import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Period and scope words that name one figure or one period, not a grouping or an open
/// bound. Invented uploads.
@Suite struct ScopeWordsTests {
    /// Five years of yearly counts per depot, and a daily table over three years.
    static let depots: Result<FixtureUpload, Error> = Result {
        var yearly = "depot_id,year,parcels\n"
        for d in 1...3 { for year in 2017...2021 { yearly += "\(d),\(year),\(100 + (d * 37 + year * 11) % 90)\n" } }
        var daily = "reading_date,kilowatts\n"
        let start = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01
        let format = DateFormatter()
        format.dateFormat = "yyyy-MM-dd"
        format.timeZone = TimeZone(identifier: "UTC")
        for day in stride(from: 0, to: 900, by: 7) {
            daily += "\(format.string(from: start.addingTimeInterval(Double(day) * 86_400))),\(20 + day % 13)\n"
        }
        return try FixtureUpload([("depot_years.csv", yearly), ("meter_readings.csv", daily)], valueIndex: true)
    }

    /// Numbered launches and the delay before each.
    static let launches: Result<FixtureUpload, Error> = Result {
        var csv = "launch_number,delay_min,payload_kg\n"
        for n in 1...30 { csv += "\(n),\(10 + (n * 7) % 23),\(500 + n * 13)\n" }
        return try FixtureUpload([("launches.csv", csv)], valueIndex: true)
    }

    @Test func fromAYearAloneIsThatYear() throws {
        let u = try Self.depots.get()
        #expect(try u.check("How many depot-year records are from 2019?", "SELECT COUNT(*) FROM depot_years WHERE year = 2019") == nil)
        #expect(
            try u.check(
                "How many meter readings are from 2021?", "SELECT COUNT(*) FROM meter_readings WHERE strftime('%Y', reading_date) = '2021'")
                == nil)
    }

    /// "for 2018 through 2020" is one span, as "from 2018 to 2020" is: read apart, the first year
    /// was one year and "through 2020" an open bound (`year = 2018 AND year < 2021`).
    @Test func forOnePointThroughAnotherIsASpan() throws {
        let u = try Self.depots.get()
        #expect(
            try u.check(
                "How many depot-year records are there for 2018 through 2020?", "SELECT COUNT(*) FROM depot_years WHERE year BETWEEN 2018 AND 2020")
                == nil)
        #expect(
            try u.check(
                "How many meter readings are there for 2020 through 2021?",
                "SELECT COUNT(*) FROM meter_readings WHERE reading_date >= '2020-01-01' AND reading_date < '2022-01-01'") == nil)
    }

    @Test func fromAYearContinuedIsABound() throws {
        let u = try Self.depots.get()
        #expect(try u.check("How many depot-year records are from 2019 onwards?", "SELECT COUNT(*) FROM depot_years WHERE year >= 2019") == nil)
        #expect(try u.check("How many depot-year records are from 2019 or later?", "SELECT COUNT(*) FROM depot_years WHERE year >= 2019") == nil)
        #expect(
            try u.check(
                "How many depot-year records are from 2018 to 2020?", "SELECT COUNT(*) FROM depot_years WHERE year BETWEEN 2018 AND 2020") == nil)
        #expect(
            try u.check("How many meter readings are since 2021?", "SELECT COUNT(*) FROM meter_readings WHERE reading_date >= '2021-01-01'") == nil)
        // A series of periods starts at the year: "by year from 2018" is every year since, and
        // "by year" before a date is still one group a year (it was taken as the date's column).
        #expect(
            try u.check(
                "Total parcels by year since 2018", "SELECT year, SUM(parcels) FROM depot_years WHERE year >= 2018 GROUP BY year", ordered: false)
                == nil)
        #expect(
            try u.check(
                "Total parcels by year from 2018", "SELECT year, SUM(parcels) FROM depot_years WHERE year >= 2018 GROUP BY year", ordered: false)
                == nil)
    }

    @Test func aTimeWordBeforeOneNumberedRowPlacesItsValue() throws {
        let u = try Self.launches.get()
        #expect(try u.check("What was the delay before launch number 12?", "SELECT delay_min FROM launches WHERE launch_number = 12") == nil)
        // Counting or averaging over the launches keeps the bound.
        #expect(
            try u.check("How many rows are there before launch number 12?", "SELECT COUNT(*) FROM launches WHERE launch_number < 12") == nil)
        #expect(
            try u.check(
                "What was the average delay before launch number 12?", "SELECT AVG(delay_min) FROM launches WHERE launch_number < 12") == nil)
    }

    /// Visits of a two-arm trial.
    static let trial: Result<FixtureUpload, Error> = Result {
        var csv = "visit_id,arm,weight_change\n"
        for v in 1...40 { csv += "\(v),\(v % 3 == 0 ? "placebo" : "active"),\(Double((v * 17) % 11) - 4.5)\n" }
        return try FixtureUpload([("trial_visits.csv", csv)], valueIndex: true)
    }

    @Test func acrossBothIsTheWholeTable() throws {
        let u = try Self.trial.get()
        #expect(
            try u.check("Overall, across both arms, what is the mean weight change?", "SELECT AVG(weight_change) FROM trial_visits") == nil)
        #expect(try u.check("What is the mean weight change across the two arms?", "SELECT AVG(weight_change) FROM trial_visits") == nil)
        #expect(
            try u.check("What is the mean weight change for each arm?", "SELECT arm, AVG(weight_change) FROM trial_visits GROUP BY arm") == nil)
        // "combined" pools them whatever the preposition; a comparison keeps one figure per arm.
        #expect(try u.check("What is the mean weight change in both arms combined?", "SELECT AVG(weight_change) FROM trial_visits") == nil)
        #expect(
            try u.check("Compare the mean weight change across both arms", "SELECT arm, AVG(weight_change) FROM trial_visits GROUP BY arm") == nil)
    }

    /// One row per year of a reservoir's inflow.
    static let reservoir: Result<FixtureUpload, Error> = Result {
        var csv = "year,inflow\n"
        for year in 1950...1989 { csv += "\(year),\(800 + (year * 53) % 410)\n" }
        return try FixtureUpload([("reservoir.csv", csv)], valueIndex: true)
    }

    @Test func aPeriodAdjectiveOfRowsAtThatGrainGroupsNothing() throws {
        let u = try Self.reservoir.get()
        #expect(
            try u.check("What is the difference between the highest and lowest annual inflow?", "SELECT MAX(inflow) - MIN(inflow) FROM reservoir")
                == nil)
    }

    /// An aggregate reads past the period adjective of rows at that period: "the highest annual
    /// inflow" of yearly rows is the highest row (both were refused: the aggregate found no column
    /// after it, then the adjective no period in the statement).
    @Test func anAggregateOfRowsAtTheirPeriodReadsPastTheAdjective() throws {
        let u = try Self.reservoir.get()
        #expect(try u.check("What was the highest annual inflow?", "SELECT MAX(inflow) FROM reservoir") == nil)
        #expect(try u.check("What is the mean annual inflow?", "SELECT AVG(inflow) FROM reservoir") == nil)
        // A chart keeps its period axis.
        #expect(try u.check("Plot the annual inflow", "SELECT year, inflow FROM reservoir ORDER BY year", ordered: true) == nil)
    }

    @Test func aPeriodAdjectiveOfFinerRowsStillGroups() throws {
        let u = try Self.depots.get()
        #expect(
            try u.check(
                "Show monthly total kilowatts",
                "SELECT strftime('%Y-%m', reading_date), SUM(kilowatts) FROM meter_readings GROUP BY 1", ordered: false) == nil)
    }

    /// A monthly series, every date the first of its month.
    static let staffing: Result<FixtureUpload, Error> = Result {
        var csv = "period_begins,head_count\n"
        for i in 0..<30 {
            let year = 2019 + i / 12
            let month = i % 12 + 1
            csv += "\(year)-\(month < 10 ? "0" : "")\(month)-01,\(200 + (i * 29) % 57)\n"
        }
        return try FixtureUpload([("staffing.csv", csv)], valueIndex: true)
    }

    @Test func byMonthOfAMonthlySeriesIsItsDates() throws {
        let u = try Self.staffing.get()
        #expect(
            try u.check(
                "Line chart of the head count by month",
                "SELECT period_begins, AVG(head_count) FROM staffing GROUP BY period_begins ORDER BY period_begins", ordered: true) == nil)
        // A finer series still groups its dates by month.
        let d = try Self.depots.get()
        #expect(
            try d.check(
                "Line chart of the total kilowatts by month",
                "SELECT strftime('%Y-%m', reading_date), SUM(kilowatts) FROM meter_readings GROUP BY 1 ORDER BY 1", ordered: true) == nil)
    }

    /// Survey sites and the years each was surveyed.
    static let surveys: Result<FixtureUpload, Error> = Result {
        var sites = "siteId,site_name\n"
        var years = "siteId,survey_year,nests\n"
        for s in 1...8 {
            sites += "\(s),Marsh \(Character(UnicodeScalar(64 + s)!))\n"
            for year in (2000 + s)...(2004 + s * 2) { years += "\(s),\(year),\((s * 13 + year) % 40)\n" }
        }
        return try FixtureUpload([("sites.csv", sites), ("site_surveys.csv", years)], valueIndex: true)
    }

    @Test func theValuesRecordedForOneParentAreListed() throws {
        let u = try Self.surveys.get()
        #expect(
            try u.check("List the survey years recorded for site 4", "SELECT survey_year FROM site_surveys WHERE siteId = 4") == nil)
    }

    @Test func anAveragePerEntityOverTheYearsIsOneLine() throws {
        let u = try Self.surveys.get()
        #expect(
            try u.check(
                "Plot average nests per site over the years",
                "SELECT survey_year, AVG(nests) FROM site_surveys GROUP BY survey_year ORDER BY survey_year", ordered: true) == nil)
    }
}
