import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Numbers written with a magnitude word or a unit are checked against the values and the unit
/// of the column they compare with (ingest's smallest and largest value, the unit its name ends
/// with). Invented uploads: guilds with a turnover kept in billions (no scale in the name) and
/// an output kept in millions; climbers with a reach of unknown unit and weights and spans with
/// units in their names.
@Suite struct WrittenNumbersTests {
    struct Fixture {
        let guilds: FixtureUpload
        let climbers: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var guilds = "guild_name,turnover,output,members,net_gain\n"
            for i in 0..<80 {
                guilds +=
                    "Guild \(i),\(String(format: "%.1f", Double((i * 37) % 300) + 0.5)),\((i * 3911) % 300_000),\(10 + (i * 7) % 90),"
                    + "\(String(format: "%.1f", Double((i * 13) % 45) - 5))\n"
            }
            self.guilds = try FixtureUpload([("guilds.csv", guilds)], valueIndex: true)

            var climbers = "climber,reach,weight_kg,span_cm,pack\n"
            for i in 0..<70 {
                climbers +=
                    "Climber \(i),\(String(format: "%.1f", 62 + Double((i * 13) % 33) / 2)),\(50 + (i * 11) % 45),\(150 + (i * 17) % 50),"
                    + "\(String(format: "%.2f", 1.2 + Double((i * 7) % 40) / 10))\n"
            }
            self.climbers = try FixtureUpload([("climbers.csv", climbers)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    private func refuses(_ upload: FixtureUpload, _ question: String) -> Bool {
        (try? upload.translator.translate(question)) == nil
    }

    /// "50 billion" of a column holding 0 to 300: the column is kept in billions.
    @Test func aMagnitudeWordIsTheColumnsOwnUnitWhenOnlyThatFits() throws {
        let f = try fixture
        #expect(try f.guilds.check("How many guilds had a turnover above 50 billion?", "SELECT COUNT(*) FROM guilds WHERE turnover > 50") == nil)
        #expect(
            try f.guilds.check("How many guilds had a turnover of at least 100 billion dollars?", "SELECT COUNT(*) FROM guilds WHERE turnover >= 100")
                == nil)
        // Losses as well as gains: the column's largest magnitude is its scale.
        #expect(try f.guilds.check("How many guilds had a net gain above 10 billion?", "SELECT COUNT(*) FROM guilds WHERE net_gain > 10") == nil)
    }

    /// Where the number fits the column both as written without its magnitude and a thousand
    /// times that (a column in millions holding up to 300 000), or not at all, it is refused.
    @Test func aNumberFarOutsideTheValuesIsRefused() throws {
        let f = try fixture
        #expect(refuses(f.guilds, "How many guilds had an output above 50 billion?"))
        #expect(refuses(f.guilds, "How many guilds have more than 5000000 members?"))
        #expect(refuses(f.guilds, "How many guilds had a net gain below -3000?"))
        // Within the values: answered.
        #expect(try f.guilds.check("How many guilds have more than 50 members?", "SELECT COUNT(*) FROM guilds WHERE members > 50") == nil)
    }

    /// A length or weight in another unit than the column's is converted.
    @Test func unitsConvertToTheColumnsUnit() throws {
        let f = try fixture
        #expect(
            try f.climbers.check(
                "How many climbers weigh more than 150 pounds?", "SELECT COUNT(*) FROM climbers WHERE weight_kg > 150 * 0.45359237") == nil)
        #expect(
            try f.climbers.check("How many climbers have a span of at least 6 feet?", "SELECT COUNT(*) FROM climbers WHERE span_cm >= 182.88")
                == nil)
        #expect(try f.climbers.check("How many climbers weigh more than 80 kg?", "SELECT COUNT(*) FROM climbers WHERE weight_kg > 80") == nil)
    }

    /// A column whose unit is unknown takes a number with a unit only when it lies among its
    /// values; another dimension is never compared; a unit number never becomes a count.
    @Test func unitNumbersAreNeverBoundToWhatTheyCannotMean() throws {
        let f = try fixture
        #expect(try f.climbers.check("How many climbers have a reach above 70 inches?", "SELECT COUNT(*) FROM climbers WHERE reach > 70") == nil)
        // A column kept in thousands of the unit, and the number said in thousands.
        #expect(try f.climbers.check("Which climbers carry more than 2 thousand grams?", "SELECT climber FROM climbers WHERE pack > 2") == nil)
        #expect(refuses(f.climbers, "How many climbers have a reach of at least 6 feet?"))
        #expect(refuses(f.climbers, "How many climbers have a span of more than 3 kilograms?"))
        #expect(refuses(f.climbers, "Which climbers are at least 6 feet tall?"))
    }
}

/// Two tables know units: `SchemaLexicon.unitSuffixes` (which spellings a column name carries a
/// unit word as, to find the column a unit points at) and `PhysicalUnit` (how many metres,
/// kilograms or seconds one is, to convert a number). A spelling the first finds a column by
/// must convert the same way in the second, or "20 minutes" would find `lap_min` and then be
/// left unconverted beside it. (A ton is 907, 1016 or 1000 kg: `_t` and `_ton` stay of unknown
/// unit, and a number is kept against them only when it lies among their values.)
@Suite struct UnitTablesAgreeTests {
    @Test func everyColumnSpellingOfAPhysicalUnitConvertsAsItsWord() {
        var disagreements: [String] = []
        for (word, spellings) in SchemaLexicon.unitSuffixes {
            guard let unit = PhysicalUnit.written(word) else { continue }
            for spelling in spellings where !["t", "ton"].contains(spelling) {
                let named = PhysicalUnit.ofColumn(words: ["lap", spelling], name: "lap_\(spelling)")
                if named?.dimension != unit.dimension || named?.factor != unit.factor {
                    disagreements.append("\(word) as _\(spelling): \(named.map { "\($0.dimension) × \($0.factor)" } ?? "no unit")")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.sorted())")
    }
}
