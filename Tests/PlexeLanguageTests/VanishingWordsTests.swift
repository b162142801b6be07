import Foundation
import Testing

@testable import PlexeLanguage

/// A word the reading does not place must not vanish from the answer: it is placed (a value,
/// a column, the whole of the rows) or the question is refused naming it. Each case here once
/// gave an answer to another question. Invented upload: carnivores named by kind, hoards of
/// nations with columns no phrase of the questions spells (a terse `hr` would be "hoard
/// ratio": TerseNamesTests), readings at sites of quakes, yearly tallies of dwellers in millions.
@Suite struct VanishingWordsTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        try FixtureUpload(
            [
                (
                    "carnivores.csv",
                    "creature,heart_g,body_kg\nOtter,12,9\nWalrus,900,800\nBadger,20,11\nRed fox,11,8\nLion,13,9\nLeopard,14,10\nWeasel,1,1\nBrown bear,50,300\n"
                ),
                ("hoards.csv", "nation,mines,gdp\nPeru,10,2\nChile,12,3\nBrazil,8,1\n"),
                ("readings.csv", "site_code,quake_id,amplitude\nS1,1,3\nS2,1,4\nS1,2,5\nS3,1,2\n"),
                ("quakes.csv", "quake_id,strength\n1,6.5\n2,5.1\n"),
                ("tallies.csv", "tally_year,dwellers_millions\n1900,2.5\n1910,3.25\n1920,4.0\n"),
            ], valueIndex: true)
    }

    private func unplaced(_ question: String) throws -> [String]? {
        do {
            _ = try Self.upload.get().translator.translate(question)
            return nil
        } catch let error as TranslationError {
            guard case .unplacedWords(let words) = error.kind else { return nil }
            return words
        }
    }

    /// Rows named by kinds (otter, walrus, lion: WordNet kinds of carnivore): "the wolf" is a
    /// narrower kind of the table's own noun, so it names a row the data does not hold — not
    /// every row.
    @Test func aKindOfTheRowsNounIsAValueOrRefused() throws {
        let upload = try Self.upload.get()
        #expect(try unplaced("What is the heart mass of the wolf?") == ["wolf"])
        #expect(try unplaced("What are the heart weights of the dogs?") == ["dogs"])
        #expect(try upload.check("What is the heart mass of the lion?", "SELECT heart_g FROM carnivores WHERE creature = 'Lion'") == nil)
    }

    /// "the hoard ratio of Peru": the rows' noun before a share word names a figure the schema
    /// did not place, not the share of the rows that are Peru's.
    @Test func aShareWordAfterTheRowsNounIsNoShareOfRows() throws {
        let upload = try Self.upload.get()
        #expect(try unplaced("What is the hoard ratio of Peru?") == ["ratio"])
        #expect(try unplaced("Compare the hoard rates of Peru and Chile.") == ["rates"])
        #expect(
            try upload.check("What percentage of hoards are in Peru?", "SELECT 100.0 * SUM(nation = 'Peru') / COUNT(*) FROM hoards") == nil)
    }

    /// "All sites combined": the whole of the rows, never one group per site, even when
    /// "sites" names `site_code` only weakly.
    @Test func allOfAColumnCombinedIsNoGrouping() throws {
        let upload = try Self.upload.get()
        #expect(
            try upload.check(
                "All sites combined, how many readings were made of quakes of strength 6 or more?",
                "SELECT COUNT(*) FROM readings r JOIN quakes q ON q.quake_id = r.quake_id WHERE q.strength >= 6") == nil)
    }

    /// "How many million people …": rows are never counted in millions; the one column kept
    /// in millions is the figure asked for.
    @Test func aCountInMillionsIsTheColumnKeptInMillions() throws {
        let upload = try Self.upload.get()
        #expect(
            try upload.check(
                "How many million people lived there in 1910?", "SELECT dwellers_millions FROM tallies WHERE tally_year = 1910") == nil)
    }

    /// "How many site readings": a column's word before the table's own noun says which rows
    /// are meant — all of them are counted, not the different sites.
    @Test func aColumnWordBeforeTheRowsNounCountsRows() throws {
        let upload = try Self.upload.get()
        #expect(try upload.check("How many site readings are in the data?", "SELECT COUNT(*) FROM readings") == nil)
        #expect(try upload.check("How many sites are there?", "SELECT COUNT(DISTINCT site_code) FROM readings") == nil)
    }
}
