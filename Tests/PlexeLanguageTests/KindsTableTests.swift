import Foundation
import Testing

@testable import PlexeLanguage

/// A word two table names share names the things, not the table listing their kinds:
/// "all fabric" of `fabric_samples` beside `fabric_types`. Invented upload.
@Suite struct KindsTableTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        var samples = "sampleId,weight_g,type\n"
        for i in 0..<12 { samples += "\(i + 1),\(80 + (i * 17) % 60),\(["W", "C", "S"][i % 3])\n" }
        return try FixtureUpload(
            [("fabric_types.csv", "type,description\nW,wool\nC,cotton\nS,silk\n"), ("fabric_samples.csv", samples)], valueIndex: true)
    }

    @Test func theSharedWordNamesTheThings() throws {
        let upload = try Self.upload.get()
        #expect(try upload.check("What is the average weight of all fabric?", "SELECT AVG(weight_g) FROM fabric_samples") == nil)
        #expect(
            try upload.check("How many pieces of fabric weigh more than 100 grams?", "SELECT COUNT(*) FROM fabric_samples WHERE weight_g > 100")
                == nil)
    }

    /// The kinds table keeps its own name.
    @Test func theKindsTableIsStillNamedByItsName() throws {
        let upload = try Self.upload.get()
        #expect(try upload.check("How many fabric types are there?", "SELECT COUNT(*) FROM fabric_types") == nil)
    }
}
