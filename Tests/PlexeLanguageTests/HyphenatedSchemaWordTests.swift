import Foundation
import Testing

@testable import PlexeLanguage

/// A word written with a hyphen in the question and run together in a table's name
/// ("check-ups" of `checkups`). Invented upload: a vet's check-ups of dogs.
@Suite struct HyphenatedSchemaWordTests {
    static let checkups: Result<FixtureUpload, Error> = Result {
        let dogs = ["Rex", "Bella", "Max", "Luna"]
        var csv = "dog,weight_kg\n"
        for i in 0..<14 { csv += "\(dogs[i % dogs.count]),\(10 + (i * 7) % 20)\n" }
        return try FixtureUpload([("checkups.csv", csv)], valueIndex: true)
    }

    @Test func theHyphenatedWordNamesTheTable() throws {
        let upload = try Self.checkups.get()
        #expect(try upload.check("How many check-ups are there for Rex?", "SELECT COUNT(*) FROM checkups WHERE dog = 'Rex'") == nil)
        #expect(try upload.check("How many check-ups are there?", "SELECT COUNT(*) FROM checkups") == nil)
    }
}
