import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "The difference in average yield between plot A and plot B": the measure said once after
/// "difference in", both sides only picking rows. Invented upload: field plots with a yield.
@Suite struct DifferenceInSharedMeasureTests {
    static let plots: Result<FixtureUpload, Error> = Result {
        var plots = "plot,block,yield,rainfall\n"
        for i in 0..<30 {
            plots += "\(i),\(["North", "South", "East"][i % 3]),\(20 + (i * 7) % 15),\(300 + (i * 11) % 90)\n"
        }
        return try FixtureUpload([("plots.csv", plots)], valueIndex: true)
    }

    @Test func measureSharedByBothSides() throws {
        let u = try Self.plots.get()
        #expect(
            try u.check(
                "What is the difference in average yield between block North and block South?",
                "SELECT (SELECT AVG(yield) FROM plots WHERE block = 'North') - (SELECT AVG(yield) FROM plots WHERE block = 'South')")
                == nil)
        // No aggregate said: total or mean left open, refused.
        #expect((try? u.translator.translate("What is the difference in yield between block North and block South?")) == nil)
        // A side with its own measure: refused.
        #expect(
            (try? u.translator.translate("What is the difference in average yield between the average rainfall of block North and block South?"))
                == nil)
    }
}
