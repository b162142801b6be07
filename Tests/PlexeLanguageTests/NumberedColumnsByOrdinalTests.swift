import Foundation
import Testing

@testable import PlexeLanguage

/// Columns that differ by a number in their names (`PETITIONS7`, `PETITIONS8`), named by the
/// plural word as the name spells it and the number after "in", as figures or as an ordinal
/// with the noun of what it numbers ("in the 8th session"). Invented upload: petitions
/// received by the boards of a council in two sessions.
@Suite struct NumberedColumnsByOrdinalTests {
    static let boards: Result<FixtureUpload, Error> = Result {
        var csv = "BOARD,PETITIONS7,SEATS,PETITIONS8\n"
        for i in 0..<12 { csv += "B\(i),\(10 + i * 7),\(5 + i),\(12 + i * 5)\n" }
        return try FixtureUpload([("boards.csv", csv)], valueIndex: true)
    }

    @Test(arguments: [
        ("How many petitions in 8?", "SELECT SUM(PETITIONS8) FROM boards"),
        ("Total petitions in the 8th session?", "SELECT SUM(PETITIONS8) FROM boards"),
        ("How many boards received fewer than 30 petitions in the 7th session?", "SELECT COUNT(*) FROM boards WHERE PETITIONS7 < 30"),
        // The period phrase belongs to the column's mention, so "against" has a column each side.
        (
            "Chart petitions in the 8th session against petitions in the 7th session.",
            "SELECT PETITIONS8, PETITIONS7 FROM boards"
        ),
    ])
    func theNumberPicksTheColumn(_ question: String, _ reference: String) throws {
        let problem = try Self.boards.get().check(question, reference)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// A number no column's name holds picks none: refused, never one of the two.
    @Test func aNumberNoNameHoldsIsRefused() throws {
        let boards = try Self.boards.get()
        #expect(throws: TranslationError.self) { try boards.translator.translate("Total petitions in the 9th session?") }
    }

    @Test func ordinalDigits() {
        #expect(Interpreter.ordinalDigits("103rd") == "103")
        #expect(Interpreter.ordinalDigits("12th") == "12")
        #expect(Interpreter.ordinalDigits("12") == nil)
        #expect(Interpreter.ordinalDigits("fifth") == nil)
    }
}
