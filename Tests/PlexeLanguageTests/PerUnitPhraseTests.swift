import Foundation
import Testing

@testable import PlexeLanguage

/// "dividends per share", "10 dollars a share": a share after "per" or "a" is a unit of count,
/// not a share of the rows. The phrase names the column its initials (`eps`, `dps`) or words spell;
/// where none does, "share" stays unplaced. Invented uploads: a quarterly series of earnings and dividends per share, and
/// a yearly one whose figure is named by nothing said.
@Suite struct PerUnitPhraseTests {
    static let dividends: Result<FixtureUpload, Error> = Result {
        var csv = "qtr,eps,dps\n"
        var v = 0.40
        for year in 2001...2004 {
            for q in 0..<4 {
                v = (v * 1.05 + Double(q) * 0.03 * 100).rounded() / 100
                csv += "\(year)-\(q < 3 ? "0" : "")\(3 * q + 1)-01,\(v * 3),\(v)\n"
            }
        }
        return try FixtureUpload([("mill_dividends.csv", csv)], valueIndex: true)
    }

    static let payouts: Result<FixtureUpload, Error> = Result {
        var csv = "year,payout_usd\n"
        for i in 0..<6 { csv += "\(2001 + i),\(10 + i * 3)\n" }
        return try FixtureUpload([("payouts.csv", csv)], valueIndex: true)
    }

    @Test func aPhraseOfAShareNamesTheColumnItSpells() throws {
        let f = try Self.dividends.get()
        #expect(try f.check("What were the earnings per share in Q3 2002?", "SELECT eps FROM mill_dividends WHERE qtr = '2002-07-01'") == nil)
        #expect(try f.check("What were the dividends per share in Q3 2002?", "SELECT dps FROM mill_dividends WHERE qtr = '2002-07-01'") == nil)
        #expect(
            try f.check(
                "In which quarter were earnings per share highest?", "SELECT qtr, eps FROM mill_dividends ORDER BY eps DESC LIMIT 1") == nil)
    }

    @Test func aShareNamingNoColumnIsNoPercentage() throws {
        let f = try Self.payouts.get()
        #expect(throws: (any Error).self) { try f.translator.translate("What were the earnings per share in 2003?") }
    }
}
