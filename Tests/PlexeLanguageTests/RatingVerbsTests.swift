import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "How many inspections were rated 'Very good'?" and "how many visits were graded poor" were
/// refused: the verb of rating was left unplaced, though it only introduces the grade that
/// follows it (a stored value, a comparison). And "how many critics were rated more
/// expressive than 12" of a score column `expression` left "more" unplaced: a comparative made
/// with "more" or "less" was not read as the inflected one ("heavier than") is. Invented
/// uploads: café inspections graded in words; critics scored on qualities.
@Suite struct RatingVerbsTests {
    struct Fixture {
        let inspections: FixtureUpload
        let critics: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            let grades = ["Very good", "Poor", "Fair", "Excellent"]
            let kitchens = ["Clean", "Dirty", "Spotless"]
            var inspections = "cafe,town,verdict,kitchen\n"
            for k in 0..<16 { inspections += "Cafe \(k),\(["Ayr", "Oban", "Troon"][k % 3]),\(grades[k % 4]),\(kitchens[k % 3])\n" }
            self.inspections = try FixtureUpload([("inspections.csv", inspections)], valueIndex: true)
            var critics = "critic,composition,expression,colour\n"
            for k in 0..<12 { critics += "Critic \(k),\(4 + k % 9),\(3 + (k * 5) % 14),\(2 + (k * 7) % 15)\n" }
            self.critics = try FixtureUpload([("critics.csv", critics)], valueIndex: true)
        }
    }

    /// The verb before a stored value: the value's column.
    @Test(arguments: [
        ("How many inspections were rated 'Very good'?", "SELECT COUNT(*) FROM inspections WHERE verdict = 'Very good'"),
        ("How many inspections were graded poor?", "SELECT COUNT(*) FROM inspections WHERE verdict = 'Poor'"),
        ("Which cafes were judged excellent?", "SELECT DISTINCT cafe FROM inspections WHERE verdict = 'Excellent'"),
        ("How many kitchens were rated spotless?", "SELECT COUNT(*) FROM inspections WHERE kitchen = 'Spotless'"),
    ])
    func aRatingVerbIntroducesTheValue(_ question: String, _ reference: String) throws {
        let problem = try Fixture.shared.get().inspections.check(question, reference)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// The verb before a comparison: the column the comparison names.
    @Test(arguments: [
        ("How many critics were rated more expressive than 12?", "SELECT COUNT(*) FROM critics WHERE expression > 12"),
        ("Which critics were rated less colourful than 6?", "SELECT * FROM critics WHERE colour < 6"),
        ("How many critics were scored above 8 for composition?", "SELECT COUNT(*) FROM critics WHERE composition > 8"),
    ])
    func aRatingVerbIntroducesTheComparison(_ question: String, _ reference: String) throws {
        let problem = try Fixture.shared.get().critics.check(question, reference)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// No column for the grade: still refused ("rated higher than 10" names no score; no
    /// column holds 'superb').
    @Test(arguments: [
        "How many critics were rated higher than 10?", "How many inspections were rated superb?",
        "How many more critics were expressive than 12?",
    ])
    func aGradeWithoutAColumnIsRefused(_ question: String) throws {
        let fixture = try Fixture.shared.get()
        let upload = question.contains("critics") ? fixture.critics : fixture.inspections
        #expect((try? upload.translator.translate(question)) == nil)
    }
}
