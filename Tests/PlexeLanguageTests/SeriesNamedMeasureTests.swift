import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// `wolves(time, wolves)`, one row a quarter: "wolves" names the table and its one measure, and
/// the table reading won — "the number of wolves" counted the quarters. Where each row is one
/// date or year, the word is the measure. Invented upload.
@Suite(.serialized) struct SeriesNamedMeasureTests {
    static let wolves: String = {
        var csv = "time,wolves\n"
        var value = 1200.5
        for year in 1971...1974 {
            for month in [1, 4, 7, 10] {
                csv += String(format: "%d-%02d-01,%.1f\n", year, month, value)
                value += 13.5
            }
        }
        return csv
    }()

    @Test func aWordForTheSeriesIsItsNamesakeMeasure() throws {
        let u = try FixtureUpload([("wolves.csv", Self.wolves)], valueIndex: true)
        #expect(
            try u.check(
                "Which year had the highest average number of wolves?",
                "SELECT strftime('%Y', time), AVG(wolves) FROM wolves GROUP BY strftime('%Y', time) ORDER BY AVG(wolves) DESC LIMIT 1") == nil)
        #expect(try u.check("What is the maximum wolves value?", "SELECT MAX(wolves) FROM wolves") == nil)
        // Never a count of the dates kept.
        for question in ["What was the number of wolves on 1 October 1972?", "In which quarter was the number of wolves lowest?"] {
            let sql = try? u.translator.translate(question).sql
            #expect(sql.map { !$0.contains("COUNT(") } ?? true, "\(question)")
        }
    }
}
