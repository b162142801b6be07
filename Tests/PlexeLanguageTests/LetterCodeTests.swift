import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "women" and "men" read as the letters F and M only in a column holding both letters: a
/// grade F or a size M is no word for people. Invented upload: a school's staff.
@Suite(.serialized) struct LetterCodeTests {
    static let staff: Result<FixtureUpload, Error> = Result {
        var staff = "name,grade,sex,size\n"
        for i in 0..<24 { staff += "P\(i),\(["A", "B", "C", "D", "E", "F"][i % 6]),\(["F", "M"][i % 2]),\(["S", "M", "L"][i % 3])\n" }
        return try FixtureUpload([("staff.csv", staff)], valueIndex: true)
    }

    @Test func womenAreTheSexCodeNotTheGrade() throws {
        let staff = try Self.staff.get()
        #expect(try staff.check("How many women are in grade B?", "SELECT COUNT(*) FROM staff WHERE sex = 'F' AND grade = 'B'") == nil)
        #expect(try staff.check("List the names of the men", "SELECT name FROM staff WHERE sex = 'M'") == nil)
        #expect(try staff.check("How many staff are in grade F?", "SELECT COUNT(*) FROM staff WHERE grade = 'F'") == nil)
    }

    /// A word of grammar is never a code written in lowercase: "had an infection" beside a stored
    /// condition code `AN` and a table of infections is the article, not `condition = 'AN'`.
    @Test func anArticleIsNoCode() throws {
        var patients = "patient_id,condition\n"
        for i in 0..<12 { patients += "\(i),\(["AN", "GN", "PKD"][i % 3])\n" }
        var infections = "patient_id,infection\n"
        for i in 0..<24 { infections += "\(i % 12),\((i * 7) % 3 == 0 ? 1 : 0)\n" }
        let upload = try FixtureUpload([("patients.csv", patients), ("infections.csv", infections)], valueIndex: true)
        let sql = try? upload.translator.translate("How many patients had an infection?").sql
        #expect(sql == nil || !sql!.contains("'AN'"))
        #expect(try upload.check("How many patients have condition AN?", "SELECT COUNT(*) FROM patients WHERE condition = 'AN'") == nil)
    }
}
