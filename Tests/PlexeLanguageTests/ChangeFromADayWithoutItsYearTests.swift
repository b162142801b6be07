import Foundation
import Testing

@testable import PlexeLanguage

/// "How much did the average height rise from 1 June to 15 September 1990" was refused: the
/// first end, said without its year, was no date. It is in the second end's year when it
/// comes before it there; otherwise (or with no year at all) it stays refused. Invented upload.
@Suite(.serialized) struct ChangeFromADayWithoutItsYearTests {
    /// Plant heights measured on three days of 1990, plants on two soils.
    static let plants: Result<FixtureUpload, Error> = Result {
        var plants = "plant_id,soil\n"
        for p in 1...6 { plants += "\(p),\(p < 4 ? "clay" : "sand")\n" }
        var heights = "plant_id,measured_on,height_cm\n"
        for p in 1...6 {
            for (i, day) in ["1990-06-01", "1990-07-20", "1990-09-15"].enumerated() { heights += "\(p),\(day),\(10 + i * 5 + p % 3).5\n" }
        }
        return try FixtureUpload([("plants.csv", plants), ("plant_heights.csv", heights)], valueIndex: true)
    }

    @Test func theFirstDayTakesTheYearOfTheSecond() throws {
        let f = try ChangeFromADayWithoutItsYearTests.plants.get()
        let at = { (day: String) in
            "SELECT AVG(h.height_cm) FROM plant_heights h JOIN plants p ON p.plant_id = h.plant_id WHERE p.soil = 'clay' AND h.measured_on = '\(day)'"
        }
        #expect(
            try f.check(
                "How much did the average height of the clay plants rise from 1 June to 15 September 1990?",
                "SELECT (\(at("1990-09-15"))) - (\(at("1990-06-01")))") == nil)
        #expect(
            try f.check(
                "How much did the average height of the clay plants fall from 1 June to 15 September 1990?",
                "SELECT (\(at("1990-06-01"))) - (\(at("1990-09-15")))") == nil)
    }

    /// A first day after the second in that year, or no year said at all: refused.
    @Test func aDayThatCannotTakeTheYearIsRefused() throws {
        let f = try ChangeFromADayWithoutItsYearTests.plants.get()
        #expect(throws: TranslationError.self) {
            try f.translator.translate("How much did the average height of the clay plants rise from 15 September to 1 June 1990?")
        }
        #expect(throws: TranslationError.self) { try f.translator.translate("How much did the average height rise from 1 June to 15 September?") }
    }
}
