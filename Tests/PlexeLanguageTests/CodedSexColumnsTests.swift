import Foundation
import Testing

@testable import PlexeLanguage

/// "How many female riders are there?" of a `gender` column holding 0 and 1: the codes do not
/// say which sex is 1, so the question is refused with the word named; where the values are
/// spelled ('F', 'M') or the name says what 1 is (`is_female`), the word is read. Invented
/// uploads: riders of a cycling club, three ways of recording their sex.
@Suite struct CodedSexColumnsTests {
    struct Fixture {
        let coded: FixtureUpload
        let spelled: FixtureUpload
        let named: FixtureUpload
        let namedBySex: FixtureUpload
        static let shared = Result { try Fixture() }

        init() throws {
            var coded = "rider,gender,age,distance_km\n"
            var spelled = "rider,gender,age,distance_km\n"
            var named = "rider,is_female,age,distance_km\n"
            var namedBySex = "rider,sex_male,age,distance_km\n"
            for r in 1...30 {
                let row = "R\(r),\(r % 3 == 0 ? 1 : 0),\(20 + (r * 7) % 40),\(100 + (r * 37) % 900)\n"
                coded += row
                named += row
                namedBySex += row
                spelled += "R\(r),\(r % 3 == 0 ? "F" : "M"),\(20 + (r * 7) % 40),\(100 + (r * 37) % 900)\n"
            }
            self.coded = try FixtureUpload([("riders.csv", coded)], valueIndex: true)
            self.spelled = try FixtureUpload([("riders.csv", spelled)], valueIndex: true)
            self.named = try FixtureUpload([("riders.csv", named)], valueIndex: true)
            self.namedBySex = try FixtureUpload([("riders.csv", namedBySex)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    private func refusal(_ upload: FixtureUpload, _ question: String) -> String? {
        do {
            _ = try upload.translator.translate(question)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test func aSexWordOfCodedValuesIsRefusedByName() throws {
        let f = try fixture
        for (question, word) in [("How many female riders are there?", "female"), ("What is the average distance of male riders?", "male")] {
            let refusal = refusal(f.coded, question)
            #expect(refusal?.contains("\"\(word)\"") == true, "\(question): \(refusal ?? "answered")")
        }
    }

    @Test func theColumnItselfStaysReadable() throws {
        let f = try fixture
        #expect(try f.coded.check("How many riders are there by gender?", "SELECT gender, COUNT(*) FROM riders GROUP BY gender") == nil)
    }

    @Test func spelledValuesAndNamesThatSayTheSexAreRead() throws {
        let f = try fixture
        #expect(try f.spelled.check("How many female riders are there?", "SELECT COUNT(*) FROM riders WHERE gender = 'F'") == nil)
        #expect(try f.named.check("How many female riders are there?", "SELECT COUNT(*) FROM riders WHERE is_female = 1") == nil)
        #expect(try f.namedBySex.check("How many male riders are there?", "SELECT COUNT(*) FROM riders WHERE sex_male = 1") == nil)
    }

    /// "female" of `sex_male` is not its 1.
    @Test func theOtherSexOfANamedColumnIsRefused() throws {
        let f = try fixture
        let refusal = refusal(f.namedBySex, "How many female riders are there?")
        #expect(refusal?.contains("\"female\"") == true, "\(refusal ?? "answered")")
    }
}
