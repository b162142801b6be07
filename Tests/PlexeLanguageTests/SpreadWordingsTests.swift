import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Spreads said around the column: "the range of X" where WordNet also links "range" to a
/// column (range ~ run), "the age gap between the oldest and the youngest", "the price range
/// of the boats in …" (the column before the word, the rows after it). Invented uploads: a
/// runner's laps with a run number, riders by age, boats by harbour.
@Suite(.serialized) struct SpreadWordingsTests {
    struct Fixture {
        let laps: FixtureUpload
        let riders: FixtureUpload
        let boats: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var laps = "run,lap_time_s,heart_rate\n"
            for i in 1...24 { laps += "\(i),\(60 + (i * 7) % 25),\(120 + (i * 13) % 50)\n" }
            self.laps = try FixtureUpload([("laps.csv", laps)], valueIndex: true)
            var riders = "rider,age,club\n"
            for i in 0..<20 { riders += "Rider \(i),\(18 + (i * 11) % 40),\(i % 2 == 0 ? "Harriers" : "Wheelers")\n" }
            self.riders = try FixtureUpload([("riders.csv", riders)], valueIndex: true)
            var boats = "boat,price,harbour\n"
            for i in 0..<30 { boats += "Boat \(i),\(5_000 + (i * 1_700) % 40_000),\(["North", "South", "East"][i % 3])\n" }
            self.boats = try FixtureUpload([("boats.csv", boats)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    @Test func theRangeOfAColumnIsItsSpreadEvenWhenRangeNamesAnotherColumn() throws {
        let f = try fixture
        #expect(try f.laps.check("What is the range of the heart rate?", "SELECT MAX(heart_rate) - MIN(heart_rate) FROM laps") == nil)
    }

    @Test func aColumnBeforeTheSpreadWordIsTheOneSpread() throws {
        let f = try fixture
        #expect(
            try f.riders.check("What is the age gap between the oldest and the youngest rider?", "SELECT MAX(age) - MIN(age) FROM riders") == nil)
        #expect(
            try f.boats.check(
                "What is the price range of the boats in the North harbour?",
                "SELECT MAX(price) - MIN(price) FROM boats WHERE harbour = 'North'") == nil)
    }
}
