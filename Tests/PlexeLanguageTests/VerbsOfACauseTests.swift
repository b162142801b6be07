import Foundation
import Testing

@testable import PlexeLanguage

/// Verbs placed by what follows them (`Interpreter.readVerbsOfACause`,
/// `Interpreter.readVerbsDefinedByACondition`): "died of the cholera" of a count column
/// `cholera`, "died (outcome 1)" of the stated condition. Invented uploads: a field hospital's
/// monthly returns, a drug trial coded by numbers.
@Suite struct VerbsOfACauseTests {
    static let hospital: Result<FixtureUpload, Error> = Result {
        let csv = "month,injuries,cholera,misc\nJan,10,20,3\nFeb,11,30,4\nMar,9,25,2\n"
        return try FixtureUpload([("returns.csv", csv)], valueIndex: true)
    }

    static let trial: Result<FixtureUpload, Error> = Result {
        let csv = "arm,cell,days,outcome,score\n1,a,10,1,50\n1,b,20,0,60\n2,a,30,1,70\n2,b,40,0,80\n"
        return try FixtureUpload([("trial.csv", csv)], valueIndex: true)
    }

    /// WordNet derives "death" (an event) from "die": "died of" a count column adds it up.
    @Test func diedOfACountColumnAddsItUp() throws {
        let f = try Self.hospital.get()
        #expect(try f.check("How many died of cholera in Feb?", "SELECT SUM(cholera) FROM returns WHERE month = 'Feb'") == nil)
        #expect(try f.check("How many died of the cholera in Feb?", "SELECT SUM(cholera) FROM returns WHERE month = 'Feb'") == nil)
    }

    /// "died (outcome 1)": the parenthesis says what dying is in this data.
    @Test func diedDefinedByAStatedCondition() throws {
        let f = try Self.trial.get()
        #expect(try f.check("How many patients died (outcome 1)?", "SELECT COUNT(*) FROM trial WHERE outcome = 1") == nil)
        #expect(try f.check("How many died (outcome 1) in arm 2?", "SELECT COUNT(*) FROM trial WHERE outcome = 1 AND arm = 2") == nil)
        // Without the parenthesis the verb is a word of its own, never dropped for the condition after it.
        #expect(throws: TranslationError.self) { try f.translator.translate("How many patients relapsed outcome 1?") }
    }
}
