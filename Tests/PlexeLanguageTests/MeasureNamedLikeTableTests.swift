import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "The average lap time" of a table `lap_times` with a `lap_time_ms` column averages that
/// column, though the rows carry other figures (a lap number) too. Invented upload.
@Suite struct MeasureNamedLikeTableTests {
    static let laps: Result<FixtureUpload, Error> = Result {
        var csv = "driver_id,lap,lap_time_ms\n"
        for d in 1...6 { for lap in 1...8 { csv += "\(d),\(lap),\(61_000 + (d * 733 + lap * 419) % 4000)\n" } }
        return try FixtureUpload([("lap_times.csv", csv)], valueIndex: true)
    }

    @Test func theTableNamesItsMeasure() throws {
        let u = try Self.laps.get()
        #expect(try u.check("Average lap time of driver id 4?", "SELECT AVG(lap_time_ms) FROM lap_times WHERE driver_id = 4") == nil)
        #expect(try u.check("Plot the average lap time by lap", "SELECT lap, AVG(lap_time_ms) FROM lap_times GROUP BY lap") == nil)
    }
}
