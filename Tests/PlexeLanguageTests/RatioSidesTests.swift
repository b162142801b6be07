import Foundation
import Testing

@testable import PlexeLanguage

/// The sides of "the ratio of A to B": a value with its column's name said before it ("cut
/// E"), and a column said again after the superlative that already named it ("the farthest
/// throw distance"); and "the range of the number of X". Invented uploads.
@Suite(.serialized) struct RatioSidesTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        var gems = "gem_id,cut,price_eur\n"
        for i in 1...12 { gems += "\(i),\(["E", "K", "M"][i % 3]),\(300 + (i * 83) % 410)\n" }
        var throwsCSV = "throw_id,athlete,distance_m\n"
        for i in 1...8 { throwsCSV += "\(i),Athlete \(i % 3),\(40 + (i * 13) % 29).5\n" }
        return try FixtureUpload([("gems.csv", gems), ("javelin_throws.csv", throwsCSV)], valueIndex: true)
    }

    @Test func aValueAfterItsColumnsName() throws {
        let f = try RatioSidesTests.upload.get()
        #expect(
            try f.check(
                "What is the ratio of the average price of cut E gems to that of cut K gems?",
                "SELECT (SELECT AVG(price_eur) FROM gems WHERE cut = 'E') / (SELECT AVG(price_eur) FROM gems WHERE cut = 'K')") == nil)
    }

    /// "the range of the number of X": the spread of the column that counts X.
    @Test func theRangeOfTheNumberOfACountingColumn() throws {
        var looms = "loom_id,snags\n"
        for i in 1...7 { looms += "\(i),\((i * 5) % 9)\n" }
        let f = try FixtureUpload([("looms.csv", looms)], valueIndex: true)
        #expect(try f.check("What is the range of the number of snags?", "SELECT MAX(snags) - MIN(snags) FROM looms") == nil)
    }

    @Test func aColumnSaidAgainAfterItsSuperlative() throws {
        let f = try RatioSidesTests.upload.get()
        #expect(
            try f.check(
                "What is the ratio of the farthest throw distance to the nearest?",
                "SELECT MAX(distance_m) / MIN(distance_m) FROM javelin_throws") == nil)
    }
}
