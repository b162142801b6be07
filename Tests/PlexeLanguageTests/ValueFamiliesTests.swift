import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A noun that names one stored value (WordNet: doctor ~ doc) while the column's other values
/// are kinds of it (`JrDoc`, `SrDoc`): every value of the column is such a kind, so the noun
/// names every row; only some are, and the noun is ambiguous. Invented uploads: a clinic's
/// staff graded `Doc`/`JrDoc`/`SrDoc`, and a ward with nurses beside the doctors.
@Suite(.serialized) struct ValueFamiliesTests {
    struct Fixture {
        let clinic: FixtureUpload
        let ward: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            let grades = ["JrDoc", "Doc", "SrDoc", "JrDoc", "Doc"]
            var staff = "staff_no,grade,gender,pay\n"
            for i in 0..<40 { staff += "\(100 + i),\(grades[i % 5]),\(i % 3 == 0 ? "F" : "M"),\(40_000 + (i * 3_700) % 90_000)\n" }
            clinic = try FixtureUpload([("staff.csv", staff)], valueIndex: true)
            let wardGrades = ["JrDoc", "Doc", "Nurse", "Nurse"]
            var ward = "staff_no,grade,pay\n"
            for i in 0..<20 { ward += "\(200 + i),\(wardGrades[i % 4]),\(30_000 + (i * 2_900) % 60_000)\n" }
            self.ward = try FixtureUpload([("ward.csv", ward)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    @Test func aNounForEveryValueOfTheFamilyNamesEveryRow() throws {
        let f = try fixture
        #expect(try f.clinic.check("How many doctors are there of each gender?", "SELECT gender, COUNT(*) FROM staff GROUP BY gender") == nil)
        #expect(try f.clinic.check("How many doctors earn under 60,000 dollars?", "SELECT COUNT(*) FROM staff WHERE pay < 60000") == nil)
        // The stored value written as it is keeps its one value.
        #expect(try f.clinic.check("How many Doc are there?", "SELECT COUNT(*) FROM staff WHERE grade = 'Doc'") == nil)
    }

    @Test func aNounForPartOfTheValuesIsRefused() throws {
        let f = try fixture
        #expect(throws: TranslationError.self) { try f.ward.translator.translate("How many doctors are there?") }
    }
}
