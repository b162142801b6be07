import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Groups of a table keyed by a written code show the code as well as the name (a question
/// names the group by the code column that points at it as often as by its name), and rows
/// listed for a range of a column show that column, so the rows can be told apart. Invented
/// upload: shop kinds by letter code with their names, the shops, and a yearly ledger.
@Suite(.serialized) struct GroupsByCodeAndRangesTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        let kinds = "kind,kind_name\nbak,Bakery\nbut,Butcher\ngro,Grocer\n"
        var shops = "shop_no,kind,staff,floor_m2\n"
        for i in 0..<9 { shops += "\(i + 1),\(["bak", "but", "gro"][i % 3]),\([10, 60, 20, 70, 5, 80, 40, 15, 90][i]),\(100 + i * 13)\n" }
        var ledger = "Year,Parcels shipped\n"
        for i in 0..<20 { ledger += "\(1950 + i),\(200 + (i * 37) % 101)\n" }
        return try FixtureUpload([("shop_kinds.csv", kinds), ("shops.csv", shops), ("ledger.csv", ledger)], valueIndex: true)
    }

    @Test func groupsOfACodedTableShowTheCode() throws {
        let f = try GroupsByCodeAndRangesTests.upload.get()
        #expect(
            try f.check(
                "Which shop kind has the highest average staff?",
                "SELECT kind, AVG(staff) FROM shops GROUP BY kind ORDER BY AVG(staff) DESC LIMIT 1") == nil)
        // A chart is compared on its labels and its first figures: the code labels the bars.
        #expect(
            try f.check("Bar chart of the average staff per shop kind", "SELECT kind, AVG(staff) FROM shops GROUP BY kind") == nil)
        // The name is still shown, beside the code.
        let sql = try f.translator.translate("Which shop kind has the highest average staff?").sql
        #expect(sql.contains("kind_name"))
        // A key with digits numbers its rows: the chart keeps the names.
        let clients = "client_id,client_name\nC01,Ames\nC02,Brook\nC03,Cole\n"
        var orders = "order_no,client_id,amount\n"
        for i in 0..<9 { orders += "\(i + 1),C0\(1 + i % 3),\(10 + i * 7)\n" }
        let g = try FixtureUpload([("clients.csv", clients), ("orders.csv", orders)], valueIndex: true)
        let chart = try g.translator.translate("Bar chart of the total amount per client").sql
        #expect(chart.dropFirst("SELECT ".count).prefix(while: { $0 != "," }).hasSuffix("client_name"), "\(chart)")
    }

    @Test func rowsListedForARangeShowTheRangedColumn() throws {
        let f = try GroupsByCodeAndRangesTests.upload.get()
        #expect(
            try f.check(
                "Show parcels shipped for 1955 through 1958",
                "SELECT Year, \"Parcels shipped\" FROM ledger WHERE Year BETWEEN 1955 AND 1958") == nil)
    }

    /// Rows named once each and picked by a comparison show the figure they were picked by;
    /// a list of repeating values stays one line per value.
    @Test func rowsPickedByAComparisonShowTheFigure() throws {
        let f = try GroupsByCodeAndRangesTests.upload.get()
        let years = try f.translator.translate("Which years had more than 280 parcels shipped?").sql
        #expect(years.hasPrefix("SELECT DISTINCT Year, \"Parcels shipped\" FROM ledger"), "\(years)")
        let kinds = try f.translator.translate("Which kinds have shops with more than 50 staff?").sql
        #expect(!kinds.contains("staff FROM"), "\(kinds)")
    }

    /// A figure asked "for A and for B", "separately", or to compare A and B is one figure per
    /// value; "for A and B" alone still pools them.
    @Test func valuesAskedSeparatelyAreGroups() throws {
        var patients = "patient_id,treatment,age_years,sex,clot_time\n"
        for i in 0..<12 { patients += "\(i + 1),\(["Obs", "Lev", "Lev+5FU"][i % 3]),\(40 + i * 3),\(["m", "f", ""][i % 3]),\(10 + i % 4)\n" }
        let f = try FixtureUpload([("patients.csv", patients)], valueIndex: true)
        let each = "SELECT sex, AVG(clot_time) FROM patients WHERE sex IS NOT NULL GROUP BY sex"
        #expect(try f.check("Average clot time for men and for women", each) == nil)
        #expect(try f.check("Average clot time for men and women separately", each) == nil)
        #expect(
            try f.check("Compare the average age of men and women", "SELECT sex, AVG(age_years) FROM patients WHERE sex IS NOT NULL GROUP BY sex")
                == nil)
        #expect(try f.check("Average age for men and women", "SELECT AVG(age_years) FROM patients WHERE sex IS NOT NULL") == nil)
        // "regardless of" a column pools over it.
        #expect(try f.check("What is the average clot time regardless of the treatment?", "SELECT AVG(clot_time) FROM patients") == nil)
        #expect(try f.check("Average age by sex regardless of treatment", "SELECT sex, AVG(age_years) FROM patients GROUP BY sex") == nil)
    }

    /// "over all repair jobs", "across all garage groups": the whole table, named by a noun of
    /// several words.
    @Test func aWholeScopeOfSeveralWords() throws {
        var jobs = "job_no,garage,labour_hours\n"
        for i in 0..<10 { jobs += "\(i + 1),\(["Ely", "Ayr"][i % 2]),\(2 + i % 5)\n" }
        let f = try FixtureUpload([("repair_jobs.csv", jobs)], valueIndex: true)
        #expect(try f.check("What is the average labour hours over all repair jobs?", "SELECT AVG(labour_hours) FROM repair_jobs") == nil)
        // A column's noun with a plural noun of its rows or kind after it: every group together.
        #expect(try f.check("Across all garage groups, what is the average labour hours?", "SELECT AVG(labour_hours) FROM repair_jobs") == nil)
        #expect(try f.check("Across all garage jobs, what is the average labour hours?", "SELECT AVG(labour_hours) FROM repair_jobs") == nil)
    }
}
