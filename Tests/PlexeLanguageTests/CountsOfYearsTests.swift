import Foundation
import Testing

@testable import PlexeLanguage

/// A column whose name says "years" may count years (`training_years`, 1 to 6) rather than
/// hold them: a year in the question ("in 2020") is then no value of it. Once read as a year
/// column, "in 2020" became `training_years = 2020` — an answer to another question. Invented
/// upload: staff with years of training, and their yearly pay rows.
@Suite struct CountsOfYearsTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        try FixtureUpload(
            [
                ("staff.csv", "staffId,trainingYears,region\n1,2,north\n2,4,south\n3,6,north\n4,1,south\n5,3,north\n"),
                (
                    "pay_years.csv",
                    "staffId,year,pay\n1,2019,10\n1,2020,11\n2,2019,20\n2,2020,21\n3,2019,30\n3,2020,33\n4,2020,15\n5,2019,12\n5,2020,14\n"
                ),
            ], valueIndex: true)
    }

    @Test func aYearIsNoValueOfAColumnCountingYears() throws {
        let upload = try Self.upload.get()
        let sql = Self.sqlOrRefusal(upload, "Among the northern staff, what was the average pay in 2020?")
        // Answered, it must be the pay rows of 2020 — never trainingYears = 2020; a refusal
        // is an honest answer too.
        #expect(sql == nil || (sql!.contains("year = 2020") && !sql!.contains("trainingYears = 2020")), "\(sql ?? "")")
        #expect(try upload.check("How many staff have 4 training years?", "SELECT COUNT(*) FROM staff WHERE trainingYears = 4") == nil)
    }

    private static func sqlOrRefusal(_ upload: FixtureUpload, _ question: String) -> String? {
        let result = Result { try upload.translator.translate(question) }
        guard case .success(let translation) = result else { return nil }
        return translation.sql
    }

    /// A column named `year` alone keeps its calendar sense, whatever it holds.
    @Test func aBareYearColumnIsStillAYear() throws {
        let upload = try Self.upload.get()
        #expect(try upload.check("What was the total pay in 2019?", "SELECT SUM(pay) FROM pay_years WHERE year = 2019") == nil)
    }
}
