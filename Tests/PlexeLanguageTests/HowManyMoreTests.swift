import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "How many more … than …", "how much more … than …" of two groups: the difference of their
/// figures; and two values of one column required at once (no row has both) refused rather
/// than answered with nothing. Invented upload: beehives by site, and their weighings.
@Suite(.serialized) struct HowManyMoreTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        var sites = "hive_id,site\n"
        for i in 1...11 { sites += "\(i),\(i % 2 == 1 ? "Meadow" : "Orchard")\n" }
        var weighings = "hive_id,weighed_on,honey_kg\n"
        for i in 1...11 {
            for (n, day) in ["1990-06-01", "1990-07-15", "1990-09-20"].prefix(1 + i % 3).enumerated() {
                weighings += "\(i),\(day),\(2 + (i * 7 + n * 5) % 13)\n"
            }
        }
        return try FixtureUpload([("hive_sites.csv", sites), ("hive_weighings.csv", weighings)], valueIndex: true)
    }

    static let weighingsBySite =
        "FROM hive_weighings w JOIN hive_sites s ON s.hive_id = w.hive_id"

    @Test func howManyMoreRowsOfOneGroupThanOfAnother() throws {
        let f = try HowManyMoreTests.upload.get()
        #expect(
            try f.check(
                "How many more weighings did the Meadow hives get than the Orchard hives?",
                "SELECT (SELECT COUNT(*) \(HowManyMoreTests.weighingsBySite) WHERE s.site = 'Meadow') - (SELECT COUNT(*) \(HowManyMoreTests.weighingsBySite) WHERE s.site = 'Orchard')"
            ) == nil)
        #expect(
            try f.check(
                "How many more hives are at the Meadow site than at the Orchard site?",
                "SELECT (SELECT COUNT(*) FROM hive_sites WHERE site = 'Meadow') - (SELECT COUNT(*) FROM hive_sites WHERE site = 'Orchard')") == nil)
    }

    @Test func howMuchMoreOfAColumnForOneGroupThanForAnother() throws {
        let f = try HowManyMoreTests.upload.get()
        #expect(
            try f.check(
                "How much more honey did the Meadow hives give than the Orchard hives?",
                "SELECT (SELECT SUM(honey_kg) \(HowManyMoreTests.weighingsBySite) WHERE s.site = 'Meadow') - (SELECT SUM(honey_kg) \(HowManyMoreTests.weighingsBySite) WHERE s.site = 'Orchard')"
            ) == nil)
    }

    /// A whole-number column counts things: "how many more frames" of two named hives is the
    /// difference of their totals (a row's own value where each names one row).
    @Test func howManyMoreOfACountingColumnForTwoNamedRows() throws {
        var hives = "hive,frames,site\n"
        for i in 1...8 { hives += "Hive \(i),\(4 + (i * 3) % 7),\(i % 2 == 1 ? "Meadow" : "Orchard")\n" }
        let f = try FixtureUpload([("hives.csv", hives)], valueIndex: true)
        #expect(
            try f.check(
                "How many more frames does Hive 3 have than Hive 5?",
                "SELECT (SELECT frames FROM hives WHERE hive = 'Hive 3') - (SELECT frames FROM hives WHERE hive = 'Hive 5')") == nil)
    }

    @Test func twoValuesOfOneColumnAtOnceAreRefused() throws {
        let f = try HowManyMoreTests.upload.get()
        let lexicon = SchemaLexicon(schema: LanguageSchema(tables: f.loader.tables, foreignKeys: try f.loader.foreignKeys()))
        let sites = try #require(lexicon.tables.firstIndex { $0.name == "hive_sites" })
        let weighings = try #require(lexicon.tables.firstIndex { $0.name == "hive_weighings" })
        let site = ColumnRef(table: sites, column: try #require(lexicon.tables[sites].columns.firstIndex { $0.name == "site" }))
        let honey = ColumnRef(table: weighings, column: try #require(lexicon.tables[weighings].columns.firstIndex { $0.name == "honey_kg" }))
        var meaning = Meaning()
        meaning.measures = [Meaning.MeasureUse(measure: .aggregate(.sum, honey), position: 2)]
        meaning.conditions = [
            Meaning.Condition(kind: .compare(site, .equal, .text("Meadow")), position: 5),
            Meaning.Condition(kind: .compare(site, .equal, .text("Orchard")), position: 9),
        ]
        #expect(throws: TranslationError.self) { try QueryPlanner(lexicon: lexicon, meaning: meaning, resultType: .table).plan() }
        // One value is a plain condition.
        meaning.conditions.removeLast()
        #expect(try QueryPlanner(lexicon: lexicon, meaning: meaning, resultType: .table).plan().sql.contains("'Meadow'"))
    }
}
