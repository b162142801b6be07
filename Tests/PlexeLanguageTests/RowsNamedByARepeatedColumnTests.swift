import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A table of a row per shop and year names its rows by `shop` although the column repeats,
/// and a whole number that happens to differ in every row (`cost`) is no key: "which shop"
/// shows the shop. Before, `cost` was taken for the rows' key because its few values were all
/// different, and "which shop has the highest revenue" answered with a cost. Invented upload.
@Suite(.serialized) struct RowsNamedByARepeatedColumnTests {
    static let shops: Result<FixtureUpload, Error> = Result {
        let csv = "shop,year,cost,revenue,staff\nAlpha,2000,10,20,3\nBeta,2000,12,25,4\nAlpha,2001,11,21,3\nBeta,2001,13,26,5\n"
        return try FixtureUpload([("shops.csv", csv)], valueIndex: true)
    }

    @Test func whichShopShowsTheShop() throws {
        let shops = try Self.shops.get()
        #expect(try shops.check("Which shop has the highest revenue?", "SELECT shop, revenue FROM shops ORDER BY revenue DESC LIMIT 1") == nil)
        #expect(
            try shops.check(
                "Which shop had the highest revenue in 2000?", "SELECT shop, revenue FROM shops WHERE year = 2000 ORDER BY revenue DESC LIMIT 1")
                == nil)
    }

    @Test func theMostRecordsGroupByTheShop() throws {
        let shops = try Self.shops.get()
        let sql = try shops.translator.translate("Which shop had the most records?").sql
        #expect(sql.contains("GROUP BY shop") && !sql.contains("cost"), "\(sql)")
    }

    /// The first column's whole numbers still identify the rows (a yearly table's `year`).
    @Test func aFirstWholeNumberColumnStillIdentifiesTheRows() throws {
        let yearly = try FixtureUpload([("harvests.csv", "year,wheat,rye\n2001,10,4\n2002,12,5\n2003,9,6\n")], valueIndex: true)
        #expect(try yearly.check("Which year had the largest wheat harvest?", "SELECT year, wheat FROM harvests ORDER BY wheat DESC LIMIT 1") == nil)
    }
}
