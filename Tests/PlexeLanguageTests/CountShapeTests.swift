import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Columns that count things, on an invented flood register (one row a county and year, the
/// `floods` column the number of floods, the table named after them too), a lake's monthly
/// surface temperature and an orchard whose trees fall into size groups: what the rows tally
/// is added up, whatever word asks for it; rows are counted only when rows are asked for.
@Suite struct CountShapeTests {
    static let register: Result<FixtureUpload, Error> = Result {
        var csv = "county,year,floods,river_level_cm,basin_group,soil\n"
        let counties = ["Avon", "Brede", "Calder", "Derwent", "Eden"]
        for (c, county) in counties.enumerated() {
            for year in 2015...2020 {
                let floods = (c * 7 + year * 3) % 9 + (county == "Derwent" ? 12 : 0)
                csv +=
                    "\(county),\(year),\(floods),\(200 + (c * 31 + year) % 90),\(c % 2 == 0 ? "Upland" : "Lowland"),\(["clay", "sand", "loam"][(c + year) % 3])\n"
            }
        }
        return try FixtureUpload([("floods.csv", csv)], valueIndex: true)
    }

    static let lake: Result<FixtureUpload, Error> = Result {
        var csv = "month,surface_celsius\n"
        for year in 2001...2004 {
            for month in 1...12 {
                let celsius = 4.0 + Double(abs(6 - month)) * -1.5 + 12 + Double(year - 2001) * 0.5
                csv += "\(year)-\(month < 10 ? "0" : "")\(month)-01,\(celsius)\n"
            }
        }
        return try FixtureUpload([("lake_temperature.csv", csv)], valueIndex: true)
    }

    private var register: FixtureUpload { get throws { try CountShapeTests.register.get() } }
    private var lake: FixtureUpload { get throws { try CountShapeTests.lake.get() } }

    /// "how many floods", "the total number of floods", "floods by county", "the most floods":
    /// the column is summed — not the rows counted (the table's own name), nor averaged or maxed.
    @Test func aColumnNamedAfterWhatItCountsIsAddedUp() throws {
        let r = try register
        #expect(try r.check("What is the total number of floods?", "SELECT SUM(floods) FROM floods") == nil)
        #expect(try r.check("How many floods were there in 2017?", "SELECT SUM(floods) FROM floods WHERE year = 2017") == nil)
        #expect(try r.check("Bar chart of floods by county.", "SELECT county, SUM(floods) FROM floods GROUP BY county") == nil)
        #expect(
            try r.check(
                "Which county had the most floods?", "SELECT county, SUM(floods) FROM floods GROUP BY county ORDER BY SUM(floods) DESC LIMIT 1")
                == nil)
        #expect(
            try r.check(
                "Which soils have more than 60 floods in total?", "SELECT soil FROM floods GROUP BY soil HAVING SUM(floods) > 60") == nil)
        // Rows are still rows.
        #expect(try r.check("How many rows does the floods table have?", "SELECT COUNT(*) FROM floods") == nil)
        #expect(try r.check("How many records are there?", "SELECT COUNT(*) FROM floods") == nil)
    }

    /// A plural of a unit or of a calendar word measures; it does not count.
    @Test func pluralsOfUnitsAndSpansAreNotCounts() throws {
        var csv = "patient,age_years,weight_lbs,visits\n"
        for k in 0..<6 { csv += "P\(k),\(30 + k),\(150 + k),\(k)\n" }
        let upload = try FixtureUpload([("patients.csv", csv)], valueIndex: false)
        let lexicon = SchemaLexicon(schema: LanguageSchema(tables: upload.loader.tables, foreignKeys: []))
        let counting = lexicon.tables[0].columns.filter { lexicon.countsThings($0.ref) }.map(\.name)
        #expect(counting == ["visits"])
    }

    /// "per basin group" where `basin_group` and a `soil` column exist … and "per soil group":
    /// one grouping, the column the group word follows.
    @Test func aKindNounAfterAColumnIsPartOfItsName() throws {
        let r = try register
        #expect(
            try r.check("What is the total number of floods per soil group?", "SELECT soil, SUM(floods) FROM floods GROUP BY soil") == nil)
    }

    /// "a temperature above 15" of `lake_temperature(month, surface_celsius)`: the table's name
    /// names its one measure; "20 degrees or more" keeps its comparison past the unit.
    @Test func aTableNamedAfterItsMeasureComparesThatMeasure() throws {
        let l = try lake
        #expect(
            try l.check("How many months had a temperature above 15 degrees?", "SELECT COUNT(*) FROM lake_temperature WHERE surface_celsius > 15")
                == nil)
        #expect(
            try l.check(
                "What was the first month with a temperature of 16 degrees or more?",
                "SELECT MIN(month) FROM lake_temperature WHERE surface_celsius >= 16") == nil)
    }

    /// "the range of county river levels": the noun of the rows before the column is not a
    /// condition.
    @Test func theRangeOfTheRowsColumn() throws {
        let r = try register
        #expect(
            try r.check("What is the range of county river levels?", "SELECT MAX(river_level_cm) - MIN(river_level_cm) FROM floods") == nil)
    }

    /// "Plot the number of floods over time" of a table with one row a date: the series itself.
    @Test func aCountOverTimeOfOneRowADateIsTheSeries() throws {
        var csv = "week,floods\n"
        for k in 0..<60 { csv += "\(2018 + k / 12)-\(k % 12 < 9 ? "0" : "")\(k % 12 + 1)-15,\(k % 5)\n" }
        let upload = try FixtureUpload([("weekly_floods.csv", csv)], valueIndex: true)
        let translation = try upload.translator.translate("Plot the number of floods over time.")
        #expect(translation.sql == "SELECT week, floods FROM weekly_floods ORDER BY week")
        #expect(translation.visualizationType == .lineChart)
    }

    /// "the ratio of floods to X for Eden" where X is no column: refused, never the sum of
    /// every row's floods divided by Eden's.
    @Test func aOneRowRatioWithAnUnreadSideIsRefused() throws {
        var csv = "county,floods,river_level_cm\n"
        for (k, county) in ["Avon", "Brede", "Eden"].enumerated() { csv += "\(county),\(k + 2),\(100 + k)\n" }
        let upload = try FixtureUpload([("counties.csv", csv)], valueIndex: true)
        #expect(throws: TranslationError.self) { try upload.translator.translate("What is the ratio of floods to bridges for Eden?") }
        #expect(
            try upload.check(
                "What is the ratio of floods to river level for Eden?", "SELECT 1.0 * floods / river_level_cm FROM counties WHERE county = 'Eden'")
                == nil)
    }

    /// Regions and their yearly figures (hires counted in thousands, with decimals), and
    /// households with an income in thousands beside trips priced in dollars.
    static let regions: Result<(economy: FixtureUpload, trips: FixtureUpload), Error> = Result {
        var regions = "region_code,region_name\n"
        var years = "region_code,year,NewHiresK,jobless_rate,idle_workers\n"
        for (k, name) in ["Amberland", "Brookfield", "Coldmarsh", "Dunvale"].enumerated() {
            regions += "R\(k),\(name)\n"
            for year in 1990...1995 {
                years +=
                    "R\(k),\(year),\(Double(800 + k * 700 + (year - 1990) * 90) + 0.5),\(Double(4 + k * 3 + (year % 3))),\(1000 * (k + 1) + year % 7)\n"
            }
        }
        var families = "family_id,family_income_k,family_size\n"
        var outings = "family_id,ticket_usd\n"
        for h in 1...12 {
            families += "\(h),\(10 + h * 6),\(1 + h % 4)\n"
            outings += "\(h),\(30 + h * 9)\n\(h),\(80 + h * 3)\n"
        }
        return (
            try FixtureUpload([("regions.csv", regions), ("region_years.csv", years)], valueIndex: true),
            try FixtureUpload([("families.csv", families), ("outings.csv", outings)], valueIndex: true)
        )
    }

    /// "2 million hires" of a column in thousands is 2000; "50 thousand dollars" of an income
    /// in thousands is 50, and the unit word does not move the comparison to the dollar column.
    @Test func aNumberInFullIsBroughtToTheColumnsScale() throws {
        let r = try CountShapeTests.regions.get()
        #expect(
            try r.economy.check(
                "How many rows had more than 2 million new hires?", "SELECT COUNT(*) FROM region_years WHERE NewHiresK > 2000") == nil)
        #expect(
            try r.trips.check(
                "How many families have a family income of at least 50 thousand dollars?",
                "SELECT COUNT(*) FROM families WHERE family_income_k >= 50") == nil)
    }

    /// "regions with more than 2000 new hires in 1993": the year is the related rows' year.
    @Test func aPeriodOfTimelessRowsIsTheRelatedRowsYear() throws {
        let r = try CountShapeTests.regions.get()
        #expect(
            try r.economy.check(
                "Which regions had a jobless rate of at least 10 percent in 1993?",
                "SELECT * FROM regions WHERE region_code IN (SELECT region_code FROM region_years WHERE year = 1993 AND jobless_rate >= 10)")
                == nil)
    }

    /// "how many people were idle in 1992" where the rows are years: the column counts them.
    @Test func peopleCountedByAColumnAreItsTotal() throws {
        let r = try CountShapeTests.regions.get()
        #expect(
            try r.economy.check(
                "How many people were idle workers in 1992?", "SELECT SUM(idle_workers) FROM region_years WHERE year = 1992") == nil)
    }

    /// "have a recorded X": the rows where X is known.
    @Test func haveARecordedColumnIsNotNull() throws {
        let upload = try FixtureUpload([("owls.csv", "owl,wingspan_cm\nHoot,90\nTalon,\nQuill,85\n")], valueIndex: true)
        #expect(try upload.check("How many owls have a recorded wingspan?", "SELECT COUNT(*) FROM owls WHERE wingspan_cm IS NOT NULL") == nil)
    }

    /// "what percentage of all floods were in Avon": of the column's total, not of the rows.
    @Test func aShareOfATallyIsOfItsTotal() throws {
        let r = try register
        #expect(
            try r.check(
                "What percentage of all floods happened in Avon?",
                "SELECT 100.0 * SUM(CASE WHEN county = 'Avon' THEN floods ELSE 0 END) / SUM(floods) FROM floods") == nil)
    }

    /// "how many county-year observations": the rows; "how many soil and county combinations"
    /// is no list of groups — refused rather than grouped by the columns left over.
    @Test func howManyWithColumnsBesideItIsOneCountOrRefused() throws {
        let r = try register
        #expect(try r.check("How many county-year observations are there?", "SELECT COUNT(*) FROM floods") == nil)
        #expect(throws: TranslationError.self) { try r.translator.translate("How many soil and county combinations are in the table?") }
    }

    /// "the average river level of the protected counties": the plural of the column naming
    /// each row is the rows, not one group per county; so is "the county list".
    @Test func theNamingColumnBesideMeasuresIsTheRowsNoun() throws {
        var csv = "county,river_level_cm,protected\n"
        for (k, county) in ["Avon", "Brede", "Calder", "Derwent", "Eden"].enumerated() { csv += "\(county),\(100 + k * 15),\(k % 2)\n" }
        let upload = try FixtureUpload([("river_counties.csv", csv)], valueIndex: true)
        #expect(
            try upload.check(
                "What is the average river level of the protected counties?", "SELECT AVG(river_level_cm) FROM river_counties WHERE protected = 1")
                == nil)
        #expect(try upload.check("How many entries are in the county list?", "SELECT COUNT(*) FROM river_counties") == nil)
    }

    /// "In which month were the most people jobless": the month whose `jobless` count is highest.
    @Test func theMostPeopleCountedByAColumn() throws {
        var csv = "month,jobless\n"
        for k in 0..<24 { csv += "\(2010 + k / 12)-\(k % 12 < 9 ? "0" : "")\(k % 12 + 1)-01,\(5000 + (k * 37) % 900)\n" }
        let upload = try FixtureUpload([("labour.csv", csv)], valueIndex: true)
        #expect(
            try upload.check("In which month were the most people jobless?", "SELECT month, jobless FROM labour ORDER BY jobless DESC LIMIT 1") == nil
        )
    }

    /// "the range of temperatures in 2002", "how much did the yearly average temperature rise":
    /// the lake table's name says what its one measure is.
    @Test func partOfATableNameIsItsOneMeasure() throws {
        let l = try lake
        #expect(
            try l.check(
                "What was the range of temperatures in 2002?",
                "SELECT MAX(surface_celsius) - MIN(surface_celsius) FROM lake_temperature WHERE month LIKE '2002%'") == nil)
        #expect(
            try l.check(
                "How much did the yearly average temperature rise from 2001 to 2003?",
                "SELECT (SELECT AVG(surface_celsius) FROM lake_temperature WHERE month LIKE '2003%') - (SELECT AVG(surface_celsius) FROM lake_temperature WHERE month LIKE '2001%')"
            ) == nil)
        // Rows are still counted as rows; decimals that neither count nor add up are never
        // totalled for "how many".
        #expect(try l.check("How many temperature readings are there?", "SELECT COUNT(*) FROM lake_temperature") == nil)
        var csv = "station,depth_m\nA,3.5\nB,4.25\n"
        csv += "C,2.0\n"
        let depths = try FixtureUpload([("soundings.csv", csv)], valueIndex: true)
        #expect(try depths.check("How many depth readings are there?", "SELECT COUNT(*) FROM soundings") == nil)
        #expect((try? depths.translator.translate("How many depths were there?"))?.sql.contains("SUM(") != true)
    }

    /// "Which soil has the longest average river level": the adjective ranks by the average.
    @Test func aSuperlativeAdjectiveBeforeAnAggregateRanksByIt() throws {
        let r = try register
        #expect(
            try r.check(
                "Which soil has the highest average river level?",
                "SELECT soil, AVG(river_level_cm) FROM floods GROUP BY soil ORDER BY AVG(river_level_cm) DESC LIMIT 1") == nil)
        #expect(
            try r.check(
                "Which county has the longest average river level?",
                "SELECT county, AVG(river_level_cm) FROM floods GROUP BY county ORDER BY AVG(river_level_cm) DESC LIMIT 1") == nil)
    }

    /// "Which soil yielded the highest average river level": a verb nothing else reads, before
    /// a superlative of a named measure, only links the rows to it.
    @Test func aVerbBeforeASuperlativeOfAMeasureLinks() throws {
        let r = try register
        #expect(
            try r.check(
                "Which soil yielded the highest average river level?",
                "SELECT soil, AVG(river_level_cm) FROM floods GROUP BY soil ORDER BY AVG(river_level_cm) DESC LIMIT 1") == nil)
    }

    /// "the ratio of floods to river level in 2016" of one county-year: the period picks the
    /// rows of both sides.
    @Test func aPeriodAfterARatioPicksBothSides() throws {
        let r = try register
        #expect(
            try r.check(
                "What is the ratio of floods to river level for Avon in 2016?",
                "SELECT 1.0 * floods / river_level_cm FROM floods WHERE county = 'Avon' AND year = 2016") == nil)
    }

    /// "Show the counties and their total river level" asks for each row: the naming column
    /// is kept (one group per county), not dropped as the rows' noun.
    @Test func listingRowsKeepsTheirNames() throws {
        var csv = "county,river_level_cm\n"
        for (k, county) in ["Avon", "Brede", "Calder"].enumerated() { csv += "\(county),\(100 + k * 15)\n" }
        let upload = try FixtureUpload([("river_counties.csv", csv)], valueIndex: true)
        let translation = try? upload.translator.translate("Show the counties and their total river level.")
        #expect(translation?.sql != "SELECT SUM(river_level_cm) AS total_river_level_cm FROM river_counties")
    }

    /// "Across the whole Harbour, …" where "Harbour" is only inside some boat names: the data as
    /// a whole, not the boats whose names contain it.
    @Test func theWholeSubjectIsNoPattern() throws {
        let csv = "boat,crew\nHarbour Queen,4\nHarbour Star,6\nSea Lark,3\nNorth Wind,5\n"
        let upload = try FixtureUpload([("boats.csv", csv)], valueIndex: true)
        #expect(try upload.check("Across the whole Harbour, how many crew are there altogether?", "SELECT SUM(crew) FROM boats") == nil)
        #expect(
            try upload.check("How many crew are on the Harbour boats altogether?", "SELECT SUM(crew) FROM boats WHERE boat LIKE '%Harbour%'") == nil)
    }
}
