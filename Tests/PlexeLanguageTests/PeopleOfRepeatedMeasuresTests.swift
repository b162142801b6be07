import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A noun for people counting the rows of a repeated-measures table (each row one measurement,
/// a person's id repeating across their rows) counts the people, not the measurements.
/// Invented uploads: simulator runs of pilots by badge, and pots fired in a kiln.
@Suite struct PeopleOfRepeatedMeasuresTests {
    struct Fixture {
        /// Five pilots by badge id, four simulator runs each (numbered by attempt): the id repeats per run.
        let runs: FixtureUpload
        /// One row per pilot, the badge id unique.
        let roster: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var runs = "badge_id,attempt,error_deg\n"
            for pilot in 0..<5 { for attempt in 1...4 { runs += "\(300 + pilot * 7),\(attempt),\(2 + (pilot * 5 + attempt * 3) % 9)\n" } }
            self.runs = try FixtureUpload([("sim_runs.csv", runs)], valueIndex: true)
            var roster = "badge_id,base,hours\n"
            for pilot in 0..<6 { roster += "\(300 + pilot * 7),\(["north", "south"][pilot % 2]),\(120 + pilot * 40)\n" }
            self.roster = try FixtureUpload([("roster.csv", roster)], valueIndex: true)
        }
    }

    /// "pilots", "chauffeurs" are people; the rows are their runs: the distinct badges are counted.
    @Test(arguments: [
        ("How many pilots were tested?", "SELECT COUNT(DISTINCT badge_id) FROM sim_runs"),
        ("How many pilots are in the data?", "SELECT COUNT(DISTINCT badge_id) FROM sim_runs"),
        // (WordNet files a chauffeur, as an operator of a vehicle, under "causal agent", beside "person".)
        ("How many chauffeurs were tested?", "SELECT COUNT(DISTINCT badge_id) FROM sim_runs"),
    ])
    func peopleOfRepeatedRowsAreCountedOnce(_ question: String, _ reference: String) throws {
        let runs = try Fixture.shared.get().runs
        let problem = try runs.check(question, reference)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// The table's own noun still counts its rows, and so does a people noun where each row is
    /// one person.
    @Test func ownNounAndOneRowPerPersonCountRows() throws {
        let fixture = try Fixture.shared.get()
        #expect(try fixture.runs.check("How many runs are there?", "SELECT COUNT(*) FROM sim_runs") == nil)
        #expect(try fixture.roster.check("How many pilots are there?", "SELECT COUNT(*) FROM roster") == nil)
    }
}
