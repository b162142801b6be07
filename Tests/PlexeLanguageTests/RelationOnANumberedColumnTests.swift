import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "From shift 5 onwards", "after shift 6", "before shift 3" bound a whole-number column as
/// they would a date; "from shift 5" alone is that shift's rows. Invented upload.
@Suite struct RelationOnANumberedColumnTests {
    @Test func timeWordsBoundTheNumberedColumn() throws {
        let u = try SlowerThanATimeTests.pours.get()
        #expect(
            try u.check(
                "How many records from shift 5 onwards were under 4000 ms?",
                "SELECT COUNT(*) FROM pour_times WHERE shift >= 5 AND pour_time_ms < 4000") == nil)
        #expect(try u.check("How many records are there after shift 6?", "SELECT COUNT(*) FROM pour_times WHERE shift > 6") == nil)
        #expect(try u.check("How many records are there before shift 3?", "SELECT COUNT(*) FROM pour_times WHERE shift < 3") == nil)
        #expect(
            try u.check(
                "How many records from shift 5 were under 4000 ms?", "SELECT COUNT(*) FROM pour_times WHERE shift = 5 AND pour_time_ms < 4000") == nil
        )
    }
}
