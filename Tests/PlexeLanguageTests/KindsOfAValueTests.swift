import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// "the marital statuses" where "marital" finds the value 'Married' of `mar`: the plural kind
/// noun asks for the column's values, not the rows of that one value. Invented upload.
@Suite(.serialized) struct KindsOfAValueTests {
    @Test func aPluralKindNounAfterAValueAsksForTheColumnsValues() throws {
        let u = try FixtureUpload(
            [("grads.csv", "art,fem,mar,kid5\n1,Men,Married,0\n0,Women,Single,1\n2,Men,Single,0\n3,Women,Married,2\n")], valueIndex: true)
        #expect(try u.check("List the marital statuses that appear in the data.", "SELECT DISTINCT mar FROM grads") == nil)
        // The value itself stays a value.
        #expect(try u.check("How many students are married?", "SELECT COUNT(*) FROM grads WHERE mar = 'Married'") == nil)
    }
}
