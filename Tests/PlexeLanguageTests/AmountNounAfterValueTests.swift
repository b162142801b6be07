import Foundation
import Testing

@testable import PlexeLanguage

/// "the ratio of Roads spending to Parks spending": a noun of an amount after a value names the
/// amount of that value's rows (the table's money column), so the sums are divided, never the
/// counts of rows. Invented upload: a
/// council's yearly outlay per service, in thousands of pounds.
@Suite struct AmountNounAfterValueTests {
    static let outlays: Result<FixtureUpload, Error> = Result {
        let csv = "year,service,thousands_gbp\n2001,Roads,40\n2001,Parks,10\n2002,Roads,45\n2002,Parks,15\n2002,Libraries,9\n"
        return try FixtureUpload([("council_outlays.csv", csv)], valueIndex: true)
    }

    @Test func spendingAfterAValueIsItsAmount() throws {
        let f = try Self.outlays.get()
        let sum = { (service: String) in "(SELECT SUM(thousands_gbp) FROM council_outlays WHERE service = '\(service)' AND year = 2002)" }
        #expect(
            try f.check("What is the ratio of Roads spending to Parks spending in 2002?", "SELECT 1.0 * \(sum("Roads")) / \(sum("Parks"))") == nil)
    }
}
