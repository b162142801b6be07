import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Two readings found together on a table of school districts with a town column in capitals
/// (`CAMBRIDGE`) beside a district column (`Cambridge`):
/// - "Cambridge" was refused as either column's value; written as one column stores it, case
///   and all, it is that column's (in lowercase it is still refused);
/// - once it was read, "how much did Cambridge spend" answered the sum of an average teacher
///   salary: a salary is what people are paid, so "spend" falls back on salary words only in
///   tables of or about people.
/// Invented uploads.
@Suite(.serialized) struct ValueCaseAndSpendingRowsTests {
    static let districts: Result<FixtureUpload, Error> = Result {
        let csv = """
            code,town,district,score,avgsalary
            1,CAMBRIDGE,Cambridge,700,41.2
            2,BOSTON,Boston,680,43.5
            3,SOMERVILLE,Somerville,690,39.9

            """
        return try FixtureUpload([("schools.csv", csv)], valueIndex: true)
    }

    static let staff: Result<FixtureUpload, Error> = Result {
        try FixtureUpload([("employees.csv", "employee,dept,salary\nAnn,IT,50000\nBob,HR,42000\nCid,IT,61000\n")], valueIndex: true)
    }

    @Test func theValueAsStoredPicksItsColumn() throws {
        let u = try Self.districts.get()
        #expect(try u.check("What is the score of Cambridge?", "SELECT score FROM schools WHERE district = 'Cambridge'") == nil)
        #expect(try u.check("What is the score of CAMBRIDGE?", "SELECT score FROM schools WHERE town = 'CAMBRIDGE'") == nil)
        #expect((try? u.translator.translate("What is the score of cambridge?")) == nil)
    }

    @Test func aDistrictSpendsNoSalary() throws {
        let u = try Self.districts.get()
        for question in ["How much did Cambridge spend in total?", "Which district spent the most?"] {
            let sql = try? u.translator.translate(question).sql
            #expect(sql.map { !$0.contains("avgsalary") } ?? true, "\(question): \(sql ?? "")")
        }
        let s = try Self.staff.get()
        #expect(try s.check("Who is paid the most?", "SELECT employee, salary FROM employees ORDER BY salary DESC LIMIT 1") == nil)
    }
}
