import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// How long a row lasted, from its start date to its end date: "how many days did Aldo
/// rule" was the number of Aldo's rows. A row still running (no end) is left out. Invented
/// upload: the reigns of the rulers of an imagined land.
@Suite struct DurationOfARowTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        var reigns = "ruler,began,ended,house\n"
        let rows = [
            ("Aldo", "1900-03-01", "1907-02-10"), ("Bertil", "1907-02-10", "1911-06-30"), ("Cyra", "1911-06-30", "1925-01-01"),
            ("Aldo", "1925-01-01", "1926-05-05"), ("Dagny", "1926-05-05", "1940-09-09"), ("Esko", "1940-09-09", ""),
        ]
        for (i, r) in rows.enumerated() { reigns += "\(r.0),\(r.1),\(r.2),\(["North", "South"][i % 2])\n" }
        return try FixtureUpload([("reigns.csv", reigns)], valueIndex: true)
    }

    @Test func daysFromStartToEnd() throws {
        let u = try Self.upload.get()
        let aldo = "SELECT SUM(julianday(ended) - julianday(began)) FROM reigns WHERE ruler = 'Aldo'"
        #expect(try u.check("How many days did Aldo rule?", aldo) == nil)
        #expect(try u.check("How long did Aldo reign, in days?", aldo) == nil)
        #expect(try u.check("How many days did Cyra rule?", "SELECT julianday('1925-01-01') - julianday('1911-06-30')") == nil)
    }

    @Test func averageAndRankedDurations() throws {
        let u = try Self.upload.get()
        #expect(try u.check("What is the average length of a reign?", "SELECT AVG(julianday(ended) - julianday(began)) FROM reigns") == nil)
        // Without "which" or "who", the longest duration itself.
        #expect(try u.check("What was the longest reign?", "SELECT MAX(julianday(ended) - julianday(began)) FROM reigns") == nil)
        // Aldo's second reign, not his total, is the shortest.
        #expect(try u.check("Which ruler had the shortest reign?", "SELECT 'Aldo'") == nil)
        // Esko still reigns: no end, no duration, not the longest.
        #expect(try u.check("Which ruler had the longest reign?", "SELECT 'Dagny'") == nil)
    }

    /// The periods counted are those of the date the verb names.
    @Test func periodsOfTheDateTheVerbNames() throws {
        let u = try Self.upload.get()
        #expect(
            try u.check("In how many different years did a reign begin?", "SELECT COUNT(DISTINCT strftime('%Y', began)) FROM reigns") == nil)
        // "a ruler" is whoever began, not one count per ruler.
        #expect(
            try u.check("In how many different years did a ruler begin?", "SELECT COUNT(DISTINCT strftime('%Y', began)) FROM reigns") == nil)
        #expect(try u.check("In how many years did a reign end?", "SELECT COUNT(DISTINCT strftime('%Y', ended)) FROM reigns") == nil)
    }

    /// "Most recently" ranks by the date the verb names.
    @Test func mostRecentlyRanksByTheVerbsDate() throws {
        let u = try Self.upload.get()
        #expect(try u.check("Which ruler's reign began most recently?", "SELECT 'Esko'") == nil)
        #expect(try u.check("Which ruler began most recently?", "SELECT 'Esko'") == nil)
    }

    /// A verb of starting names the start of the table's pair when no column is named so
    /// ("started" of `admitted`): ranked by another column before.
    @Test func startedMostRecentlyIsTheStartColumn() throws {
        var stays = "stay_id,ward,admitted,discharged,cost\n"
        for i in 0..<12 { stays += "\(i + 1),\(["East", "West"][i % 2]),2020-01-\(10 + (i * 5) % 13),2020-02-\(10 + i),\(300 - i * 7)\n" }
        let u = try FixtureUpload([("stays.csv", stays)], valueIndex: true)
        #expect(try u.check("Which stay started most recently?", "SELECT stay_id FROM stays ORDER BY admitted DESC LIMIT 1") == nil)
    }
}
