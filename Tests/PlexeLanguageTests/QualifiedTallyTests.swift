import Foundation
import Testing

@testable import PlexeLanguage

/// Whole-number columns named by an adjective of what they count, on an invented table of
/// outbreak counts per region and season (`outbreaks(Region, Season, Severe, NonSevere, Age)`):
/// "how many severe cases" adds up `Severe`; rows named as rows are still counted, and a table
/// of named things (a unique text key) is refused rather than guessed.
@Suite struct QualifiedTallyTests {
    static let outbreaks: Result<FixtureUpload, Error> = Result {
        var csv = "Region,Season,Severe,NonSevere,Age\n"
        for (r, region) in ["Northmoor", "Eastvale", "Southfen"].enumerated() {
            for (s, season) in ["Spring", "Summer", "Autumn", "Winter"].enumerated() {
                csv += "\(region),\(season),\((r * 5 + s * 3) % 11 + 2),\((r * 7 + s * 13) % 40 + 10),\(30 + r * 4 + s)\n"
            }
        }
        return try FixtureUpload([("outbreaks.csv", csv)], valueIndex: true)
    }

    /// "how many severe cases", "how many non-severe cases in …": the column's sum.
    @Test func anAdjectiveColumnBeforeAGenericNounIsSummed() throws {
        let u = try Self.outbreaks.get()
        #expect(try u.check("How many severe cases were there in Eastvale?", "SELECT SUM(Severe) FROM outbreaks WHERE Region = 'Eastvale'") == nil)
        #expect(try u.check("How many non-severe cases were there?", "SELECT SUM(NonSevere) FROM outbreaks") == nil)
        // Rows named as rows stay rows.
        #expect(try u.check("How many records are there for Eastvale?", "SELECT COUNT(*) FROM outbreaks WHERE Region = 'Eastvale'") == nil)
    }

    /// A noun column (`Age`) is a measure, not a count of a kind of thing.
    @Test func onlyAdjectiveNamedCountsQualify() throws {
        let u = try Self.outbreaks.get()
        let lexicon = SchemaLexicon(schema: LanguageSchema(tables: u.loader.tables, foreignKeys: []))
        let qualified = lexicon.tables[0].columns.filter { lexicon.countsQualifiedThings($0.ref, wordNet: WordNet.shared) }.map(\.name)
        #expect(qualified == ["Severe", "NonSevere"])
    }

    /// Patients each with a severity score: "how many severe cases" may be the patients or the
    /// scores' total; refused.
    @Test func namedRowsMakeItAmbiguous() throws {
        var csv = "patient_name,Severe\n"
        for k in 0..<8 { csv += "Patient \(["Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal"][k]),\(k % 4)\n" }
        let u = try FixtureUpload([("patients.csv", csv)], valueIndex: true)
        #expect((try? u.translator.translate("How many severe cases are there?")) == nil)
    }

    /// `mine_accidents(Month, "Mine roof accidents")`: "mine accidents" spells the table, but the
    /// noun is what the column counts, so the column is added up; "the … table" and rows stay rows.
    @Test func aTableNamedAfterWhatItsColumnCountsIsTheColumn() throws {
        var csv = "Month,Mine roof accidents\n"
        for m in 1...24 { csv += String(format: "%04d-%02d-01,", 2000 + (m - 1) / 12, (m - 1) % 12 + 1) + "\(20 + (m * 17) % 30)\n" }
        let u = try FixtureUpload([("mine_accidents.csv", csv)], valueIndex: true)
        #expect(
            try u.check(
                "How many mine accidents were there in 2000?",
                "SELECT SUM(\"Mine roof accidents\") FROM mine_accidents WHERE Month >= '2000-01-01' AND Month < '2001-01-01'") == nil)
        #expect(try u.check("How many rows are in the mine accidents table?", "SELECT COUNT(*) FROM mine_accidents") == nil)
    }

    /// "shareholders" of a count column `Holders`: a closed compound names a kind of its last part.
    @Test func aCompoundOfTheCountedNounIsTheColumn() throws {
        var csv = "Sector,Band,Holders\n"
        for (i, p) in ["Mining", "Retail", "Transport", "Energy", "Media"].enumerated() { csv += "\(p),\(["small", "large"][i % 2]),\(4 + i * 5)\n" }
        let u = try FixtureUpload([("share_registers.csv", csv)], valueIndex: true)
        #expect(try u.check("How many shareholders are there in total?", "SELECT SUM(Holders) FROM share_registers") == nil)
    }

    /// A count column whose few values happen all to differ (`Severe`, right of the first
    /// column) is no key of the table: "how many severe cases" sums it. (It was once taken for
    /// the key, and then refused rather than the rows with "severe" dropped.)
    @Test func aCountThatOnlyHappensToDifferInEveryRowIsSummed() throws {
        var csv = "Clinic,Arm,Severe,Mild\n"
        for (i, clinic) in ["Oakfield", "Elmside", "Ashby"].enumerated() {
            for (j, arm) in ["Drug", "Placebo"].enumerated() { csv += "\(clinic),\(arm),\(2 + i * 3 + j * 5),\(10 + i * 7 + j)\n" }
        }
        let u = try FixtureUpload([("clinic_counts.csv", csv)], valueIndex: true)
        #expect(
            try u.check("How many severe cases were there in the placebo arm?", "SELECT SUM(Severe) FROM clinic_counts WHERE Arm = 'Placebo'") == nil)
        #expect(try u.check("How many severe cases per clinic?", "SELECT Clinic, SUM(Severe) FROM clinic_counts GROUP BY Clinic") == nil)
    }
}
