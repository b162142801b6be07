import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Tables other tables refer to (a code with its name or description): listed "with their
/// names" they show each row by its key beside the name, and rows counted "for" one of their
/// values are the rows that refer to it. Invented upload: sales regions by code with their
/// names and the stores in them; item kinds by code with a description and the items.
@Suite(.serialized) struct ParentTablesTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        let regions = "region_code,region_name\nNE,North East\nSW,South West\nMID,Midlands\n"
        var stores = "store,region_code,revenue\n"
        for i in 0..<12 { stores += "S\(i + 1),\(["NE", "SW", "MID"][i % 3]),\(100 + i * 17)\n" }
        let kinds = "kind,description\nBk,bakery goods\nMt,fresh meat\nVg,vegetables\n"
        var items = "itemId,price,kind\n"
        for i in 0..<14 { items += "\(i + 1),\(2 + i % 5),\(["Bk", "Mt", "Vg"][i % 3])\n" }
        return try FixtureUpload(
            [("regions.csv", regions), ("stores.csv", stores), ("item_kinds.csv", kinds), ("items.csv", items)], valueIndex: true)
    }

    /// "with their names": the name is added beside each row, so the row itself (its key)
    /// comes first.
    @Test func rowsListedWithTheirNamesShowTheKey() throws {
        let f = try ParentTablesTests.upload.get()
        for question in ["Show all regions with their names", "List the regions with their names"] {
            let sql = try f.translator.translate(question).sql
            #expect(sql == "SELECT region_code, region_name FROM regions", "\(question): \(sql)")
        }
        // A table whose rows are named by the column asked already shows what names them.
        #expect(try f.translator.translate("Show all stores with their revenue").sql == "SELECT store, revenue FROM stores")
    }

    /// "How many records are there for vegetables?": the kind has one row, so counting it
    /// answers 1; the records are the items of that kind. A lookup table of a key and one
    /// text describes each key by that text, whatever the column is called.
    @Test func recordsForALookupValueAreTheRowsReferringToIt() throws {
        let f = try ParentTablesTests.upload.get()
        let items = "SELECT COUNT(*) FROM items i JOIN item_kinds k ON k.kind = i.kind WHERE k.description = 'vegetables'"
        #expect(try f.check("How many records are there for vegetables?", items) == nil)
        #expect(try f.check("How many rows are there for vegetables?", items) == nil)
        // Kinds named by the question are counted as asked, and one of them is one row: the
        // question was not understood.
        #expect(throws: TranslationError.self) { try f.translator.translate("How many item kinds are vegetables?") }
    }

    /// "Which district has the highest average revenue?" where "district" names nothing: an
    /// average asked of what "which" names is a figure of groups, and the stores belong to
    /// regions, so the unknown noun is not guessed to be the stores (each store's own revenue).
    @Test func anUnknownNounAskedForAGroupFigureIsNotTheRows() throws {
        // (The regions and stores alone: no other table's money column to weigh.)
        let regions = "region_code,region_name\nNE,North East\nSW,South West\nMID,Midlands\n"
        var stores = "store,region_code,revenue\n"
        for i in 0..<12 { stores += "S\(i + 1),\(["NE", "SW", "MID"][i % 3]),\(100 + i * 17)\n" }
        let f = try FixtureUpload([("regions.csv", regions), ("stores.csv", stores)], valueIndex: true)
        for question in ["Which district has the highest average revenue?", "Which territory has the highest total revenue?"] {
            #expect(throws: TranslationError.self, "\(question)") { try f.translator.translate(question) }
        }
        #expect(
            try f.check(
                "Which region has the highest average revenue?",
                "SELECT r.region_name, AVG(s.revenue) FROM stores s JOIN regions r ON r.region_code = s.region_code GROUP BY r.region_name ORDER BY AVG(s.revenue) DESC LIMIT 1"
            ) == nil)
    }
}
