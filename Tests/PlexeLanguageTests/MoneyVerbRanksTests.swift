import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A money verb ranking groups ("which carrier spent the most") ranks by the one column whose
/// name holds a money word, even when each row holds a different amount (a whole-number
/// column like that is passed over as a possible identifier). Two such columns are a choice
/// the question does not make, and none at all is no reason to count rows: both are refused.
/// Invented uploads: a carriers' yearly accounts, a country panel with no money column.
@Suite(.serialized) struct MoneyVerbRanksTests {
    static func accounts(_ header: String, _ row: (Int, Int) -> String) throws -> FixtureUpload {
        var csv = header + "\n"
        for carrier in 1...4 {
            for year in 2001...2006 { csv += "\(carrier),\(year),\(row(carrier, year))\n" }
        }
        return try FixtureUpload([("carrier_accounts.csv", csv)], valueIndex: true)
    }

    @Test func aMoneyColumnWithADifferentAmountInEachRowIsWhatWasSpent() throws {
        // Carrier 4 has more rows nowhere, but the largest costs: a count would tie.
        let accounts = try Self.accounts("carrier,year,cost,seats") { c, y in "\(c * 1_000_003 + y * 17),\(100 + (c * y) % 7)" }
        #expect(
            try accounts.check(
                "Which carrier spent the most in 2003?",
                "SELECT carrier, SUM(cost) AS s FROM carrier_accounts WHERE year = 2003 GROUP BY carrier ORDER BY s DESC LIMIT 1") == nil)
        let sql = try accounts.translator.translate("Which carrier spent the most?").sql
        #expect(sql.contains("SUM(cost)"), "\(sql)")
    }

    @Test func twoMoneyColumnsOrNoneAreRefused() throws {
        let two = try Self.accounts("carrier,year,fuel_cost,staff_cost") { c, y in "\(c * 1_000_003 + y * 17),\(c * 2_000_011 + y * 13)" }
        #expect(throws: TranslationError.self) { try two.translator.translate("Which carrier spent the most?") }
        // An identifier named by a money word is no amount.
        let ids = try Self.accounts("carrier,year,payment_id,seats") { c, y in "\(c * 100 + y),\(100 + (c * y) % 7)" }
        #expect(throws: TranslationError.self) { try ids.translator.translate("Which carrier spent the most?") }
        var csv = "country,year,gdp,population,inflation\n"
        for (i, country) in ["Aland", "Borduria", "Carpania"].enumerated() {
            for year in 2000...2003 { csv += "\(country),\(year),\(100 * (i + 1) + year % 7),\(4 + i),\(1 + (i + year) % 3)\n" }
        }
        let panel = try FixtureUpload([("panel.csv", csv)], valueIndex: true)
        #expect(throws: TranslationError.self) { try panel.translator.translate("Which country spent the most?") }
    }
}
