import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "How many different players appear in 2017?" of `scoring(id, year, club, goals)`, one row a
/// player's season with the player's id repeating, was answered with `COUNT(*)` of the seasons:
/// "different" was dropped, and a bare `id` (taken for the key by its name though it repeats)
/// was never seen as the players'. The players are the distinct ids — the table's name says
/// its rows are of scorers, and a scorer is a player — and where no one column can stand for
/// the noun ("different stadiums", "different coaches") the question is refused. Invented
/// uploads: players' seasons at three clubs; hospital visits by patient id; order lines by
/// product id.
@Suite struct DifferentPeopleOfRepeatedRowsTests {
    struct Fixture {
        let scoring: FixtureUpload
        let visits: FixtureUpload
        let lines: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            let ids = ["smithjo01", "brownal02", "leeka01", "garcimi01", "nguyeth01", "olsenpe01", "kahnri01", "diazlu01"]
            let clubs = ["Rovers", "United", "Athletic"]
            var scoring = "id,year,club,goals\n"
            for year in 2015...2020 {
                for k in 0..<6 {
                    let p = (year * 3 + k * 5) % ids.count
                    scoring += "\(ids[(p + k) % ids.count]),\(year),\(clubs[(year + k) % 3]),\((year * 7 + k * 11) % 30)\n"
                }
            }
            self.scoring = try FixtureUpload([("scoring.csv", scoring)], valueIndex: true)
            var visits = "patient_id,visit_date,ward,cost\n"
            for d in 1...20 { visits += "P00\(d % 6),2021-03-\(String(format: "%02d", (d + 1) / 2)),\(["North", "South"][d % 2]),\(50 + d * 13)\n" }
            self.visits = try FixtureUpload([("visits.csv", visits)], valueIndex: true)
            var lines = "product_id,qty,price\n"
            for k in 0..<10 { lines += "\(10 + k % 3),\(1 + k % 4),\(3 + k % 3).5\n" }
            self.lines = try FixtureUpload([("order_lines.csv", lines)], valueIndex: true)
        }
    }

    /// "different" (distinct, unique) counts the repeated id once per player, in a count and in
    /// a ranking.
    @Test(arguments: [
        ("How many different players appear in 2017?", "SELECT COUNT(DISTINCT id) FROM scoring WHERE year = 2017"),
        ("How many distinct players are there?", "SELECT COUNT(DISTINCT id) FROM scoring"),
        ("How many unique players scored for United?", "SELECT COUNT(DISTINCT id) FROM scoring WHERE club = 'United'"),
        ("How many different seasons are there?", "SELECT COUNT(DISTINCT year) FROM scoring"),
        (
            "Which club has the most different players?",
            "SELECT club, COUNT(DISTINCT id) AS n FROM scoring GROUP BY club ORDER BY n DESC LIMIT 1"
        ),
    ])
    func differentPlayersAreTheirIds(_ question: String, _ reference: String) throws {
        let problem = try Fixture.shared.get().scoring.check(question, reference)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// A noun no column stands for is refused, never the rows: things ("stadiums"), people the
    /// table's name is not about ("coaches"). (A season of a table with only a year is its year:
    /// `SeasonsOfYearlyTablesTests`.)
    @Test(arguments: [
        "How many different stadiums appear in 2017?", "How many different coaches are there?",
    ])
    func nounsNoColumnStandsForAreRefused(_ question: String) throws {
        #expect((try? Fixture.shared.get().scoring.translator.translate(question)) == nil)
    }

    /// Other senses of "different" keep their readings: the distinct values of a named column.
    @Test func differentValuesOfANamedColumn() throws {
        let fixture = try Fixture.shared.get()
        #expect(try fixture.scoring.check("How many different clubs are there?", "SELECT COUNT(DISTINCT club) FROM scoring") == nil)
        #expect(try fixture.visits.check("How many different costs are there?", "SELECT COUNT(DISTINCT cost) FROM visits") == nil)
    }

    /// `patient_id` is the people's, never the doctors'; `product_id` no customer's.
    @Test func anIdNamedAfterOtherPeopleOrThingsIsNotTheirs() throws {
        let fixture = try Fixture.shared.get()
        #expect(
            try fixture.visits.check(
                "How many different people visited the North ward?", "SELECT COUNT(DISTINCT patient_id) FROM visits WHERE ward = 'North'") == nil)
        #expect((try? fixture.visits.translator.translate("How many different doctors are there?")) == nil)
        #expect((try? fixture.lines.translator.translate("How many different customers are there?")) == nil)
    }
}
