import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "no response" of a column that is never empty and stores 'None' among its grades is that
/// grade; where the column has empty cells, "no" keeps meaning an empty cell. Invented upload:
/// a trial's patients.
@Suite struct NoneAsAStoredGradeTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        var trial = "id,arm,sex,age,response,side_effects\n"
        let responses = ["Full", "Partial", "None", "None", "Partial"]
        let effects = ["None", "Nausea", "", "Headache", "None", ""]
        for i in 0..<30 {
            trial += "\(i + 1),\(i % 3 == 0 ? "Placebo" : "Drug"),\(i % 2 == 0 ? "F" : "M"),\(30 + i),\(responses[i % 5]),\(effects[i % 6])\n"
        }
        return try FixtureUpload([("trial.csv", trial)], valueIndex: true)
    }

    @Test func noneIsTheStoredGrade() throws {
        let u = try Self.upload.get()
        #expect(try u.check("How many patients had no response?", "SELECT COUNT(*) FROM trial WHERE response = 'None'") == nil)
        #expect(
            try u.check(
                "How many patients on the drug had no response?", "SELECT COUNT(*) FROM trial WHERE response = 'None' AND arm = 'Drug'") == nil)
        // A column with empty cells: "no" is an empty cell, as before.
        #expect(try u.check("How many patients had no side effects recorded?", "SELECT COUNT(*) FROM trial WHERE side_effects IS NULL") == nil)
    }
}
