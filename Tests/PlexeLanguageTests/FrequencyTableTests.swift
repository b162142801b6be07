import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Frequency tables, on an invented road-crash tally (one row per vehicle, injury and lighting,
/// `Count` how many casualties had that combination) and a survey: a row stands for a number
/// of people, so counts of people add up the weight; rows are counted only when asked for as
/// rows, and what the weight makes unsafe is refused.
@Suite struct FrequencyTableTests {
    static let tally: Result<FixtureUpload, Error> = Result {
        var csv = "Vehicle,Injury,Light,Helmet,Count\n"
        var k = 0
        for vehicle in ["Car", "Bicycle", "Motorbike"] {
            for injury in ["Slight", "Serious", "Fatal"] {
                for light in ["Day", "Night"] {
                    for helmet in ["Yes", "No"] {
                        csv += "\(vehicle),\(injury),\(light),\(helmet),\((k * 37) % 211)\n"
                        k += 1
                    }
                }
            }
        }
        return try FixtureUpload([("crash_tally.csv", csv)], valueIndex: true)
    }

    private var tally: FixtureUpload { get throws { try FrequencyTableTests.tally.get() } }

    private static func lexicon(_ upload: FixtureUpload) throws -> SchemaLexicon {
        SchemaLexicon(schema: LanguageSchema(tables: upload.loader.tables, foreignKeys: [], values: try upload.loader.textValues()))
    }

    /// The shape is found on the tally, and not on a table whose rows are things with a count.
    @Test func theShapeIsFoundOnlyWhereRowsAreCombinations() throws {
        let lexicon = try FrequencyTableTests.lexicon(try tally)
        #expect(lexicon.frequencyColumn(of: 0).map { lexicon.columnName($0) } == "Count")
        var shops = "shop,city,count\n"
        for i in 0..<8 { shops += "S\(i),\(["Ely", "Ayr"][i % 2]),\(i * 3)\n" }
        let things = try FrequencyTableTests.lexicon(try FixtureUpload([("shops.csv", shops)], valueIndex: true))
        #expect(things.frequencyColumn(of: 0) == nil)
    }

    /// "how many casualties", "number of … by …", charts of counts per group, "the most": the
    /// weight is summed; a value of a category is a condition and the thing counted.
    @Test func countsOfWhatTheRowsStandForAddUpTheWeight() throws {
        let t = try tally
        #expect(try t.check("How many casualties were there in total?", "SELECT SUM(Count) FROM crash_tally") == nil)
        #expect(
            try t.check("How many casualties were fatal at night?", "SELECT SUM(Count) FROM crash_tally WHERE Injury = 'Fatal' AND Light = 'Night'")
                == nil)
        #expect(
            try t.check(
                "Which vehicle had the most casualties?",
                "SELECT Vehicle, SUM(Count) FROM crash_tally GROUP BY Vehicle ORDER BY SUM(Count) DESC LIMIT 1")
                == nil)

        #expect(try t.check("Bar chart of casualties by vehicle", "SELECT Vehicle, SUM(Count) FROM crash_tally GROUP BY Vehicle") == nil)
        // Rows said as rows are still rows.
        #expect(try t.check("How many rows are there?", "SELECT COUNT(*) FROM crash_tally") == nil)
        #expect(try t.check("How many combinations are there?", "SELECT COUNT(*) FROM crash_tally") == nil)
        #expect(try t.check("How many groups are there?", "SELECT COUNT(*) FROM crash_tally") == nil)
    }

    /// An average of a category over combinations ignores the weight: refused, never answered;
    /// a percentage of people weighs each combination.
    @Test func whatTheWeightMakesUnsafeIsRefused() throws {
        var csv = "Region,Smoker,AgeBand,N\n"
        for (i, region) in ["North", "South"].enumerated() {
            for smoker in ["Yes", "No"] {
                for band in [1, 2, 3] { csv += "\(region),\(smoker),\(band),\(i * 10 + band * 7 + (smoker == "Yes" ? 0 : 9))\n" }
            }
        }
        let survey = try FixtureUpload([("survey_counts.csv", csv)], valueIndex: true)
        #expect(try FrequencyTableTests.lexicon(survey).frequencyColumn(of: 0) != nil)
        #expect(throws: (any Error).self) { try survey.translator.translate("What is the average AgeBand?") }
        // A share of people is a share of the weight.
        #expect(
            try survey.check(
                "What percentage of people smoke?", "SELECT 100.0 * SUM(CASE WHEN Smoker = 'Yes' THEN N ELSE 0 END) / SUM(N) FROM survey_counts")
                == nil)
        // "which region has the most smokers": the yes/no column's values are not the people.
        #expect(throws: (any Error).self) { try survey.translator.translate("Which region has the most smokers?") }
    }
}
