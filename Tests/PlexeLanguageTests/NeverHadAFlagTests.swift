import Foundation
import Testing

@testable import PlexeLanguage

/// "How many hikers never had a fall?" of `hikers` and `hikes(hiker_id, km, fall)` with `fall`
/// 0/1: a child table's yes/no column denied by "never", "no" or "without" asks for the parents
/// none of whose rows has it (`NOT IN` the rows with `fall = 1`, hikers without hikes
/// included), not those with one row where it is 0. Invented upload: hikers and their hikes.
@Suite struct NeverHadAFlagTests {
    static let hikes: Result<FixtureUpload, Error> = Result {
        let hikers = "hiker_id,club\n1,Ridge\n2,Valley\n3,Ridge\n4,Valley\n5,Ridge\n"
        // Hiker 1 fell once of two hikes, 2 never fell, 3 fell on its only hike, 4 has no hikes,
        // 5 fell on one hike of three.
        let hikes =
            "hiker_id,km,terrain,fall\n1,12,scree,1\n1,8,forest,0\n2,15,scree,0\n2,9,forest,0\n3,20,forest,1\n"
            + "5,6,scree,0\n5,11,forest,1\n5,7,scree,0\n"
        return try FixtureUpload([("hikers.csv", hikers), ("hikes.csv", hikes)], valueIndex: true)
    }

    @Test func neverHadTheFlagIsNoRowWithIt() throws {
        let f = try Self.hikes.get()
        let none = "hiker_id NOT IN (SELECT hiker_id FROM hikes WHERE fall = 1)"
        #expect(try f.check("How many hikers never had a fall?", "SELECT COUNT(*) FROM hikers WHERE \(none)") == nil)
        #expect(try f.check("Which hikers never had a fall?", "SELECT * FROM hikers WHERE \(none)") == nil)
        #expect(try f.check("List hikers without a fall.", "SELECT * FROM hikers WHERE \(none)") == nil)
    }

    /// "never had a fall on scree": the related rows' other condition says which rows must not
    /// have it, so it goes inside the `NOT IN` (hikers 3 and 5 fell only in forest).
    @Test func otherConditionsOfTheRelatedRowsGoInside() throws {
        let f = try Self.hikes.get()
        #expect(
            try f.check(
                "How many hikers never had a fall on scree?",
                "SELECT COUNT(*) FROM hikers WHERE hiker_id NOT IN (SELECT hiker_id FROM hikes WHERE fall = 1 AND terrain = 'scree')") == nil)
    }

    @Test func theFlagsOwnRowsKeepTheNoValue() throws {
        let f = try Self.hikes.get()
        #expect(try f.check("How many hikes had no fall?", "SELECT COUNT(*) FROM hikes WHERE fall = 0") == nil)
        #expect(
            try f.check("How many hikers had a fall?", "SELECT COUNT(*) FROM hikers WHERE hiker_id IN (SELECT hiker_id FROM hikes WHERE fall = 1)")
                == nil)
    }
}
