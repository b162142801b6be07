import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Rows asked of one row of a parent table ("how many records are there for hive 5", "show
/// all weighings of hive 7 with their dates") are the rows of the one table that refers to it:
/// the parent has one row per key, so counting or listing its own rows says nothing. Invented
/// upload: beehives by site, and their weighings.
@Suite(.serialized) struct RowsOfTheRelatedTableTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        var sites = "hive_id,site\n"
        for i in 1...10 { sites += "\(i),\(i % 2 == 1 ? "Meadow" : "Orchard")\n" }
        var weighings = "hive_id,weighed_on,honey_kg\n"
        for i in 1...10 {
            for (n, day) in ["1990-06-01", "1990-07-15", "1990-09-20"].prefix(1 + i % 3).enumerated() {
                weighings += "\(i),\(day),\(2 + (i * 7 + n * 5) % 13)\n"
            }
        }
        return try FixtureUpload([("hive_sites.csv", sites), ("hive_weighings.csv", weighings)], valueIndex: true)
    }

    @Test func recordsOfOneParentRowAreTheRelatedRows() throws {
        let f = try RowsOfTheRelatedTableTests.upload.get()
        #expect(try f.check("How many records are there for hive 5?", "SELECT COUNT(*) FROM hive_weighings WHERE hive_id = 5") == nil)
        #expect(try f.check("How many records does hive 4 have?", "SELECT COUNT(*) FROM hive_weighings WHERE hive_id = 4") == nil)
        // With two related tables, which rows are meant cannot be told.
        var sites = "hive_id,site\n"
        for i in 1...6 { sites += "\(i),\(i % 2 == 1 ? "Meadow" : "Orchard")\n" }
        var weighings = "hive_id,weighed_on,honey_kg\n"
        var visits = "hive_id,visited_on,keeper\n"
        for i in 1...6 {
            weighings += "\(i),1990-06-01,\(2 + i)\n\(i),1990-07-01,\(3 + i)\n"
            visits += "\(i),1990-06-02,Keeper \(i % 3)\n\(i),1990-08-02,Keeper \(i % 2)\n"
        }
        let twoRelated = try FixtureUpload(
            [("hive_sites.csv", sites), ("hive_weighings.csv", weighings), ("hive_visits.csv", visits)], valueIndex: true)
        #expect(throws: TranslationError.self) { try twoRelated.translator.translate("How many records are there for hive 5?") }
    }

    @Test func theRelatedRowsListedWithAColumnAreWholeRows() throws {
        let f = try RowsOfTheRelatedTableTests.upload.get()
        #expect(
            try f.check(
                "Show all measurements of hive 8 with their dates.", "SELECT weighed_on, honey_kg FROM hive_weighings WHERE hive_id = 8") == nil)
    }

    /// The rows counted have no date; the one table referring to them has: a period is of
    /// those related rows, with the other conditions on the same rows.
    @Test func aPeriodOfRowsWithoutADateIsOfTheRelatedRows() throws {
        let f = try RowsOfTheRelatedTableTests.upload.get()
        #expect(
            try f.check(
                "How many hives had a honey yield of at least 6 on 15 July 1990?",
                "SELECT COUNT(DISTINCT hive_id) FROM hive_weighings WHERE weighed_on = '1990-07-15' AND honey_kg >= 6") == nil)
    }
}
