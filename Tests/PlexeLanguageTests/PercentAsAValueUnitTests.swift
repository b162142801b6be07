import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "N percent" said of a column is the unit of a value it holds, not a share: "how many snails
/// died at a relative humidity of 60 percent" answered the percentage of deaths at 60. After
/// "<column> of" or "at", or before a column, the number and its unit stay together (here the
/// rest is refused, not turned into a share); "what percent of …" is still a share.
/// Invented upload.
@Suite(.serialized) struct PercentAsAValueUnitTests {
    static let snails: Result<FixtureUpload, Error> = Result {
        let csv = """
            Species,Exposure,Rel.Hum,Temp,Deaths,N
            A,1,60.0,10,0,20
            A,1,70.0,10,0,20
            A,2,60.0,10,1,20
            A,2,75.8,20,3,20
            B,1,60.0,10,7,20
            B,2,70.0,15,4,20

            """
        return try FixtureUpload([("snails.csv", csv)], valueIndex: true)
    }

    @Test func aPercentOfAColumnIsNoShare() throws {
        let u = try Self.snails.get()
        for question in ["How many snails died at a relative humidity of 60 percent?", "How many snails died at 60 percent relative humidity?"] {
            let sql = try? u.translator.translate(question).sql
            #expect(sql.map { !$0.contains("percentage") } ?? true, "\(question): \(sql ?? "")")
        }
        #expect(
            try u.check(
                "What percent of the deaths were of species B?",
                "SELECT 100.0 * SUM(CASE WHEN Species = 'B' THEN Deaths ELSE 0 END) / SUM(Deaths) FROM snails") == nil)
    }
}
