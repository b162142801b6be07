import Foundation
import Testing

@testable import PlexeLanguage

/// "the average tail length" of `tail_mm`: the rest of a column's name said in full, then the
/// noun of what its unit measures (millimetres measure length), names the column; "tail width"
/// (a length unit does not say it holds widths) stays unplaced. Invented upload: lizards caught
/// in two habitats.
@Suite struct UnitDimensionNounTests {
    static let lizards: Result<FixtureUpload, Error> = Result {
        var csv = "lizard_id,habitat,tail_mm,body_g\n"
        for l in 1...8 { csv += "\(l),\(l % 2 == 0 ? "dune" : "scrub"),\(40 + (l * 7) % 19),\(5 + l % 4)\n" }
        return try FixtureUpload([("lizards.csv", csv)], valueIndex: true)
    }

    @Test func theUnitsDimensionAfterThePartOfTheNameNamesTheColumn() throws {
        let f = try Self.lizards.get()
        #expect(
            try f.check("What is the average tail length by habitat?", "SELECT habitat, AVG(tail_mm) FROM lizards GROUP BY habitat") == nil)
        #expect(try f.check("What is the average body weight?", "SELECT AVG(body_g) FROM lizards") == nil)
    }

    @Test func anotherDimensionOfTheUnitStaysUnplaced() throws {
        let f = try Self.lizards.get()
        #expect(throws: (any Error).self) { try f.translator.translate("What is the average tail width?") }
    }
}
