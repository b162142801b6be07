import Foundation
import Testing

@testable import PlexeLanguage

/// A superlative over groups of a count column named by an adjective ("the most severe
/// cases") ranks the groups by the column's sum, as "how many severe cases" is its sum. On an
/// invented table of weekly case counts per ward, where the ward with the single largest week
/// is not the ward with the most cases over the weeks.
@Suite struct RankedQualifiedTallyTests {
    static let tallies: Result<FixtureUpload, Error> = Result {
        let severe = ["Ashgrove": [9, 0, 0, 0], "Bellmoor": [3, 3, 3, 3], "Cotterell": [1, 2, 1, 2]]
        let mild = ["Ashgrove": [5, 6, 5, 6], "Bellmoor": [1, 12, 1, 12], "Cotterell": [7, 7, 7, 7]]
        var csv = "Ward,Week,Severe,Mild\n"
        for ward in ["Ashgrove", "Bellmoor", "Cotterell"] {
            for week in 0..<4 { csv += "\(ward),\(week + 1),\(severe[ward]![week]),\(mild[ward]![week])\n" }
        }
        return try FixtureUpload([("ward_tallies.csv", csv)], valueIndex: true)
    }

    /// "the most severe cases", "the fewest mild cases": the sums per ward. A singular noun is
    /// the worst single case, and "on average" the average per week: both keep their readings.
    @Test func theMostQualifiedCasesSumPerGroup() throws {
        let u = try Self.tallies.get()
        for (question, reference) in [
            ("Which ward had the most severe cases?", "SELECT Ward, SUM(Severe) FROM ward_tallies GROUP BY Ward ORDER BY SUM(Severe) DESC LIMIT 1"),
            ("Which ward had the fewest mild cases?", "SELECT Ward, SUM(Mild) FROM ward_tallies GROUP BY Ward ORDER BY SUM(Mild) LIMIT 1"),
            ("Which ward had the most severe case?", "SELECT Ward, MAX(Severe) FROM ward_tallies GROUP BY Ward ORDER BY MAX(Severe) DESC LIMIT 1"),
            (
                "Which ward had the most severe cases on average?",
                "SELECT Ward, AVG(Severe) FROM ward_tallies GROUP BY Ward ORDER BY AVG(Severe) DESC LIMIT 1"
            ),
        ] {
            let problem = try u.check(question, reference)
            #expect(problem == nil, "\(problem ?? "")")
        }
    }
}
