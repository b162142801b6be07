import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Rate phrases ("a week", "weekly", "per week") and currencies that only restate the unit
/// of a measure on tables that keep no time, and units of the one measure a question names.
/// Invented uploads: crafts with a wage and no unit or date; practice logs of swimmers; a
/// dated table of weekly takings; shifts with two measures of hours; accidents with counts;
/// logs beside a column in minutes; items priced in dollars.
@Suite struct RatePhrasesTests {
    struct Fixture {
        let crafts: FixtureUpload
        let practice: FixtureUpload
        let takings: FixtureUpload
        let shifts: FixtureUpload
        let accidents: FixtureUpload
        let timed: FixtureUpload
        let priced: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var crafts = "guild,craft,drinks,wage\n"
            for i in 0..<30 { crafts += "\(["X", "Y"][i % 2]),craft\(i),\(i % 7),\(12 + (i * 7) % 30)\n" }
            self.crafts = try FixtureUpload([("crafts.csv", crafts)], valueIndex: true)
            var practice = "swimmer,age,exercise\n"
            for i in 0..<40 { practice += "\(100 + i / 4),\(8 + 2 * (i % 4)),\(String(format: "%.2f", Double((i * 37) % 140) / 10))\n" }
            self.practice = try FixtureUpload([("practice_logs.csv", practice)], valueIndex: true)
            var takings = "week_start,stall,revenue\n"
            let mondays = ["2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29", "2024-02-05"]
            for (i, monday) in mondays.enumerated() {
                for stall in ["North", "South"] { takings += "\(monday),\(stall),\(80 + (i * 13) % 50 + stall.count)\n" }
            }
            self.takings = try FixtureUpload([("weekly_takings.csv", takings)], valueIndex: true)
            var shifts = "worker,overtime,sleep\n"
            for i in 0..<20 { shifts += "w\(i),\((i * 3) % 15),\(35 + (i * 5) % 20)\n" }
            self.shifts = try FixtureUpload([("shifts.csv", shifts)], valueIndex: true)
            var accidents = "site,injuries,deaths\n"
            for i in 0..<20 { accidents += "s\(i),\((i * 3) % 9),\(i % 2)\n" }
            self.accidents = try FixtureUpload([("accidents.csv", accidents)], valueIndex: true)
            var timed = "swimmer,exercise,warmup_min\n"
            for i in 0..<20 { timed += "\(100 + i),\((i * 7) % 15),\(10 + i)\n" }
            self.timed = try FixtureUpload([("sessions.csv", timed)], valueIndex: true)
            var priced = "item,price_usd\n"
            for i in 0..<20 { priced += "i\(i),\(10 + i * 3)\n" }
            self.priced = try FixtureUpload([("items.csv", priced)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    private func refuses(_ upload: FixtureUpload, _ question: String) -> Bool {
        (try? upload.translator.translate(question)) == nil
    }

    /// "weekly" and "a week" of a table with no time say the wage is a weekly figure.
    @Test func aRateOfAnUndatedMeasureRestatesItsUnit() throws {
        let f = try fixture
        #expect(try f.crafts.check("What is the average weekly wage?", "SELECT AVG(wage) FROM crafts") == nil)
        #expect(try f.crafts.check("What was the weekly wage of craft7?", "SELECT wage FROM crafts WHERE craft = 'craft7'") == nil)
        #expect(try f.crafts.check("How many crafts have a wage above 30 a week?", "SELECT COUNT(*) FROM crafts WHERE wage > 30") == nil)
        #expect(try f.practice.check("What was the average exercise per week?", "SELECT AVG(exercise) FROM practice_logs") == nil)
        // The same words where the rows are counted or summed, or are no measure, stay refused.
        #expect(refuses(f.accidents, "How many injuries per year?"))
        #expect(refuses(f.accidents, "What is the average number of injuries per year?"))
        #expect(refuses(f.accidents, "How many accidents a year?"))
        #expect(refuses(f.crafts, "How many crafts a week?"))
    }

    /// Where a table keeps dates, "per week" still groups by week.
    @Test func aRateOnADatedTableKeepsItsPeriod() throws {
        let f = try fixture
        let sql = try f.takings.translator.translate("What is the average revenue per week?").sql
        #expect(sql.contains("GROUP BY week_start"))
        #expect(try f.crafts.check("Across all crafts, what was the average wage per week?", "SELECT AVG(wage) FROM crafts") == nil)
    }

    /// A currency no column names ("florins") is the money column's unit.
    @Test func aCurrencyIsTheUnitOfTheMoneyColumn() throws {
        let f = try fixture
        #expect(try f.crafts.check("How many crafts earn more than 30 florins a week?", "SELECT COUNT(*) FROM crafts WHERE wage > 30") == nil)
        #expect(try f.crafts.check("How many crafts earn no more than 18 florins?", "SELECT COUNT(*) FROM crafts WHERE wage <= 18") == nil)
        // Not where a column names its currency, where no column is money, nor for words
        // whose first sense is no currency ("grand" is a thousand).
        #expect(refuses(f.priced, "How many items cost more than 30 florins?"))
        #expect(refuses(f.shifts, "How many workers sleep more than 40 florins?"))
        #expect(refuses(f.crafts, "How many crafts earn more than 5 grand?"))
    }

    /// "exercising more than 10 hours": the unit of the one measure the verb names.
    @Test func aUnitNoColumnStatesIsTheNamedMeasures() throws {
        let f = try fixture
        #expect(
            try f.practice.check("How many logs show exercising more than 10 hours a week?", "SELECT COUNT(*) FROM practice_logs WHERE exercise > 10")
                == nil)
        // Two measures and no word for either, or a column in minutes beside: refused.
        #expect(refuses(f.shifts, "How many workers have more than 10 hours a week?"))
        #expect(refuses(f.timed, "How many sessions show exercising more than 2 hours?"))
    }
}
