import Foundation
import Testing

@testable import PlexeLanguage

/// A measure kept twice, once per sex, under names that differ only by a sex marker
/// (`fwage` and `mwage`, `hours_f` and `hours_m`): "the female wage", "men's hours" name one
/// member. Not where a sex column splits the rows instead. Invented uploads.
@Suite(.serialized) struct SexPairedColumnsTests {
    /// Yearly wages and hours worked, per sex, as prefixed and as suffixed names.
    static let labour: Result<FixtureUpload, Error> = Result {
        var rows = "year,fwage,mwage,hours_f,hours_m\n"
        for year in 2001...2006 { rows += "\(year),\(300 + year % 7 * 11).5,\(340 + year % 5 * 13).5,\(30 + year % 3),\(38 + year % 4)\n" }
        return try FixtureUpload([("labour_market.csv", rows)], valueIndex: true)
    }

    @Test func aSexWordAndTheRestOfTheNameNameOneMember() throws {
        let f = try SexPairedColumnsTests.labour.get()
        #expect(try f.check("What was the female wage in 2003?", "SELECT fwage FROM labour_market WHERE year = 2003") == nil)
        #expect(try f.check("What was the women's wage rate in 2004?", "SELECT fwage FROM labour_market WHERE year = 2004") == nil)
        #expect(try f.check("What is the average male wage?", "SELECT AVG(mwage) FROM labour_market") == nil)
        #expect(try f.check("What were men's hours in 2002?", "SELECT hours_m FROM labour_market WHERE year = 2002") == nil)
    }

    /// Where a sex column tells the rows apart, "female" picks rows; the prefixed columns are
    /// not read as a pair.
    @Test func notWhereASexColumnSplitsTheRows() throws {
        let f = try FixtureUpload(
            [("runners.csv", "runner_id,sex,fscore,mscore\n1,F,10,12\n2,M,11,13\n3,F,9,14\n")], valueIndex: true)
        #expect(throws: TranslationError.self) { try f.translator.translate("What is the average female score?") }
    }
}
