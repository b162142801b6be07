import Foundation
import Testing

@testable import PlexeLanguage

/// Ratios and differences whose sides are picked by a yes/no column ("the ratio of the average
/// price of cabins with a sauna to that of cabins without it", "… with a lake view and those
/// without"), and the refusals where the second side says more than the flag's opposite.
/// Invented uploads.
@Suite(.serialized) struct FlagSidesTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        let cabins = """
            cabin,price_eur,sauna,lake_view,region,beds
            Koivu,120,yes,1,Lapland,4
            Manty,95,no,0,Lakeland,2
            Kuusi,140,yes,0,Lapland,6
            Haapa,80,no,1,Lakeland,3
            Leppa,110,yes,1,Coast,4

            """
        return try FixtureUpload([("cabins.csv", cabins)], valueIndex: true)
    }

    @Test func aRatioBetweenTheRowsWithAndWithoutAFlag() throws {
        let f = try FlagSidesTests.upload.get()
        let reference = "SELECT (SELECT AVG(price_eur) FROM cabins WHERE sauna = 'yes') / (SELECT AVG(price_eur) FROM cabins WHERE sauna = 'no')"
        #expect(try f.check("What is the ratio of the average price of cabins with a sauna to that of cabins without it?", reference) == nil)
        #expect(try f.check("What is the ratio of the average price of cabins with a sauna to that of those without?", reference) == nil)
        #expect(
            try f.check(
                "What is the ratio of the average price of cabins without a sauna to that of cabins with it?",
                "SELECT (SELECT AVG(price_eur) FROM cabins WHERE sauna = 'no') / (SELECT AVG(price_eur) FROM cabins WHERE sauna = 'yes')") == nil)
    }

    @Test func aDifferenceBetweenTheRowsWithAndWithoutAFlag() throws {
        let f = try FlagSidesTests.upload.get()
        // A flag of 1s and 0s.
        #expect(
            try f.check(
                "What is the difference between the average price of cabins with a lake view and those without?",
                "SELECT (SELECT AVG(price_eur) FROM cabins WHERE lake_view = 1) - (SELECT AVG(price_eur) FROM cabins WHERE lake_view = 0)") == nil)
        #expect(
            try f.check(
                "What is the difference between the average price of cabins with a sauna and cabins without a sauna?",
                "SELECT (SELECT AVG(price_eur) FROM cabins WHERE sauna = 'yes') - (SELECT AVG(price_eur) FROM cabins WHERE sauna = 'no')") == nil)
    }

    /// "those without in Lapland": whether Lapland picks the second side's rows or both sides'
    /// is left open; refused rather than guessed.
    @Test func aSecondSideSayingMoreThanTheFlagIsRefused() throws {
        let f = try FlagSidesTests.upload.get()
        #expect(
            (try? f.translator.translate("What is the difference between the average price of cabins with a sauna and those without in Lapland?"))
                == nil)
        #expect(
            (try? f.translator.translate("What is the difference between the average price of cabins with a sauna and those without it in Lapland?"))
                == nil)
        // "with 4 beds" is no yes/no column: "those without" has nothing to be the opposite of.
        #expect((try? f.translator.translate("What is the difference between the average price of cabins with 4 beds and those without?")) == nil)
    }
}
