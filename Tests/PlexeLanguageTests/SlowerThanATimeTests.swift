import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "Slower than 4000 ms" is more time than 4000 ms, "faster than" less; "on how many shifts"
/// of a whole-number column named `shift` counts its different values, never adds them up.
/// Invented upload: bartenders' pour times per shift.
@Suite struct SlowerThanATimeTests {
    static let pours: Result<FixtureUpload, Error> = Result {
        var csv = "bartender_id,shift,pour_time_ms\n"
        for b in 1...5 { for shift in 1...9 { csv += "\(b),\(shift),\(3000 + (b * 577 + shift * 811) % 2500)\n" } }
        return try FixtureUpload([("pour_times.csv", csv)], valueIndex: true)
    }

    @Test func slowerIsMoreTime() throws {
        let u = try Self.pours.get()
        #expect(
            try u.check("How many records were slower than 4000 ms?", "SELECT COUNT(*) FROM pour_times WHERE pour_time_ms > 4000") == nil)
        #expect(
            try u.check("How many records were faster than 4000 ms?", "SELECT COUNT(*) FROM pour_times WHERE pour_time_ms < 4000") == nil)
    }

    @Test func howManyOfANamedNumberCountsItsValues() throws {
        let u = try Self.pours.get()
        #expect(
            try u.check(
                "On how many shifts was bartender 3 slower than 4000 ms?",
                "SELECT COUNT(DISTINCT shift) FROM pour_times WHERE bartender_id = 3 AND pour_time_ms > 4000") == nil)
    }
}

/// "Never longer than 5000 ms" said of groups bounds each group's largest time, in the
/// column's unit; an aggregate compared with an amount in a unit is converted like a column.
@Suite struct NeverPastATimeTests {
    @Test func neverLongerBoundsEachGroupsLargest() throws {
        let u = try SlowerThanATimeTests.pours.get()
        #expect(
            try u.check(
                "Which bartenders never took longer than 5000 ms?",
                "SELECT bartender_id FROM pour_times GROUP BY bartender_id HAVING MAX(pour_time_ms) <= 5000") == nil)
        #expect(
            try u.check(
                "In which shifts was the average pour time above 4000 ms?",
                "SELECT shift FROM pour_times GROUP BY shift HAVING AVG(pour_time_ms) > 4000") == nil)
    }
}
