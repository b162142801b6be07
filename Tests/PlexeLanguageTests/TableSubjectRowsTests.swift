import Foundation
import Testing

@testable import PlexeLanguage

/// A table named after its subject and then its measures (`seedlings_height_width` with the
/// columns `height_cm` and `width_cm`): its rows are the subject ("the seedlings"), not things
/// qualifying a table of widths. Invented uploads: a nursery's seedlings, and a table of trays
/// whose name ends in a thing, not a measure (the plural of its first word stays unplaced).
@Suite struct TableSubjectRowsTests {
    static let seedlings: Result<FixtureUpload, Error> = Result {
        var csv = "height_cm,width_cm\n"
        for i in 0..<12 { csv += "\(10 + i * 3),\(4 + (i * 5) % 7)\n" }
        return try FixtureUpload([("seedlings_height_width.csv", csv)], valueIndex: true)
    }

    static let trays: Result<FixtureUpload, Error> = Result {
        var csv = "tray,width_cm\n"
        for i in 0..<12 { csv += "\(i + 1),\(30 + (i * 5) % 7)\n" }
        return try FixtureUpload([("seedling_trays.csv", csv)], valueIndex: true)
    }

    @Test func theSubjectNamesTheRows() throws {
        let upload = try Self.seedlings.get()
        #expect(try upload.check("How many seedlings are taller than 30?", "SELECT COUNT(*) FROM seedlings_height_width WHERE height_cm > 30") == nil)
        #expect(try upload.check("What is the average width of the seedlings?", "SELECT AVG(width_cm) FROM seedlings_height_width") == nil)
    }

    @Test func aNameEndingInAThingKeepsItsRows() throws {
        let upload = try Self.trays.get()
        #expect(throws: (any Error).self) { try upload.translator.translate("How many seedlings are wider than 32?") }
    }
}
