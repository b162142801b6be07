import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "consumption", "output", "demand": nouns of an amount used or made name a column that holds
/// a good in a unit (`water_kl`), after a word naming it or alone as the one such measure;
/// beside a price or a weight they name nothing. Invented uploads: a town's water meter,
/// oil prices, a mill's coal and steel, a person's weight.
@Suite(.serialized) struct AmountNounTests {
    struct Fixture {
        let water: FixtureUpload
        let prices: FixtureUpload
        let mills: FixtureUpload
        let weights: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var water = "month,water_kl\n"
            for i in 0..<24 { water += "\(2019 + i / 12)-" + String(format: "%02d", 1 + i % 12) + "-01,\(300 + (i * 37) % 90)\n" }
            var prices = "month,oil_price\n"
            for i in 0..<12 { prices += "2019-" + String(format: "%02d", 1 + i) + "-01,\(60 + (i * 7) % 13)\n" }
            var mills = "month,coal_tonnes,steel_tonnes\n"
            for i in 0..<12 { mills += "2019-" + String(format: "%02d", 1 + i) + "-01,\(100 + i),\(50 + i * 2)\n" }
            var weights = "year,weight_kg\n"
            for i in 0..<10 { weights += "\(2000 + i),\(70 + i)\n" }
            self.water = try FixtureUpload([("meter.csv", water)], valueIndex: true)
            self.prices = try FixtureUpload([("prices.csv", prices)], valueIndex: true)
            self.mills = try FixtureUpload([("mills.csv", mills)], valueIndex: true)
            self.weights = try FixtureUpload([("weights.csv", weights)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    @Test func amountNounNamesTheGoodsColumn() throws {
        let f = try fixture
        #expect(
            try f.water.check(
                "What was the total consumption in 2020?", "SELECT SUM(water_kl) FROM meter WHERE strftime('%Y', month) = '2020'") == nil)
        #expect(
            try f.water.check(
                "Which month had the highest water consumption?", "SELECT month, water_kl FROM meter ORDER BY water_kl DESC LIMIT 1") == nil)
        #expect(try f.mills.check("What was the total steel production?", "SELECT SUM(steel_tonnes) FROM mills") == nil)
        #expect(
            try f.water.check(
                "How much did yearly water consumption rise from 2019 to 2020?",
                "SELECT (SELECT SUM(water_kl) FROM meter WHERE strftime('%Y', month) = '2020') - (SELECT SUM(water_kl) FROM meter WHERE strftime('%Y', month) = '2019')"
            ) == nil)
    }

    /// A price or a weight is no amount used; two goods leave "the total production" open.
    @Test func noAmountOfSomethingElse() throws {
        let f = try fixture
        for (upload, question) in [
            (f.prices, "What was the total consumption?"), (f.prices, "Which month had the highest oil consumption?"),
            (f.weights, "Average intake per year"), (f.mills, "What was the total production?"),
        ] {
            #expect(throws: (any Error).self, "\(question)") { _ = try upload.translator.translate(question) }
        }
    }
}
