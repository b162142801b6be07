import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// The shape of the answer the words of a question ask for, on an invented kennel register:
/// averages per group against extremes, listing rows against counting them, charts that keep
/// their groups, one row's ratio, the row a superlative picks.
@Suite struct ShapeTests {
    static let kennel: Result<FixtureUpload, Error> = Result {
        // Mastiffs hold the heaviest dog but the Bernese are heavier on average.
        let dogs: [(String, String, Double, Int, String)] = [
            ("Rex", "Mastiff", 90, 3, "North"), ("Brutus", "Mastiff", 20, 1, "South"), ("Tank", "Mastiff", 21, 2, "North"),
            ("Bella", "Bernese", 55, 4, "South"), ("Bruno", "Bernese", 58, 2, "East"), ("Heidi", "Bernese", 60, 3, "South"),
            ("Snoopy", "Beagle", 10, 1, "North"), ("Daisy", "Beagle", 12, 2, "East"), ("Scout", "Beagle", 11, 1, "North"),
            ("Otis", "Pug", 8, 1, "East"), ("Mochi", "Pug", 9, 2, "South"),
        ]
        var csv = "dog_name,breed,weight_kg,puppies,shelter\n"
        for (name, breed, weight, puppies, shelter) in dogs { csv += "\(name),\(breed),\(weight),\(puppies),\(shelter)\n" }
        return try FixtureUpload([("dogs.csv", csv)], valueIndex: true)
    }

    /// A monthly storm log (one row a month, no storms in early 2008, a record in July 2015)
    /// and a town census (one row a town).
    static let weather: Result<(log: FixtureUpload, census: FixtureUpload), Error> = Result {
        var log = "date,storms,rainfall_mm\n"
        var n = 0
        for year in 2008...2022 {
            for month in 1...12 {
                n += 1
                let storms = year == 2008 && month < 5 ? 0 : year == 2015 && month == 7 ? 11 : (n * 7) % 6
                log += "\(year)-\(month < 10 ? "0" : "")\(month)-01,\(storms),\((n * 37) % 200 + 10).5\n"
            }
        }
        var census = "town,region,population,latitude,road_length_km,commute_delay\n"
        for (i, town) in ["Alder", "Birch", "Cedar", "Dunmore", "Elmwood", "Fernley", "Glenn", "Hollow"].enumerated() {
            census +=
                "\(town),\(i % 2 == 0 ? "North" : "South"),\(1000 + i * 137),\(50 + Double((i * 7) % 8) / 2),\((i * 13) % 40 + 5),\((i * 17) % 30 + 3)\n"
        }
        return (try FixtureUpload([("rain_log.csv", log)], valueIndex: true), try FixtureUpload([("census.csv", census)], valueIndex: true))
    }

    private var kennel: FixtureUpload { get throws { try ShapeTests.kennel.get() } }
    private var weather: (log: FixtureUpload, census: FixtureUpload) { get throws { try ShapeTests.weather.get() } }

