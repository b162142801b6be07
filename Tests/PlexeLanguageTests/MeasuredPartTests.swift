import Foundation
import Testing

@testable import PlexeLanguage

/// A superlative before a noun the schema does not spell ("the widest blade") where the noun
/// and the adjective's dimension abbreviate a terse name (`BW`: blade width). Invented upload:
/// ferns with their blade length and width, and a table where two names would fit (the words
/// stay unplaced).
@Suite struct MeasuredPartTests {
    static let ferns: Result<FixtureUpload, Error> = Result {
        let names = ["Bracken", "Maidenhair", "Hart's tongue", "Royal", "Ostrich", "Lady", "Shield", "Holly"]
        var csv = "name,BL,BW\n"
        for (i, name) in names.enumerated() { csv += "\(name),\(30 + (i * 17) % 60),\(8 + (i * 5) % 13)\n" }
        return try FixtureUpload([("ferns.csv", csv)], valueIndex: true)
    }

    static let twoFits: Result<FixtureUpload, Error> = Result {
        let names = ["Bracken", "Maidenhair", "Hart's tongue", "Royal", "Ostrich", "Lady", "Shield", "Holly"]
        var csv = "name,BW,BWID\n"
        for (i, name) in names.enumerated() { csv += "\(name),\(30 + (i * 17) % 60),\(8 + (i * 5) % 13)\n" }
        return try FixtureUpload([("ferns.csv", csv)], valueIndex: true)
    }

    @Test func theNounAndTheDimensionSpellTheName() throws {
        let upload = try Self.ferns.get()
        #expect(try upload.check("Which fern has the widest blade?", "SELECT name, BW FROM ferns ORDER BY BW DESC LIMIT 1") == nil)
        #expect(try upload.check("Which fern has the narrowest blade?", "SELECT name, BW FROM ferns ORDER BY BW LIMIT 1") == nil)
        #expect(try upload.check("What is the longest blade?", "SELECT MAX(BL) FROM ferns") == nil)
    }

    @Test func twoFittingNamesLeaveTheWordsUnplaced() throws {
        let upload = try Self.twoFits.get()
        #expect(throws: (any Error).self) { try upload.translator.translate("Which fern has the widest blade?") }
    }
}
