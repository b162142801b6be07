import Foundation
import Testing

@testable import PlexeLanguage

/// Verbs that name what the data records by what they mean (`Interpreter.readVerbsByMeaning`):
/// "died" of a stored 'dead' or of a yes/no column `rescued`'s opposite, "weigh" of a
/// `mass` column. Invented uploads: a trial's subjects, a shipwreck's survivors, hens weighed.
@Suite struct VerbsByMeaningTests {
    static let trial: Result<FixtureUpload, Error> = Result {
        let csv = "pid,arm,outcome,followup\n1,drug,dead,300\n2,drug,alive,900\n3,placebo,dead,120\n4,placebo,alive,1000\n5,placebo,dead,50\n"
        return try FixtureUpload([("trial.csv", csv)], valueIndex: true)
    }

    static let wreck: Result<FixtureUpload, Error> = Result {
        let csv = "Deck,Gender,Survived,Count\nupper,female,Yes,30\nupper,male,No,12\nlower,female,No,20\nlower,male,No,40\nlower,male,Yes,5\n"
        return try FixtureUpload([("wreck.csv", csv)], valueIndex: true)
    }

    static let birds: Result<FixtureUpload, Error> = Result {
        let birds = "BirdID,Flock\n1,A\n2,B\n3,A\n"
        let checkups = "BirdID,Week,BodyWeightLb,FoodLb\n1,1,3.5,0.2\n1,2,3.6,0.21\n2,1,3.4,0.19\n3,1,3.3,0.19\n"
        return try FixtureUpload([("birds.csv", birds), ("checkups.csv", checkups)], valueIndex: true)
    }

    /// WordNet: "decease" (a sense of "die") makes "deceased person", whose adjective
    /// "deceased" is filed under "dead".
    @Test func diedIsTheStoredDeadValue() throws {
        let f = try Self.trial.get()
        #expect(try f.check("How many subjects died?", "SELECT COUNT(*) FROM trial WHERE outcome = 'dead'") == nil)
        #expect(try f.check("How many placebo subjects died?", "SELECT COUNT(*) FROM trial WHERE outcome = 'dead' AND arm = 'placebo'") == nil)
    }

    /// WordNet files "succumb" as the opposite of "survive" and as a kind of "die".
    @Test func diedIsTheOppositeOfAYesNoVerbColumn() throws {
        let f = try Self.wreck.get()
        #expect(try f.check("How many lower deck people died?", "SELECT SUM(Count) FROM wreck WHERE Deck = 'lower' AND Survived = 'No'") == nil)
    }

    /// WordNet defines "weigh" as "have a certain weight": of two weights by their unit
    /// (pounds), the one whose name says "weight".
    @Test func weighIsTheWeightColumn() throws {
        let f = try Self.birds.get()
        #expect(
            try f.check(
                "What did bird 2 weigh in week 1?",
                "SELECT c.BodyWeightLb FROM checkups c JOIN birds b ON b.BirdID = c.BirdID WHERE b.BirdID = 2 AND c.Week = 1") == nil)
        #expect(try f.check("How much did the birds weigh on average in week 1?", "SELECT AVG(BodyWeightLb) FROM checkups WHERE Week = 1") == nil)
    }

    /// "What did the birds of flock A weigh?" lists several rows' values with nothing to tell
    /// them apart: the verb stays unplaced.
    @Test func weighOfSeveralListedRowsIsRefused() throws {
        let f = try Self.birds.get()
        #expect(throws: (any Error).self) { try f.translator.translate("What did the birds of flock A weigh in week 1?") }
    }
}
