import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// The shape of the answer the words of a question ask for, on an invented kennel register:
/// averages per group against extremes, listing rows against counting them, charts that keep
/// their groups, one row's ratio, the row a superlative picks.
@Suite struct ShapeTests {
    static let kennel: Result<FixtureUpload, Error> = Result {
        // Mastiffs hold the heaviest dog but the Bernese are heavier on average.
        let dogs: [(String, String, Double, Int, String)] = [
            ("Rex", "Mastiff", 90, 3, "North"), ("Brutus", "Mastiff", 20, 1, "South"), ("Tank", "Mastiff", 21, 2, "North"),
            ("Bella", "Bernese", 55, 4, "South"), ("Bruno", "Bernese", 58, 2, "East"), ("Heidi", "Bernese", 60, 3, "South"),
            ("Snoopy", "Beagle", 10, 1, "North"), ("Daisy", "Beagle", 12, 2, "East"), ("Scout", "Beagle", 11, 1, "North"),
            ("Otis", "Pug", 8, 1, "East"), ("Mochi", "Pug", 9, 2, "South"),
        ]
        var csv = "dog_name,breed,weight_kg,puppies,shelter\n"
        for (name, breed, weight, puppies, shelter) in dogs { csv += "\(name),\(breed),\(weight),\(puppies),\(shelter)\n" }
        return try FixtureUpload([("dogs.csv", csv)], valueIndex: true)
    }

    private var kennel: FixtureUpload { get throws { try ShapeTests.kennel.get() } }

    /// "heaviest on average" ranks the groups by their average, not by their heaviest row.
    @Test func aSuperlativeOnAverageRanksGroupsByTheirAverage() throws {
        let k = try kennel
        #expect(
            try k.check(
                "Which breed is the heaviest on average?",
                "SELECT breed, AVG(weight_kg) FROM dogs GROUP BY breed ORDER BY AVG(weight_kg) DESC LIMIT 1") == nil)
        // Without "on average" the group of the heaviest row is still the answer.
        #expect(try k.check("Which breed has the heaviest dog?", "SELECT breed FROM dogs ORDER BY weight_kg DESC LIMIT 1") == nil)
    }

    /// "List every X …" lists the rows; it never counts them.
    @Test func listingEveryRowListsThem() throws {
        let k = try kennel
        #expect(try k.check("List every dog from the North shelter.", "SELECT dog_name FROM dogs WHERE shelter = 'North'") == nil)
        #expect(try k.check("List every dog with more than 2 puppies.", "SELECT dog_name FROM dogs WHERE puppies > 2") == nil)
        // With a measure word "each" still makes groups.
        #expect(
            try k.check("List the average weight for each shelter.", "SELECT shelter, AVG(weight_kg) FROM dogs GROUP BY shelter") == nil)
    }

    /// "by number of X" groups by the whole-number column X.
    @Test func aChartByNumberOfKeepsItsGroups() throws {
        let k = try kennel
        let translation = try k.translator.translate("Chart the number of dogs by number of puppies.")
        #expect(translation.resultType == .visualization)
        #expect(try k.check("Chart the number of dogs by number of puppies.", "SELECT puppies, COUNT(*) FROM dogs GROUP BY puppies") == nil)
    }

    /// The ratio of two columns for the row a value names is that row's ratio, not a ratio of
    /// sums over the table.
    @Test func aRatioOfOneRowsColumnsIsThatRowsRatio() throws {
        let k = try kennel
        #expect(
            try k.check("What is the ratio of Rex's weight to its puppies?", "SELECT 1.0 * weight_kg / puppies FROM dogs WHERE dog_name = 'Rex'")
                == nil)
        #expect(!(try k.translator.translate("What is the ratio of Rex's weight to its puppies?").sql.contains("SUM")))
    }

    /// "the breed of the entry with the highest weight": a generic noun for the rows with a
    /// superlative picks that row.
    @Test func aGenericRowNounWithASuperlativeIsThatRow() throws {
        let k = try kennel
        #expect(
            try k.check(
                "What is the breed of the entry with the highest weight?", "SELECT breed, weight_kg FROM dogs ORDER BY weight_kg DESC LIMIT 1")
                == nil)
    }
}
