import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "At some point" after a comparison asks that some row meets it, which the condition
/// already says; it was left unplaced. "At every point" asks for all rows and stays unread.
/// Invented upload: daily readings of a gauge over three years.
@Suite struct AtSomePointTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        var readings = "day,gauge\n"
        for d in 0..<900 {
            let year = 2001 + d / 300
            let month = 1 + (d % 300) / 25
            let dayOfMonth = 1 + d % 25
            // Only 2001 and 2003 pass 9.
            let value = year == 2002 ? 4 + Double(d % 5) : 4 + Double(d % 7)
            readings += "\(year)-\(String(format: "%02d", month))-\(String(format: "%02d", dayOfMonth)),\(value)\n"
        }
        return try FixtureUpload([("readings.csv", readings)], valueIndex: true)
    }

    @Test func atSomePointIsTheConditionItself() throws {
        let u = try Self.upload.get()
        #expect(
            try u.check(
                "In how many years was the gauge above 9 at some point?",
                "SELECT COUNT(DISTINCT strftime('%Y', day)) FROM readings WHERE gauge > 9") == nil)
        #expect((try? u.translator.translate("In how many years was the gauge above 9 at every point?")) == nil)
    }
}
