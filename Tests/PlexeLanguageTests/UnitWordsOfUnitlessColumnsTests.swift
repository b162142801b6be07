import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A number said in a unit ("above 2000 metres", "longer than 90 minutes", "more than 30
/// kilograms") of a column whose name gives no unit but names a measure of the unit's
/// dimension (`elevation`, a recital's `running_length`), or of the plain one of two columns spelled
/// in that unit (`load_kg` beside `declared_load_kg`). A column in another unit, or of another
/// dimension, is never compared with the number as written. On invented tables.
@Suite struct UnitWordsOfUnitlessColumnsTests {
    typealias Case = QuestionCase

    struct Fixture {
        let peaks: FixtureUpload
        let recitals: FixtureUpload
        let crates: FixtureUpload
        /// Summits measured in feet: metres are not their unit.
        let summits: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var peaks = "peak,massif,elevation\n"
            for (i, peak) in ["Aster", "Brume", "Cirrus", "Dorne", "Eskar", "Falk", "Grise"].enumerated() {
                peaks += "\(peak),\(i % 2 == 0 ? "North" : "South"),\(1500 + (i * 317) % 1800)\n"
            }
            self.peaks = try FixtureUpload([("peaks.csv", peaks)], valueIndex: true)

            var recitals = "recital,season,running_length\n"
            for i in 0..<8 { recitals += "Recital \(i),\(1990 + i),\(60 + (i * 17) % 70)\n" }
            self.recitals = try FixtureUpload([("recitals.csv", recitals)], valueIndex: true)

            var crates = "crate,dock,load_kg,declared_load_kg\n"
            for i in 0..<10 { crates += "C\(i),\(i % 2 == 0 ? "East" : "West"),\(20 + (i * 13) % 45),\(18 + (i * 11) % 40)\n" }
            self.crates = try FixtureUpload([("crates.csv", crates)], valueIndex: true)

            var summits = "summit,elevation_ft\n"
            for i in 0..<6 { summits += "S\(i),\(5000 + i * 900)\n" }
            self.summits = try FixtureUpload([("summits.csv", summits)], valueIndex: true)
        }
    }

    static let cases: [(String, Case)] = [
        ("peaks", Case(question: "How many peaks are above 2000 metres?", reference: "SELECT COUNT(*) FROM peaks WHERE elevation > 2000")),
        (
            "recitals",
            Case(question: "How many recitals are longer than 90 minutes?", reference: "SELECT COUNT(*) FROM recitals WHERE running_length > 90")
        ),
        ("crates", Case(question: "How many crates weigh more than 30 kilograms?", reference: "SELECT COUNT(*) FROM crates WHERE load_kg > 30")),
    ]
    @Test(arguments: cases.indices)
    func unitWords(_ index: Int) throws {
        let (table, testCase) = Self.cases[index]
        let fixture = try Fixture.shared.get()
        let upload = [("peaks", fixture.peaks), ("recitals", fixture.recitals), ("crates", fixture.crates)].first { $0.0 == table }!.1
        let problem = try upload.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(testCase.question): \(problem ?? "")")
    }

    /// Metres of a column kept in feet, kilograms of an elevation: refused, never compared raw.
    @Test func aUnitTheColumnIsNotInIsRefused() throws {
        let fixture = try Fixture.shared.get()
        #expect(throws: TranslationError.self) { try fixture.summits.translator.translate("How many summits are above 2000 metres?") }
        #expect(throws: TranslationError.self) { try fixture.peaks.translator.translate("How many peaks are above 2000 kilograms?") }
    }
}
