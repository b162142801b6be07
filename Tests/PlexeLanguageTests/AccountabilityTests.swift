import Foundation
import Testing

@testable import PlexeLanguage

/// The accountability check (`Accountability`): a schema word the reading claimed must show in
/// the statement, and a grouping must come from a word of the question. Each refusal below
/// was, before the check, an answer to another question (one column of two charted, a parent's
/// row for a child's figure, a listed column lost, a group no word asked for). Invented upload:
/// kilns and their firings, a parish's yearly births, forges' sparks by shift, monthly rain.
@Suite struct AccountabilityTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        var kilns = "kiln,fuel,built\n"
        for (i, k) in ["A", "B", "C", "D"].enumerated() { kilns += "\(k),\(["wood", "gas"][i % 2]),\(1990 + i)\n" }
        var firings = "firing_id,kiln,peak_temp_c,glaze_yield_pct\n"
        for i in 0..<12 { firings += "\(i + 1),\(["A", "B", "C", "D"][i % 4]),\(1100 + (i * 37) % 200),\(40 + (i * 13) % 50).5\n" }
        var births = "Year,Boys,Girls,Fever,Drownings\n"
        for i in 0..<30 { births += "\(1700 + i),\(300 + (i * 17) % 90),\(280 + (i * 23) % 80),\(i % 4 == 0 ? 0 : i * 3),\(i % 5)\n" }
        var forges = "forge_id,Shift,Sparks\n"
        for i in 0..<12 { forges += "\(i + 1),\(1 + i % 3),\(10 + (i * 7) % 30)\n" }
        var gauges = "Month,Rainfall\n"
        for i in 0..<24 { gauges += "\(2020 + i / 12)-\(i % 12 < 9 ? "0" : "")\(i % 12 + 1)-01,\(30 + (i * 17) % 60)\n" }
        return try FixtureUpload(
            [("kilns.csv", kilns), ("firings.csv", firings), ("parish_births.csv", births), ("forges.csv", forges), ("gauges.csv", gauges)],
            valueIndex: true)
    }

    private func unplaced(_ question: String) throws -> [String]? {
        do {
            let translation = try Self.upload.get().translator.translate(question)
            Issue.record("answered: \(translation.sql)")
            return nil
        } catch let error as TranslationError {
            guard case .unplacedWords(let words) = error.kind else { return nil }
            return words
        }
    }

    /// "boy births versus girl births" charted only the boys by year: the girls vanished.
    @Test func aSecondSeriesThatVanishedIsRefused() throws {
        #expect(try unplaced("Graph boy births versus girl births.") == ["girl"])
    }

    /// "what yields did kiln C give" answered the kiln's own row: the firings' yield column,
    /// claimed as a filler, never reached the statement.
    @Test func aChildMeasureAnsweredByTheParentRowIsRefused() throws {
        #expect(try unplaced("What yields did kiln C give?") == ["yields"])
    }

    /// "with their peak temperatures and yields" listed the temperatures only.
    @Test func aListedColumnThatVanishedIsRefused() throws {
        #expect(try unplaced("Show all firings of kiln B with their peak temperatures and yields.") == ["yields"])
    }

    /// The other side (these hold without the check too, and must hold with it): words that
    /// name the rows, a parent whose rows are measured through its children, a period word read
    /// as "per year", are accounted for by the statement's table.
    @Test func wordsForTheRowsAndPeriodsStillAnswer() throws {
        let upload = try Self.upload.get()
        #expect(try upload.check("What is the highest glaze yield any kiln reached?", "SELECT MAX(glaze_yield_pct) FROM firings") == nil)
        #expect(try upload.check("What was the average number of boys per year?", "SELECT AVG(Boys) FROM parish_births") == nil)
        #expect(
            try upload.check(
                "What is the average peak temperature of the firings of kiln A?", "SELECT AVG(peak_temp_c) FROM firings WHERE kiln = 'A'") == nil)
        #expect(try upload.check("Graph boys versus girls.", "SELECT Boys, Girls FROM parish_births") == nil)
    }

    /// "the last year with any fever deaths" grouped by the fever count beside the latest
    /// year: a measured quantity no word asked to group by.
    @Test func aGroupNoWordAskedForIsRefused() throws {
        #expect(try unplaced("What was the last year with any fever deaths?") == ["Fever"])
    }

    /// The other side: a whole number with a handful of values (a shift 1 to 3) is a category,
    /// and "each of the three shifts" groups by it.
    @Test func aSmallWholeNumberCategoryStillGroups() throws {
        let upload = try Self.upload.get()
        #expect(
            try upload.check(
                "Chart the total number of sparks in each of the three shifts.", "SELECT Shift, SUM(Sparks) FROM forges GROUP BY Shift") == nil)
    }

    /// "on average per year" read as a plain total: the average asked for never reached the
    /// statement. ("How many firings did a kiln have on average?" was once the count of kiln
    /// `A`'s firings, the article read as the code; an article is no code now, and the question
    /// is still refused, on the kiln it cannot place beside the count.)
    @Test func anAverageThatVanishedIsRefused() throws {
        #expect(try unplaced("How many fever deaths were there on average per year in the 1700s?") == ["on average"])
        #expect(throws: (any Error).self) { try Self.upload.get().translator.translate("How many firings did a kiln have on average?") }
    }

    /// The other side: right after a number compared, "on average" says what the column holds
    /// (each firing's yield is already an average).
    @Test func onAverageAfterAComparedNumberStillAnswers() throws {
        let upload = try Self.upload.get()
        #expect(
            try upload.check(
                "How many firings have a glaze yield of more than 50 on average?", "SELECT COUNT(*) FROM firings WHERE glaze_yield_pct > 50")
                == nil)
    }

    /// "the monthly rainfall for 2020" charted as one total: the months asked for were lost.
    @Test func aPeriodThatVanishedIsRefused() throws {
        #expect(try unplaced("Graph the monthly rainfall for 2020 as a line.") == ["monthly"])
    }

    /// "list the firings of the wood kilns" listed the kilns, the firings only in a sub-query:
    /// the rows asked for were not the rows shown.
    @Test func listedRowsOnlyInASubQueryAreRefused() throws {
        #expect(try unplaced("List the firings of the wood kilns.") == ["firings"])
        // (The other side: the rows read and joined to their parent still answer.)
        #expect(try Self.upload.get().check("List the firings of kiln B.", "SELECT * FROM firings WHERE kiln = 'B'") == nil)
    }

    /// "how many drownings were recorded in total" counted the rows with a drownings figure (one
    /// row a year): the number recorded is the column's, added up.
    @Test func howManyOfACountColumnRecordedIsItsTotal() throws {
        let problem = try Self.upload.get().check("How many drownings were recorded in total?", "SELECT SUM(Drownings) FROM parish_births")
        #expect(problem == nil, "\(problem ?? "")")
    }
}
