import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A negated value of related rows ("owners with no cats") keeps the rows none of whose
/// related rows has it. Invented upload: owners and their pets.
@Suite struct AntiJoinTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        var owners = "owner_id,owner_name,town\n"
        var pets = "pet_id,owner_id,species,age\n"
        let species = ["cat", "dog", "rabbit"]
        var pet = 0
        for i in 0..<30 {
            owners += "\(i + 1),Owner \(i),\(["Ashby", "Brill", "Corley"][i % 3])\n"
            // Some owners have no pets at all, some only dogs, some cats and dogs.
            for k in 0..<(i % 4) {
                pet += 1
                pets += "\(pet),\(i + 1),\(species[(i + k) % 3]),\(1 + (pet * 7) % 15)\n"
            }
        }
        return try FixtureUpload([("owners.csv", owners), ("pets.csv", pets)], valueIndex: true)
    }

    @Test func noneOfTheRelatedRowsHasTheValue() throws {
        let u = try Self.upload.get()
        #expect(
            try u.check(
                "How many owners have no cat?",
                "SELECT COUNT(*) FROM owners o WHERE NOT EXISTS (SELECT 1 FROM pets p WHERE p.owner_id = o.owner_id AND p.species = 'cat')") == nil)
        #expect(
            try u.check(
                "Which owners have no rabbit?",
                "SELECT owner_name FROM owners o WHERE NOT EXISTS (SELECT 1 FROM pets p WHERE p.owner_id = o.owner_id AND p.species = 'rabbit')")
                == nil)
    }
}

/// A verb that only shares a stem with a table's name is no mention of its rows.
@Suite struct StemTableMentionTests {
    @Test func aVerbSharingATablesStemIsLeftUnplaced() throws {
        var boats = "boat_id,harbour\n"
        var sailings = "boat_id,day,knots\n"
        for i in 0..<20 {
            boats += "\(100 + i),\(["Ashby", "Brill"][i % 2])\n"
            for d in 1...5 { sailings += "\(100 + i),\(d),\(4 + (i * d) % 9)\n" }
        }
        let u = try FixtureUpload([("boats.csv", boats), ("sailings.csv", sailings)], valueIndex: true)
        // Read as a mention of the sailings, "sail" vanished and the boat's row was listed.
        #expect((try? u.translator.translate("What did boat 107 sail on day 3?")) == nil)
        #expect(try u.check("What were the knots of boat 107 on day 3?", "SELECT knots FROM sailings WHERE boat_id = 107 AND day = 3") == nil)
    }
}
