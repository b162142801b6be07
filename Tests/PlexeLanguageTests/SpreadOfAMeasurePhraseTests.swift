import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "The range of X" where X is not a plain column right after "of" but a measure phrase an
/// aggregate word reads ("the average yearly spots"): "the range of the yearly spots" was
/// refused ("Could not place "range""), and "the range of the highest temperatures" answered
/// `MAX(temperature)` with the spread word dropped. The spread word is now read by the
/// aggregate path and spread as `MAX(X) - MIN(X)`; refused where that path finds no single
/// column. (The party and month phrasings were answered before; kept as guards.) Invented
/// uploads: opinion polls with a column per party, monthly city temperatures, a yearly series.
@Suite(.serialized) struct SpreadOfAMeasurePhraseTests {
    static let polls = Result { () throws -> FixtureUpload in
        var csv = "pollster,start_date,Labor,Coalition,Greens\n"
        for i in 0..<12 {
            csv += "\(["Acme", "Brite"][i % 2]),2007-\(String(format: "%02d", i + 1))-03,\(44 + (i * 7) % 11),\(38 + (i * 5) % 9),\(7 + i % 4)\n"
        }
        return try FixtureUpload([("polls.csv", csv)], valueIndex: true)
    }

    static let weather = Result { () throws -> FixtureUpload in
        var csv = "city,month,temperature\n"
        for (c, city) in ["Oslo", "Bergen", "Tromso"].enumerated() {
            for (m, month) in ["January", "February", "March"].enumerated() { csv += "\(city),\(month),\(c * 3 - 6 + m * 2)\n" }
        }
        return try FixtureUpload([("weather.csv", csv)], valueIndex: true)
    }

    static let sunspots = Result { () throws -> FixtureUpload in
        var csv = "year,spots\n"
        for y in 1900..<1930 { csv += "\(y),\(Double((y * 37) % 150) / 2)\n" }
        return try FixtureUpload([("sunspots.csv", csv)], valueIndex: true)
    }

    private func refuses(_ upload: FixtureUpload, _ question: String) -> Bool {
        (try? upload.translator.translate(question)) == nil
    }

    @Test func theRangeOfAValuesColumnIsItsSpread() throws {
        let u = try Self.polls.get()
        #expect(try u.check("What is the range of Labor's share across all polls?", "SELECT MAX(Labor) - MIN(Labor) FROM polls") == nil)
    }

    @Test func aMonthInTheMeasurePhrasePicksTheRows() throws {
        let u = try Self.weather.get()
        #expect(
            try u.check(
                "What is the range of January temperatures?", "SELECT MAX(temperature) - MIN(temperature) FROM weather WHERE month = 'January'")
                == nil)
    }

    @Test func aPeriodAdjectiveOfTheRowsIsPassedOver() throws {
        let u = try Self.sunspots.get()
        #expect(try u.check("What is the range of the yearly spots?", "SELECT MAX(spots) - MIN(spots) FROM sunspots") == nil)
        #expect(
            try u.check("What is the range of the yearly spots since 1910?", "SELECT MAX(spots) - MIN(spots) FROM sunspots WHERE year >= 1910")
                == nil)
    }

    @Test func noSingleColumnStaysRefused() throws {
        let p = try Self.polls.get()
        // (Each party's column is a share.)
        #expect(refuses(p, "What is the range of the share?"))
        #expect(refuses(p, "What is the range of the number of polls?"))
        let w = try Self.weather.get()
        #expect(refuses(w, "What is the range of the average temperature by city?"))
        #expect(refuses(w, "What is the range of the highest temperatures?"))
    }
}