    /// "In which month …" of a table with one row a month asks for that row, with its date.
    @Test func aSuperlativeOverThePeriodOfTheRowsPicksTheRow() throws {
        let w = try weather
        let record = "SELECT date, storms FROM rain_log ORDER BY storms DESC LIMIT 1"
        #expect(try w.log.check("In which month were storms highest?", record) == nil)
        #expect(try w.log.check("Which month had the most storms?", record) == nil)
        #expect(
            try w.census.check("In which town was the population highest?", "SELECT town, population FROM census ORDER BY population DESC LIMIT 1")
                == nil)
    }

    /// A number of events is there when it is above zero: "with any storms", "were there storms".
    @Test func anyEventsMeansAboveZero() throws {
        let w = try weather
        #expect(try w.log.check("What was the first month with any storms?", "SELECT MIN(date) FROM rain_log WHERE storms > 0") == nil)
        #expect(
            try w.log.check(
                "In how many months of 2008 were there storms?", "SELECT COUNT(*) FROM rain_log WHERE date LIKE '2008%' AND storms > 0") == nil)
    }

    /// "from the 2010s" is that decade, not everything since 2010.
    @Test func fromADecadeIsThatDecade() throws {
        let w = try weather
        #expect(
            try w.log.check(
                "How many months from the 2010s had more than 3 storms?",
                "SELECT COUNT(*) FROM rain_log WHERE date >= '2010-01-01' AND date < '2020-01-01' AND storms > 3") == nil)
    }

    /// A column that names each row, in the plural after a measure, names the rows measured.
    @Test func aPluralOfTheRowsNamesTheRowsMeasured() throws {
        let w = try weather
        #expect(try w.census.check("What is the average population across towns?", "SELECT AVG(population) FROM census") == nil)
        #expect(
            try w.census.check(
                "What is the average population of towns in the North region?", "SELECT AVG(population) FROM census WHERE region = 'North'")
                == nil)
    }

    /// "heaviest on average" ranks the groups by their average, not by their heaviest row.
    @Test func aSuperlativeOnAverageRanksGroupsByTheirAverage() throws {
        let k = try kennel
        #expect(
            try k.check(
                "Which breed is the heaviest on average?",
                "SELECT breed, AVG(weight_kg) FROM dogs GROUP BY breed ORDER BY AVG(weight_kg) DESC LIMIT 1") == nil)
        // Without "on average" the group of the heaviest row is still the answer.
        #expect(try k.check("Which breed has the heaviest dog?", "SELECT breed FROM dogs ORDER BY weight_kg DESC LIMIT 1") == nil)
    }

    /// "List every X …" lists the rows; it never counts them.
    @Test func listingEveryRowListsThem() throws {
        let k = try kennel
        #expect(try k.check("List every dog from the North shelter.", "SELECT dog_name FROM dogs WHERE shelter = 'North'") == nil)
        #expect(try k.check("List every dog with more than 2 puppies.", "SELECT dog_name FROM dogs WHERE puppies > 2") == nil)
        // With a measure word "each" still makes groups.
        #expect(
            try k.check("List the average weight for each shelter.", "SELECT shelter, AVG(weight_kg) FROM dogs GROUP BY shelter") == nil)
    }

    /// "by number of X" groups by the whole-number column X.
    @Test func aChartByNumberOfKeepsItsGroups() throws {
        let k = try kennel
        let translation = try k.translator.translate("Chart the number of dogs by number of puppies.")
        #expect(translation.resultType == .visualization)
        #expect(try k.check("Chart the number of dogs by number of puppies.", "SELECT puppies, COUNT(*) FROM dogs GROUP BY puppies") == nil)
    }

    /// The ratio of two columns for the row a value names is that row's ratio, not a ratio of
    /// sums over the table.
    @Test func aRatioOfOneRowsColumnsIsThatRowsRatio() throws {
        let k = try kennel
        #expect(
            try k.check("What is the ratio of Rex's weight to its puppies?", "SELECT 1.0 * weight_kg / puppies FROM dogs WHERE dog_name = 'Rex'")
                == nil)
        #expect(!(try k.translator.translate("What is the ratio of Rex's weight to its puppies?").sql.contains("SUM")))
    }

    /// "the breed of the entry with the highest weight": a generic noun for the rows with a
    /// superlative picks that row.
    @Test func aGenericRowNounWithASuperlativeIsThatRow() throws {
        let k = try kennel
        #expect(
            try k.check(
                "What is the breed of the entry with the highest weight?", "SELECT breed, weight_kg FROM dogs ORDER BY weight_kg DESC LIMIT 1")
                == nil)
    }

    /// "The difference between the highest and the lowest", with superlatives that name their
    /// column by a dimension or a compass direction, "the difference in X between …", and "the
    /// range of" past the value that picks the rows: `MAX − MIN`.
    @Test func spreadsBetweenTwoExtremes() throws {
        let k = try kennel
        let w = try weather
        #expect(
            try k.check("What is the difference between the heaviest and the lightest dog?", "SELECT MAX(weight_kg) - MIN(weight_kg) FROM dogs")
                == nil)
        #expect(
            try w.census.check(
                "What is the difference in latitude between the northernmost and the southernmost town?",
                "SELECT MAX(latitude) - MIN(latitude) FROM census") == nil)
        #expect(
            try w.census.check(
                "What is the difference between the northernmost and the southernmost town?", "SELECT MAX(latitude) - MIN(latitude) FROM census")
                == nil)
        #expect(
            try k.check("What is the range of Mastiff weight?", "SELECT MAX(weight_kg) - MIN(weight_kg) FROM dogs WHERE breed = 'Mastiff'")
                == nil)
    }

    /// "the longest commute delay" ranks by the column it names, not by the column of its
    /// dimension (a length); "…, and how long is it?" after a superlative asks for the value the
    /// row carries.
    @Test func aSuperlativeAdjectiveRanksTheColumnItNames() throws {
        let w = try weather
        let longest = "SELECT town, commute_delay FROM census ORDER BY commute_delay DESC LIMIT 1"
        #expect(try w.census.check("Which town has the longest commute delay?", longest) == nil)
        #expect(try w.census.check("Which town has the longest commute delay, and how long is it?", longest) == nil)
    }

    /// "How did X change between A and B" is the change, one number.
    @Test func howDidItChangeIsTheChange() throws {
        let w = try weather
        #expect(
            try w.log.check(
                "How did rainfall change between 2010 and 2011?",
                "SELECT (SELECT AVG(rainfall_mm) FROM rain_log WHERE date LIKE '2011%') - (SELECT AVG(rainfall_mm) FROM rain_log WHERE date LIKE '2010%')"
            ) == nil)
    }

    /// Rows counted per value of a column that names each row are all 1: refused, not answered.
    @Test func countingRowsPerRowIsRefused() throws {
        let w = try weather
        #expect(throws: TranslationError.self) { try w.census.translator.translate("Which town has the most people, and how many?") }
    }

    /// A companies-by-year ledger and a feeding trial with units in its column names.
    static let ledger: Result<(ledger: FixtureUpload, trials: FixtureUpload), Error> = Result {
        var ledger = "company,year,donate,payroll\n"
        for (i, company) in ["Acme", "Birk", "Corda"].enumerated() {
            for year in 2000...2004 {
                ledger += "\(company),\(year),\(20 + i * 25 + (year - 2000) * 7 + (i * year) % 5),\(100 + i * 40 + (year - 2000) * 3)\n"
            }
        }
        var trials = "feed,ration_kg,growth_mm\n"
        var n = 0
        for feed in ["Kelp", "Bran"] {
            for ration in [0.5, 1, 2] {
                for _ in 0..<4 {
                    n += 1
                    trials += "\(feed),\(ration),\(String(format: "%.1f", Double((n * 7) % 13) + ration * 5))\n"
                }
            }
        }
        return (try FixtureUpload([("ledger.csv", ledger)], valueIndex: true), try FixtureUpload([("trials.csv", trials)], valueIndex: true))
    }

    private var ledger: (ledger: FixtureUpload, trials: FixtureUpload) { get throws { try ShapeTests.ledger.get() } }

    /// "Which companies never donated more than 50 (in a year)": no row of the group above it.
    @Test func neverMoreThanIsAConditionOnTheGroupsExtreme() throws {
        let l = try ledger
        #expect(
            try l.ledger.check(
                "Which companies never donated more than 50 in a year?", "SELECT company FROM ledger GROUP BY company HAVING MAX(donate) <= 50")
                == nil)
        #expect(
            try l.ledger.check("Which companies never donated less than 30?", "SELECT company FROM ledger GROUP BY company HAVING MIN(donate) >= 30")
                == nil)
    }

    /// "the ratio of payroll in 2003 to payroll in 2000": each side in its own period.
    @Test func aRatioOfTwoPeriods() throws {
        let l = try ledger
        #expect(
            try l.ledger.check(
                "What is the ratio of payroll in 2003 to payroll in 2000?",
                "SELECT (SELECT AVG(payroll) FROM ledger WHERE year = 2003) / (SELECT AVG(payroll) FROM ledger WHERE year = 2000)") == nil)
    }

    /// "How much did Acme donate": the column the verb names, added up.
    @Test func howMuchWithTheColumnAsVerb() throws {
        let l = try ledger
        #expect(try l.ledger.check("How much did Acme donate in 2001?", "SELECT donate FROM ledger WHERE company = 'Acme' AND year = 2001") == nil)
    }

    /// "at 0.5 kg", "a ration of 2 kg": the unit after the number names the column it equals.
    @Test func aNumberWithTheUnitOfAColumnIsItsValue() throws {
        let l = try ledger
        #expect(
            try l.trials.check(
                "How many rows are there for Kelp at 0.5 kg?", "SELECT COUNT(*) FROM trials WHERE feed = 'Kelp' AND ration_kg = 0.5") == nil)
        #expect(try l.trials.check("What is the average growth at a ration of 2 kg?", "SELECT AVG(growth_mm) FROM trials WHERE ration_kg = 2") == nil)
    }

    /// "How heavy were the Beagles on average": the average, not the list of weights.
    @Test func onAverageMakesTheNumberAskedForAnAverage() throws {
        let k = try kennel
        #expect(try k.check("How heavy were the Beagles on average?", "SELECT AVG(weight_kg) FROM dogs WHERE breed = 'Beagle'") == nil)
    }

    /// "Acme's payroll year by year" asked as a table: each value with its year, in order.
    @Test func yearByYearListsEachValueWithItsYear() throws {
        let l = try ledger
        #expect(
            try l.ledger.check(
                "What was Acme's payroll year by year?", "SELECT year, payroll FROM ledger WHERE company = 'Acme' ORDER BY year", ordered: true)
                == nil)
    }

    /// "the average ratio of A to B" averages each row's ratio; "the ratio of A to B" stays a
    /// ratio of totals.
    @Test func theAverageRatioAveragesEachRowsRatio() throws {
        let l = try ledger
        #expect(try l.ledger.check("What is the average ratio of donate to payroll?", "SELECT AVG(1.0 * donate / payroll) FROM ledger") == nil)
        #expect(try l.ledger.check("What is the ratio of donate to payroll?", "SELECT 1.0 * SUM(donate) / SUM(payroll) FROM ledger") == nil)
    }

    /// Pets whose `origin` column holds the word "Breed", and a monthly clinic series whose
    /// measure is a disease ("flu deaths" name it with a second word).
    static let clinic: Result<(pets: FixtureUpload, monthly: FixtureUpload), Error> = Result {
        var pets = "pet_name,breed,origin,visits\n"
        for (i, breed) in ["Collie", "Collie", "Collie", "Boxer", "Boxer", "Pug"].enumerated() {
            pets += "P\(i),\(breed),\(i % 2 == 1 ? "Breed" : "Mixed"),\((i * 13) % 17 + 3)\n"
        }
        var monthly = "date,flu,other\n"
        for year in [2020, 2021] {
            for month in 1...12 { monthly += "\(year)-\(month < 10 ? "0" : "")\(month)-01,\((year * month) % 23 + month),\((month * 7) % 11)\n" }
        }
        return (try FixtureUpload([("pets.csv", pets)], valueIndex: true), try FixtureUpload([("clinic_monthly.csv", monthly)], valueIndex: true))
    }

    /// "Which breed …" asks for the column even where "Breed" is also a stored value.
    @Test func whichAsksForAColumnNotAValue() throws {
        let c = try ShapeTests.clinic.get()
        #expect(
            try c.pets.check("Which breed has the most pets?", "SELECT breed, COUNT(*) FROM pets GROUP BY breed ORDER BY COUNT(*) DESC LIMIT 1")
                == nil)
    }

    /// "the average flu deaths": an aggregate before a column named by two words.
    @Test func anAggregateBeforeATwoWordColumnName() throws {
        let c = try ShapeTests.clinic.get()
        #expect(
            try c.monthly.check(
                "What were the average flu deaths for each calendar month, across all years?",
                "SELECT strftime('%m', date), AVG(flu) FROM clinic_monthly GROUP BY strftime('%m', date)") == nil)
    }
}
