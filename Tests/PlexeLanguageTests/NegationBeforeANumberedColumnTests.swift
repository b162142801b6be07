import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "No shop" is a negation even when the table has a `shop_no` column: read as that column,
/// the "no" of "kinds with no shop with more than 50 staff" vanished and the shops with more
/// than 50 staff were listed. Invented upload: kinds of shop and the shops.
@Suite struct NegationBeforeANumberedColumnTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        var kinds = "kind,kind_name\n"
        var shops = "shop_no,kind,stock,staff\n"
        let codes = ["AA", "BB", "CC", "DD", "EE"]
        for (i, k) in codes.enumerated() { kinds += "\(k),Kind \(i)\n" }
        // Kinds DD and EE only have small shops.
        for i in 0..<40 { shops += "\(i + 1),\(codes[i % 5]),\(i * 13 % 97),\(i % 5 >= 3 ? 5 + i % 7 : i * 7 % 80)\n" }
        return try FixtureUpload([("kinds.csv", kinds), ("shops.csv", shops)], valueIndex: true)
    }

    @Test func noBeforeTheRelatedRowsNegatesThem() throws {
        let u = try Self.upload.get()
        #expect(
            try u.check(
                "Which kinds have no shop with more than 50 staff?",
                "SELECT kind FROM kinds k WHERE NOT EXISTS (SELECT 1 FROM shops s WHERE s.kind = k.kind AND s.staff > 50)") == nil)
        #expect(
            try u.check(
                "How many kinds have no shop with more than 50 staff?",
                "SELECT COUNT(*) FROM kinds k WHERE NOT EXISTS (SELECT 1 FROM shops s WHERE s.kind = k.kind AND s.staff > 50)") == nil)
        // The column is still found in its own order.
        #expect(try u.check("What is the stock of shop no 7?", "SELECT stock FROM shops WHERE shop_no = 7") == nil)
    }
}
