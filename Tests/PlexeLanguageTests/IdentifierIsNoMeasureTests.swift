import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A whole-number column that identifies rows (numbering them 1…N, or named as the rows
/// are) is never a measure: "the most members" counts the members' rows rather than taking
/// the highest member number, and "members who earn more than 40,000" compares the money the
/// verb names, not the member number. A noun that names both a row numbering and a measure
/// ("dives" of `Dive number` and `Dive depth m`) is the rows when counted or listed.
/// Invented uploads: a poll of a club's members, a diver's log.
@Suite(.serialized) struct IdentifierIsNoMeasureTests {
    struct Fixture {
        let poll: FixtureUpload
        let dives: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var poll = "member,district,age,salary,answer\n"
            let districts = ["East", "West", "Hill"]
            for i in 1...60 {
                poll += "\(i),\(districts[(i * i) % 3]),\(20 + (i * 7) % 50),\(15000 + (i % 20) * 2500),\(i % 4 == 0 ? "N" : "Y")\n"
            }
            self.poll = try FixtureUpload([("club_poll.csv", poll)], valueIndex: true)
            var dives = "Dive number,Dive depth m,Rest time min\n"
            for i in 1...50 { dives += "\(i),\(10 + (i * 7) % 30),\(2 + (i * 3) % 11)\n" }
            self.dives = try FixtureUpload([("reef_dives.csv", dives)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    @Test func theMostOfAnIdentifierCountsTheRows() throws {
        let f = try fixture
        #expect(
            try f.poll.check(
                "Which district has the most members?",
                "SELECT district, COUNT(*) AS n FROM club_poll GROUP BY district ORDER BY n DESC LIMIT 1") == nil)
    }

    @Test func aVerbNamesTheQuantityNotTheIdentifier() throws {
        // A currency no column names is not the member number's unit: refused or the salary.
        let crowns = (try? fixture.poll.translator.translate("How many members earn more than 40,000 crowns?").sql) ?? ""
        #expect(!crowns.contains("member >"), "\(crowns)")
        let f = try fixture
        #expect(try f.poll.check("How many members earn more than 40,000 dollars?", "SELECT COUNT(*) FROM club_poll WHERE salary > 40000") == nil)
        #expect(try f.poll.check("How many members earn more than 40000?", "SELECT COUNT(*) FROM club_poll WHERE salary > 40000") == nil)
    }

    /// Named as itself — "the highest town id", "the best rank" — an identifier or a rank is
    /// ranked by its value (a plural of the rows' noun counts them; these are no such noun), and
    /// a rank counts from 1 at the top.
    @Test func aNamedIdentifierOrRankIsRankedByItsValue() throws {
        var csv = "town_id,town,region,rank\n"
        for i in 1...12 { csv += "\(i),Town \(i),\(["North", "South"][i % 2]),\(13 - i)\n" }
        let towns = try FixtureUpload([("towns.csv", csv)], valueIndex: true)
        // (Every town is one row, so a count per town ties and could pick the right one by
        // chance: the statement itself must rank by the value.)
        for (question, order) in [
            ("Which town has the highest town id?", "ORDER BY town_id DESC"), ("Which town has the best rank?", "ORDER BY rank ASC"),
        ] {
            let sql = try towns.translator.translate(question).sql
            #expect(sql.contains(order) && !sql.contains("COUNT("), "\(question) → \(sql)")
        }
        #expect(try towns.check("Which town has the best rank?", "SELECT town FROM towns ORDER BY rank ASC LIMIT 1") == nil)
        #expect(
            try towns.check("Which region has the most towns?", "SELECT region, COUNT(*) FROM towns GROUP BY region ORDER BY 2 DESC LIMIT 1") == nil)
    }

    @Test func aNounOfTheRowNumberingAndAMeasureIsTheRows() throws {
        let f = try fixture
        #expect(try f.dives.check("How many dives were recorded?", "SELECT COUNT(*) FROM reef_dives") == nil)
    }
}
