import Foundation
import Testing

@testable import PlexeLanguage

/// "How many were dismissed?" of a column `staffFired`: a participle after "were" that shares
/// a WordNet sense with a column's verb ("fire, give notice, can, dismiss, …") names that
/// column, even where it was taken for a verb of collecting data; a filler participle that is
/// all that says what is counted ("How many were taken?") is refused. Invented upload: a
/// yearly tally of staff hired and fired.
@Suite struct VerbsOfTheDataTests {
    static let staff: Result<FixtureUpload, Error> = Result {
        var csv = "year,staffHired,staffFired\n"
        for y in 2001...2010 { csv += "\(y),\(10 + (y * 7) % 13),\(2 + (y * 5) % 7)\n" }
        return try FixtureUpload([("staff.csv", csv)], valueIndex: true)
    }

    @Test func aSynonymOfTheColumnsVerbNamesIt() throws {
        let f = try Self.staff.get()
        #expect(try f.check("How many were dismissed?", "SELECT SUM(staffFired) FROM staff") == nil)
        #expect(try f.check("How many were sacked in 2005?", "SELECT SUM(staffFired) FROM staff WHERE year = 2005") == nil)
    }

    @Test func aFillerVerbThatSaysWhatIsCountedIsRefused() throws {
        let f = try Self.staff.get()
        #expect(throws: (any Error).self) { try f.translator.translate("How many were taken?") }
    }
}
