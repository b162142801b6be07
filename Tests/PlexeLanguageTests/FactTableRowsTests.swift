import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A word for rows of data ("observations", "records") names the rows the data is made of —
/// the table every other table is a parent of — not the parent a condition names. Invented
/// upload: weather stations and their daily readings.
@Suite struct FactTableRowsTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        let stations =
            "station,station_name,region\nABD,Aberdeen,North\nINV,Inverness,North\nBRS,Bristol,South\nEXE,Exeter,South\nLDS,Leeds,Midlands\n"
        var readings = "station,day,temp\n"
        for (k, code) in ["ABD", "INV", "BRS", "EXE", "LDS"].enumerated() {
            for day in 1...(3 + k) { readings += "\(code),2024-03-\(String(format: "%02d", day)),\(5 + k + day % 4)\n" }
        }
        return try FixtureUpload([("stations.csv", stations), ("readings.csv", readings)], valueIndex: true)
    }

    @Test func dataRowWordsCountTheFactTable() throws {
        let u = try Self.upload.get()
        #expect(
            try u.check(
                "How many observations come from North stations?",
                "SELECT COUNT(*) FROM readings WHERE station IN (SELECT station FROM stations WHERE region = 'North')") == nil)
        // A table named as such keeps its own rows.
        #expect(try u.check("How many rows does the stations table have?", "SELECT COUNT(*) FROM stations") == nil)
    }
}
