import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A yes/no column named and then answered ("with oil yes", "where observed is yes",
/// "equal to no") picks that side; the answer word was reported unplaced. Invented upload.
@Suite(.serialized) struct FlagAnswersTests {
    static let nations = """
        country,income,infant,oil,landlocked
        Avia,1200,40,yes,No
        Bren,800,90,no,Yes
        Corva,3100,12,yes,No
        Dalm,450,120,no,No

        """

    @Test func theAnswerAfterAYesNoColumnPicksItsSide() throws {
        let u = try FixtureUpload([("nations.csv", Self.nations)], valueIndex: true)
        #expect(
            try u.check("What is the average infant mortality of the countries with oil yes?", "SELECT AVG(infant) FROM nations WHERE oil = 'yes'")
                == nil)
        #expect(try u.check("What is the average income when oil is yes?", "SELECT AVG(income) FROM nations WHERE oil = 'yes'") == nil)
        #expect(try u.check("How many rows have oil equal to no?", "SELECT COUNT(*) FROM nations WHERE oil = 'no'") == nil)
        #expect(try u.check("How many rows have landlocked Yes?", "SELECT COUNT(*) FROM nations WHERE landlocked = 'Yes'") == nil)
        #expect(try u.check("List the countries where landlocked is no.", "SELECT country FROM nations WHERE landlocked = 'No'") == nil)
    }
}
