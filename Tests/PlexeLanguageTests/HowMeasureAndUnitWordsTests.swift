import Foundation
import Testing

@testable import PlexeLanguage

/// "How well did girls spell?", "How large were the crews in 1952?": a "how" that only asks how
/// much of the measure the question names; "in minutes" restating the unit of the column named;
/// "more than 500,000 people" of the whole-population column among several; a value before the
/// plural of its own column ("North shires") is no value of that column. Invented uploads.
@Suite(.serialized) struct HowMeasureAndUnitWordsTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        let pupils = """
            pupil,sex,algebraScore,spellingScore,tutorYears
            p1,boy,410,500,3
            p2,girl,455,520,7
            p3,girl,470,480,12
            p4,boy,430,510,25
            """
        let fleets = """
            YEAR,VESSELS,CREWS,OUTLAY
            1950,40,12000,300
            1951,44,13000,320
            1952,47,15000,350
            """
        let geysers = """
            Burst number,Burst length min,Pause time min
            1,3.6,79
            2,1.8,54
            3,4.3,85
            """
        return try FixtureUpload([("pupils.csv", pupils), ("fleets.csv", fleets), ("geysers.csv", geysers)], valueIndex: true)
    }

    static let shiresUpload: Result<FixtureUpload, Error> = Result {
        var shires = "shire,region,poptotal,popdensity,popyoung,area\n"
        // Many shires, so `shire` names things (too many values to be a category).
        for i in 1...60 { shires += "Shire \(i),\(i % 2 == 0 ? "East" : "West"),\(i * 40_000),\(i * 3),\(i * 9_000),\(i + 10)\n" }
        shires += "EASTMARCH,West,30000,20,7000,5\n"
        return try FixtureUpload([("shires.csv", shires)], valueIndex: true)
    }

    @Test func howWellAsksForTheScoreTheVerbNames() throws {
        let f = try HowMeasureAndUnitWordsTests.upload.get()
        #expect(try f.check("How well did girls do in algebra on average?", "SELECT AVG(algebraScore) FROM pupils WHERE sex = 'girl'") == nil)
    }

    @Test func howLargeOfAMeasureNamedAsTheSubject() throws {
        let f = try HowMeasureAndUnitWordsTests.upload.get()
        #expect(try f.check("How large were the crews in 1952?", "SELECT CREWS FROM fleets WHERE YEAR = 1952") == nil)
    }

    @Test func inMinutesRestatesTheUnitOfTheColumnNamed() throws {
        let f = try HowMeasureAndUnitWordsTests.upload.get()
        #expect(try f.check("What is the average burst length in minutes?", "SELECT AVG(\"Burst length min\") FROM geysers") == nil)
    }

    @Test func peopleOfAPlaceAreItsWholePopulation() throws {
        let f = try HowMeasureAndUnitWordsTests.shiresUpload.get()
        #expect(try f.check("How many shires have over 2 million people?", "SELECT COUNT(*) FROM shires WHERE poptotal > 2000000") == nil)
    }

    /// "Eastmarch shires" is never the one shire named `EASTMARCH`: no shire is several shires.
    @Test func aValueBeforeThePluralOfItsOwnColumnIsNotThatColumnsValue() throws {
        let f = try HowMeasureAndUnitWordsTests.shiresUpload.get()
        #expect {
            try f.translator.translate("List all Eastmarch shires.")
        } throws: { error in
            guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
            return words.contains("Eastmarch")
        }
    }
}
