import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A yes/no column named by a participle qualifies the things counted ("the number of
/// confirmed fires"); a word that names both the subject table and one of its columns reads as
/// the column where presence is asked ("a pay recorded"); a unit several columns share only
/// confirms the column the noun before names ("bread above 10 pence"). Invented uploads:
/// incidents at sites, and a ledger of bread prices and pay with gaps.
@Suite(.serialized) struct QualifiedEventTests {
    struct Fixture {
        let incidents: FixtureUpload
        let ledger: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var sites = "siteId,region\n"
            for i in 1...6 { sites += "\(i),\(["North", "South", "East"][i % 3])\n" }
            var incidents = "siteId,kind,confirmed,day\n"
            for i in 0..<40 { incidents += "\(1 + i % 6),\(["fire", "flood", "theft"][i % 3]),\(i % 4 == 0 ? "no" : "yes"),\(i * 3)\n" }
            self.incidents = try FixtureUpload([("sites.csv", sites), ("incidents.csv", incidents)], valueIndex: true)
            var ledger = "year,bread_price_pence,daily_pay_pence\n"
            for i in 0..<20 { ledger += "\(1600 + i * 10),\(5 + (i * 7) % 11),\(i % 3 == 0 ? "" : String(2 + i % 5))\n" }
            self.ledger = try FixtureUpload([("bread_pay.csv", ledger)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    /// "confirmed" before a value of another column filters the rows counted; counting the
    /// yes/no column's two values is never what is asked.
    @Test func yesNoWordBeforeCountedValueQualifies() throws {
        let f = try fixture
        #expect(
            try f.incidents.check(
                "Visualize the number of confirmed fires by region",
                "SELECT s.region, COUNT(*) FROM incidents i JOIN sites s ON s.siteId = i.siteId WHERE i.kind = 'fire' AND i.confirmed = 'yes' GROUP BY s.region"
            ) == nil)
        #expect(
            try f.incidents.check("How many confirmed fires were there?", "SELECT COUNT(*) FROM incidents WHERE kind = 'fire' AND confirmed = 'yes'")
                == nil)
        #expect(
            try f.incidents.check("How many unconfirmed thefts?", "SELECT COUNT(*) FROM incidents WHERE kind = 'theft' AND confirmed = 'no'") == nil)
    }

    /// "pay" names the `bread_pay` table and its `daily_pay_pence` column: after "a" or "no",
    /// where a value is recorded, missing or there, it is the column.
    @Test func columnSharingTheTablesWordIsWhatIsRecorded() throws {
        let f = try fixture
        #expect(
            try f.ledger.check("How many of the rows have a pay recorded?", "SELECT COUNT(*) FROM bread_pay WHERE daily_pay_pence IS NOT NULL") == nil
        )
        #expect(
            try f.ledger.check("What was the last year with a pay recorded?", "SELECT MAX(year) FROM bread_pay WHERE daily_pay_pence IS NOT NULL")
                == nil)
        #expect(try f.ledger.check("Show all years without a pay figure", "SELECT year FROM bread_pay WHERE daily_pay_pence IS NULL") == nil)
        #expect(try f.ledger.check("In which years was no pay recorded?", "SELECT year FROM bread_pay WHERE daily_pay_pence IS NULL") == nil)
    }

    /// "pence" names both money columns: the noun before the comparison picks one; with no
    /// such noun the question is refused rather than guessed.
    @Test func sharedUnitIsConfirmedByTheNounBefore() throws {
        let f = try fixture
        #expect(
            try f.ledger.check(
                "In how many years was bread above 10 pence?", "SELECT COUNT(DISTINCT year) FROM bread_pay WHERE bread_price_pence > 10") == nil)
        #expect(
            try f.ledger.check("In how many years was pay above 4 pence?", "SELECT COUNT(DISTINCT year) FROM bread_pay WHERE daily_pay_pence > 4")
                == nil)
        #expect((try? f.ledger.translator.translate("In how many years was something above 10 pence?")) == nil)
    }

    /// "never had a confirmed fire" denies confirmed fires; it is not a fire that was not
    /// confirmed (which read `IN (… confirmed = 'no')`, the opposite set). Until the related-rows
    /// reading carries the qualifier into its subquery the question is refused; "not confirmed"
    /// right before the noun still negates the word.
    @Test func negationBeforeAQualifiedNounIsNotTheQualifiersNegation() throws {
        let f = try fixture
        for question in ["Which sites never had a confirmed fire?", "Which sites had no confirmed fires?"] {
            let sql = try? f.incidents.translator.translate(question).sql
            #expect(sql.map { !$0.contains("confirmed = 'no'") } ?? true, "\(question) => \(sql ?? "refused")")
        }
        #expect(
            try f.incidents.check(
                "How many not confirmed floods were there?", "SELECT COUNT(*) FROM incidents WHERE kind = 'flood' AND confirmed = 'no'") == nil)
    }

    /// A yes/no column named by a verb of perception (`detected`) says whether the row's event
    /// happened: events of a kind are the detected ones, rows as rows are all of them, a
    /// negation of such events is refused, and a qualifier of judgement (`confirmed`) is not
    /// assumed.
    @Test func eventsOfAKindAreTheObservedOnes() throws {
        var subjects = "subject,site\n"
        for i in 0..<15 { subjects += "S\(i),\(["Ayr", "Ely"][i % 2])\n" }
        var followUps = "subject,outcome,days,detected\n"
        for i in 0..<30 { followUps += "S\(i % 15),\(["relapse", "death"][i % 2]),\(100 + i * 37),\(i % 3 == 0 ? "no" : "yes")\n" }
        let upload = try FixtureUpload([("subjects.csv", subjects), ("follow_ups.csv", followUps)], valueIndex: true)
        #expect(
            try upload.check("How many relapses were there?", "SELECT COUNT(*) FROM follow_ups WHERE outcome = 'relapse' AND detected = 'yes'") == nil
        )
        #expect(try upload.check("How many entries have the outcome death?", "SELECT COUNT(*) FROM follow_ups WHERE outcome = 'death'") == nil)
        #expect(try upload.check("How many undetected deaths?", "SELECT COUNT(*) FROM follow_ups WHERE outcome = 'death' AND detected = 'no'") == nil)
        #expect((try? upload.translator.translate("How many subjects never had a relapse?")) == nil)
        let f = try fixture
        #expect(try f.incidents.check("How many fires were there?", "SELECT COUNT(*) FROM incidents WHERE kind = 'fire'") == nil)
    }
}
