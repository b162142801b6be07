import Foundation
import Testing

@testable import PlexeLanguage

/// Sides of a ratio or a difference picked by a number of a numeric column: "at level 40"
/// (the column, then the number) and "at 3 kg" (the number, then the unit the column is
/// named with); and a spread whose column is said after the rows' noun ("the warmest and the
/// coolest season's temperature"). Invented uploads.
@Suite(.serialized) struct NumberPickedSidesTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        var sprouts = "pot_id,level,growth_cm\n"
        for i in 1...12 { sprouts += "\(i),\([10, 40, 2.5][i % 3]),\(3 + (i * 7) % 11).5\n" }
        var kilns = "firing_id,Load kg,Hardness\n"
        for i in 1...9 { kilns += "\(i),\([3, 0.5, 8][i % 3]),\(50 + (i * 17) % 23)\n" }
        return try FixtureUpload([("sprouts.csv", sprouts), ("kilns.csv", kilns)], valueIndex: true)
    }

    @Test func aNumberAfterItsColumnPicksEachRatioSide() throws {
        let f = try NumberPickedSidesTests.upload.get()
        #expect(
            try f.check(
                "What is the ratio of the average growth at level 40 to that at level 2.5?",
                "SELECT (SELECT AVG(growth_cm) FROM sprouts WHERE level = 40) / (SELECT AVG(growth_cm) FROM sprouts WHERE level = 2.5)")
                == nil)
    }

    @Test func aNumberBeforeItsColumnsUnitPicksEachDifferenceSide() throws {
        let f = try NumberPickedSidesTests.upload.get()
        #expect(
            try f.check(
                "What is the difference between the average hardness at 3 kg and at 0.5 kg?",
                "SELECT (SELECT AVG(Hardness) FROM kilns WHERE \"Load kg\" = 3) - (SELECT AVG(Hardness) FROM kilns WHERE \"Load kg\" = 0.5)")
                == nil)
    }

    /// A number the column does not hold picks no rows: not read as a side's value.
    @Test func aNumberTheColumnDoesNotHoldIsNoSide() throws {
        let f = try NumberPickedSidesTests.upload.get()
        #expect(throws: TranslationError.self) {
            try f.translator.translate("What is the ratio of the average growth at level 70 to that at level 2.5?")
        }
    }

    /// The column the ends' adjectives imply, said again after the rows' noun: the spread of
    /// that column, not of the noun's own column (`season` is a number too).
    @Test func theImpliedColumnSaidAfterTheRowsNoun() throws {
        var harvests = "season,bushels,temperature\n"
        for i in 0..<9 { harvests += "\(1990 + i),\(400 + (i * 37) % 90),\(10 + (i * 5) % 7).5\n" }
        let f = try FixtureUpload([("harvests.csv", harvests)], valueIndex: true)
        #expect(
            try f.check(
                "What is the difference between the warmest and the coolest season's temperature?",
                "SELECT MAX(temperature) - MIN(temperature) FROM harvests") == nil)
    }
}
