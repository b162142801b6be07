import Foundation
import Testing

@testable import PlexeLanguage

/// "The average number of X per Y" where each row already is one Y: the mean over the rows.
/// Grouped by Y instead, every row came back as its own "average" — an answer to another
/// question. Invented upload: loaves baked by each bakery, rain in each season, and a monthly series of tide heights.
@Suite struct AveragePerRowTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        try FixtureUpload(
            [
                ("bakeries.csv", "bakery,loaves,ovens\nAshby,120,2\nBrill,80,1\nCorbett,200,3\nDunmore,95,2\n"),
                ("rainfall.csv", "Season,rain_mm\nspring,120\nsummer,60\nautumn,150\nwinter,180\n"),
                (
                    "tides.csv",
                    "reading_date,tide_height_cm\n2020-01-01,310\n2020-02-01,325\n2020-03-01,298\n2020-04-01,305\n2020-05-01,330\n2020-06-01,315\n"
                ),
            ], valueIndex: true)
    }

    @Test func anAveragePerRowOfAUniqueColumnIsTheMeanOfTheRows() throws {
        let upload = try Self.upload.get()
        #expect(try upload.check("What is the average number of loaves per bakery?", "SELECT AVG(loaves) FROM bakeries") == nil)
        #expect(try upload.check("What was the average rain per season?", "SELECT AVG(rain_mm) FROM rainfall") == nil)
    }

    @Test func anAveragePerPeriodOfASeriesWithOneRowPerPeriodIsTheMeanOfTheRows() throws {
        let upload = try Self.upload.get()
        #expect(try upload.check("What was the average tide height per month?", "SELECT AVG(tide_height_cm) FROM tides") == nil)
    }
}
