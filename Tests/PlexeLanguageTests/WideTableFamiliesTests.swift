import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Wide tables: one row per ward and one whole-number column per candidate, each counting
/// ballots. "How many ballots did X get" is the total of X's column (the row's own value where
/// the conditions pick one ward); "how many ballots were there" is the column of totals. A
/// table whose rows are the noun counted (hens by `HenID`) still counts rows. Invented upload.
@Suite(.serialized) struct WideTableFamiliesTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        var wards = "WARD,OKAFOR,LINDQVIST,MARCHETTI,TANAKA,TOTAL\n"
        for (i, w) in ["NORTHGATE", "MILLBROOK", "ELM PARK", "STONEY CROSS", "WEST HAVEN"].enumerated() {
            let a = 1000 + i * 377 % 900
            let b = 800 + i * 611 % 700
            let c = 50 + i * 13
            let d = 20 + i * 7
            wards += "\(w),\(a),\(b),\(c),\(d),\(a + b + c + d)\n"
        }
        return try FixtureUpload([("ward_ballots.csv", wards)], valueIndex: true)
    }

    static let cases: [QuestionCase] = [
        QuestionCase(
            question: "How many ballots did OKAFOR get in MILLBROOK ward?", reference: "SELECT OKAFOR FROM ward_ballots WHERE WARD = 'MILLBROOK'"),
        QuestionCase(question: "How many ballots did Tanaka get in total?", reference: "SELECT SUM(TANAKA) FROM ward_ballots"),
        QuestionCase(
            question: "What is the total number of ballots for LINDQVIST across all wards?", reference: "SELECT SUM(LINDQVIST) FROM ward_ballots"),
        QuestionCase(
            question: "How many ballots did Marchetti get in Elm Park?", reference: "SELECT MARCHETTI FROM ward_ballots WHERE WARD = 'ELM PARK'"),
    ]

    /// "Who got the most ballots" asks which member column sums highest — a shape the engine
    /// does not read; it was the first row of the table, unordered. Refused.
    @Test func aSuperlativeWithNothingToOrderByIsRefused() throws {
        let f = try WideTableFamiliesTests.upload.get()
        #expect(throws: TranslationError.self) { try f.translator.translate("Who got the most ballots?") }
        #expect(throws: TranslationError.self) { try f.translator.translate("Who got the fewest ballots in Northgate?") }
    }

    /// "The most ballots" of rows named one per ward ranks the wards by the member named, or
    /// by the column of totals with none named (a ward has no rows to count).
    @Test func wardsRankedByAMemberOrByTheirTotal() throws {
        let f = try WideTableFamiliesTests.upload.get()
        #expect(
            try f.check(
                "In which ward did Tanaka get the most ballots?", "SELECT WARD, TANAKA FROM ward_ballots ORDER BY TANAKA DESC LIMIT 1", ordered: true)
                == nil)
        #expect(
            try f.check(
                "Which ward had the fewest ballots in total?", "SELECT WARD, TOTAL FROM ward_ballots ORDER BY TOTAL ASC LIMIT 1", ordered: true)
                == nil)
    }

    /// A bound on "ballots" of wards (one row each) is a bound on their column of totals.
    @Test func wardsBoundedByTheirTotal() throws {
        let f = try WideTableFamiliesTests.upload.get()
        #expect(
            try f.check("How many wards had at least 2000 ballots in total?", "SELECT COUNT(*) FROM ward_ballots WHERE TOTAL >= 2000") == nil)
        #expect(try f.check("Which wards had more than 2000 ballots?", "SELECT WARD FROM ward_ballots WHERE TOTAL > 2000") == nil)
    }

    /// "gave", "cast", "went to" only say the ballots were received.
    @Test func verbsOfReceivingSayNoMore() throws {
        let f = try WideTableFamiliesTests.upload.get()
        #expect(try f.check("Which wards gave Tanaka more than 40 ballots?", "SELECT WARD FROM ward_ballots WHERE TANAKA > 40") == nil)
        #expect(try f.check("How many ballots were cast in Elm Park?", "SELECT TOTAL FROM ward_ballots WHERE WARD = 'ELM PARK'") == nil)
        #expect(
            try f.check(
                "Which ward gave Okafor the most ballots?", "SELECT WARD, OKAFOR FROM ward_ballots ORDER BY OKAFOR DESC LIMIT 1", ordered: true)
                == nil)
    }

    @Test(arguments: WideTableFamiliesTests.cases)
    func ballotsOfOneCandidateAreTheirColumnsTotal(_ c: QuestionCase) throws {
        let f = try WideTableFamiliesTests.upload.get()
        #expect(try f.check(c.question, c.reference, ordered: c.ordered) == nil)
    }

    /// Rows named by the noun itself are counted, not a column of them added up.
    @Test func rowsNamedByTheNounAreCounted() throws {
        var hens = "HenID,Flock,GritRation,ZincRation\n"
        for i in 1...9 { hens += "\(i),\(1 + i % 3),\(i % 2 == 0 ? 100 : 200),\(i % 3 == 0 ? 35 : 175)\n" }
        let f = try FixtureUpload([("hens.csv", hens)], valueIndex: true)
        let sql = try f.translator.translate("How many hens got the largest ZincRation?").sql
        #expect(!sql.contains("SUM("), "\(sql)")
    }
}
