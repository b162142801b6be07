import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A chart asked "over time" or "over the weeks" of a table with no date: the one whole-number
/// period column (a week number, a year) is the axis; with no such column the question is
/// refused, never answered with one figure. Invented uploads: tank levels read weekly, and
/// stones with no time at all.
@Suite(.serialized) struct ChartOverPeriodsTests {
    struct Fixture {
        let tanks: FixtureUpload
        let stones: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var readings = "tank,week,level\n"
            for tank in 0..<6 {
                for week in 1...9 { readings += "T\(tank),\(week),\(40 + (tank * 7 + week * 5) % 50)\n" }
            }
            tanks = try FixtureUpload([("readings.csv", readings)], valueIndex: true)
            var stones = "stone,mass_g,quarry\n"
            for i in 0..<30 { stones += "S\(i),\(100 + (i * 37) % 400),Q\(i % 4)\n" }
            self.stones = try FixtureUpload([("stones.csv", stones)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    @Test(arguments: ["Plot the average level over the weeks.", "Chart the average level over time."])
    func aChartOverTimeHasThePeriodColumnOnItsAxis(question: String) throws {
        let f = try fixture
        #expect(
            try f.tanks.check(question, "SELECT week, AVG(level) FROM readings GROUP BY week ORDER BY week", ordered: true) == nil)
        #expect(try f.tanks.translator.translate(question).resultType == .visualization)
    }

    /// Asked without a chart, "over the weeks" still names the rows measured: one figure.
    @Test func anAverageOverTheWeeksIsOneFigure() throws {
        let f = try fixture
        #expect(try f.tanks.check("What is the average level over the weeks?", "SELECT AVG(level) FROM readings") == nil)
    }

    @Test func aChartOverTimeWithNoTimeIsRefused() throws {
        let f = try fixture
        #expect(throws: TranslationError.self) { try f.stones.translator.translate("Chart the average mass over time.") }
    }
}
