import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "What was the largest number of respondents in any survey?" of `surveys(id, interviewees,
/// firm, approval)`, one row a survey, was answered with `COUNT(*)` of the surveys: the largest
/// of one count of the whole table. The largest or smallest "number of" something with no
/// groups to choose among is a figure each row holds; with no column named for it, refused.
/// Invented upload: twelve opinion surveys by three firms.
@Suite struct ExtremeOfAPlainCountTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        var csv = "id,interviewees,firm,approval\n"
        for k in 1...12 { csv += "\(k),\(500 + (k * 379) % 2500),\(["Acme", "Zeta", "Kappa"][k % 3]),\(30 + (k * 7) % 30)\n" }
        return try FixtureUpload([("surveys.csv", csv)], valueIndex: true)
    }

    @Test(arguments: [
        "What was the largest number of respondents in any survey?",
        "What was the smallest number of respondents in a single survey?",
    ])
    func anExtremeOfTheRowsCountIsRefused(_ question: String) throws {
        #expect((try? Self.upload.get().translator.translate(question)) == nil)
    }

    /// A grouping or ranking still makes the count one of several; a named column is its maximum.
    @Test func groupedCountsAndNamedColumnsKeepTheirReadings() throws {
        let u = try Self.upload.get()
        #expect(
            try u.check(
                "Which firm ran the largest number of surveys?", "SELECT firm, COUNT(*) AS n FROM surveys GROUP BY firm ORDER BY n DESC LIMIT 1")
                == nil)
        #expect(try u.check("What was the largest number of interviewees in any survey?", "SELECT MAX(interviewees) FROM surveys") == nil)
        #expect(try u.check("What was the highest approval in any survey?", "SELECT MAX(approval) FROM surveys") == nil)
    }
}
