import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "How many" placed on a column whose total means nothing: a column that numbers the rows
/// ("how many trials" of a trial number 1..N) counts the rows; a column the question fixes to
/// one value ("have two bedrooms") is never summed — refused rather than answered as twice the
/// count. Invented uploads: numbered field trials, and flats let by the bedroom.
@Suite(.serialized) struct RowNumbersAndFixedTotalsTests {
    struct Fixture {
        let trials: FixtureUpload
        let flats: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var trials = "TRIAL,YIELD,RAINFALL\n"
            for i in 1...18 { trials += "\(i),\(30 + (i * 17) % 45),\(400 + (i * 29) % 300)\n" }
            self.trials = try FixtureUpload([("field_results.csv", trials)], valueIndex: true)
            var flats = "Flat ref,Bedrooms,Rent (GBP)\n"
            for i in 0..<30 { flats += "F\(100 + i),\(1 + (i * 7) % 4),\(600 + (i * 53) % 900)\n" }
            self.flats = try FixtureUpload([("flats.csv", flats)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    @Test func howManyOfARowNumberCountsTheRows() throws {
        let f = try fixture
        #expect(try f.trials.check("How many trials had a yield above 50?", "SELECT COUNT(*) FROM field_results WHERE YIELD > 50") == nil)
        #expect(try f.trials.check("How many trials are there?", "SELECT COUNT(*) FROM field_results") == nil)
    }

    @Test func theTotalOfARowNumberIsRefused() throws {
        let f = try fixture
        #expect(throws: TranslationError.self) { try f.trials.translator.translate("What is the total trial?") }
    }

    /// Refused, or answered without a sum: either is honest; the sum is not.
    @Test(arguments: ["How many properties have two bedrooms?", "What is the total of bedrooms for flats with 2 bedrooms?"])
    func aColumnFixedToOneValueIsNeverSummed(question: String) throws {
        let sql = (try? fixture.flats.translator.translate(question).sql) ?? ""
        #expect(!sql.contains("SUM("), "\(question) → \(sql)")
    }
}
