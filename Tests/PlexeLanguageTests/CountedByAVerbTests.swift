import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "How many snails died" of a table of snail groups with a `Deaths` count: refused ("Deaths
/// next to the count") where the sum of the count is meant. Where the rows name no one, a verb
/// that reaches a counting column adds it up; rows that name someone are counted, and a verb
/// followed by a comparison or an object keeps its old reading. (Where every other column is a
/// category the table is a frequency table weighted by `N`, and the sum is refused there as
/// before.) Invented uploads.
@Suite(.serialized) struct CountedByAVerbTests {
    static let trials: Result<FixtureUpload, Error> = Result {
        let csv = """
            Species,Exposure,Humidity,Temp,Deaths,N
            A,1,60.0,10,0,20
            A,1,70.0,10,0,20
            A,2,60.0,10,1,20
            A,2,75.8,20,3,20
            B,1,60.0,10,7,20
            B,2,70.0,15,4,20

            """
        return try FixtureUpload([("snails.csv", csv)], valueIndex: true)
    }

    static let patients: Result<FixtureUpload, Error> = Result {
        try FixtureUpload([("patients.csv", "patient,ward,visits,age,admissions\nAnn,A,3,40,1\nBob,B,1,50,2\nCid,A,5,60,1\n")], valueIndex: true)
    }

    @Test func aVerbAddsUpTheCount() throws {
        let u = try Self.trials.get()
        #expect(try u.check("How many snails died?", "SELECT SUM(Deaths) FROM snails") == nil)
        #expect(try u.check("How many snails died in total?", "SELECT SUM(Deaths) FROM snails") == nil)
        #expect(try u.check("How many snails died at a humidity of 60 percent?", "SELECT SUM(Deaths) FROM snails WHERE Humidity = 60") == nil)
    }

    @Test func rowsThatNameSomeoneAreCounted() throws {
        let u = try Self.patients.get()
        #expect(try u.check("How many patients were admitted?", "SELECT COUNT(*) FROM patients") == nil)
        for question in ["How many patients visited?", "How many patients visited ward A?"] {
            let sql = try? u.translator.translate(question).sql
            #expect(sql.map { !$0.contains("SUM(") } ?? true, "\(question): \(sql ?? "")")
        }
    }
}
