import Foundation
import Testing

@testable import PlexeLanguage

/// "How slow was the slowest sprint time?": an opening "how" and an adjective ask for the figure of
/// the row the superlative of the same dimension picks; "…, and how old is he?" closes a
/// superlative question by asking for the figure again. Invented uploads.
@Suite(.serialized) struct HowAdjectiveQuestionsTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        var sprints = "sprint_id,runner,sprint_time_s\n"
        for i in 1...9 { sprints += "\(i),Runner \(i % 4),\(11 + (i * 7) % 5).\(i)\n" }
        var riders = "rider,age\n"
        for (n, name) in ["Ansel", "Brigid", "Corin", "Dagny", "Emrys"].enumerated() { riders += "\(name),\(21 + (n * 7) % 13)\n" }
        return try FixtureUpload([("sprints.csv", sprints), ("riders.csv", riders)], valueIndex: true)
    }

    /// "slow" names no column by itself here (a time, not a speed); the superlative finds it.
    @Test func howSlowWasTheSlowest() throws {
        let f = try HowAdjectiveQuestionsTests.upload.get()
        #expect(try f.check("How slow was the slowest sprint time?", "SELECT MAX(sprint_time_s) FROM sprints") == nil)
    }

    @Test func aClosingHowWithAPronounForThePerson() throws {
        let f = try HowAdjectiveQuestionsTests.upload.get()
        #expect(try f.check("Which rider is the oldest, and how old is he?", "SELECT rider, age FROM riders ORDER BY age DESC LIMIT 1") == nil)
    }
}
