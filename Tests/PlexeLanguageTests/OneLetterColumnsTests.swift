import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A column named by one letter (`s`, `f` of a table of exchange rates) is named by a word
/// that starts with the letter and qualifies a noun for a measure ("the spot rate", "the
/// forward price"); such questions were refused. Invented upload.
@Suite(.serialized) struct OneLetterColumnsTests {
    static let quotes = """
        date,s,f
        1980-01-04,1.52,1.55
        1980-01-11,1.61,1.63
        1981-01-09,2.05,2.02
        1981-01-16,1.97,1.99
        1982-01-08,2.31,2.35

        """

    @Test func aWordBeforeAMeasureNounNamesTheColumnOfItsInitial() throws {
        let u = try FixtureUpload([("quotes.csv", Self.quotes)], valueIndex: true)
        #expect(try u.check("What was the average spot rate in 1981?", "SELECT AVG(s) FROM quotes WHERE strftime('%Y', date) = '1981'") == nil)
        #expect(try u.check("What was the lowest forward price?", "SELECT MIN(f) FROM quotes") == nil)
        #expect(try u.check("On which date was the spot price highest?", "SELECT date, s FROM quotes ORDER BY s DESC LIMIT 1") == nil)
        #expect(try u.check("How many weeks had a forward rate above 2?", "SELECT COUNT(*) FROM quotes WHERE f > 2") == nil)
    }

    /// The letter alone is weak evidence: a word with no measure noun after it, a word no
    /// English dictionary knows, and a letter that is also a stored value stay unplaced.
    @Test func weakerEvidenceStaysRefused() throws {
        let u = try FixtureUpload([("quotes.csv", Self.quotes)], valueIndex: true)
        for question in ["What was the average salary?", "What was the average sxq rate?"] {
            #expect(throws: TranslationError.self, "\(question)") { try u.translator.translate(question) }
        }
        let votes = try FixtureUpload(
            [("seats.csv", "district,party,R,D\n1,R,120,90\n2,D,80,150\n3,R,110,100\n")], valueIndex: true)
        #expect(throws: TranslationError.self) { try votes.translator.translate("What is the highest Republican share?") }
    }

    /// "the spot rate fell below 200 yen" of a table named `yen`: the table's word after the
    /// number is the column's unit, not a count of rows grouped by the rate.
    @Test func aSingularTableWordAfterTheNumberIsTheUnitOfTheColumnBefore() throws {
        let u = try FixtureUpload([("yen.csv", "date,rate\n1980-01-04,240\n1981-01-09,199\n1982-01-08,230\n")], valueIndex: true)
        #expect(try u.check("What was the first date the rate fell below 200 yen?", "SELECT MIN(date) FROM yen WHERE rate < 200") == nil)
    }
}
