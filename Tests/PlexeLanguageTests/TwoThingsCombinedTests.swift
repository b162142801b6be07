import Foundation
import Testing

@testable import PlexeLanguage

/// "All yarns and finishes together, …": two plural nouns of columns combined at once are the
/// whole of the rows — never one group per pair. Invented upload: looms by yarn and finish.
@Suite struct TwoThingsCombinedTests {
    static let upload: Result<FixtureUpload, Error> = Result {
        try FixtureUpload(
            [
                (
                    "looms.csv",
                    "loom,yarn,finish,snags\n1,cotton,matte,3\n2,cotton,gloss,5\n3,linen,matte,2\n4,linen,gloss,7\n5,wool,matte,1\n6,wool,gloss,4\n7,cotton,matte,6\n"
                )
            ], valueIndex: true)
    }

    @Test func twoColumnNounsCombinedAreTheWholeOfTheRows() throws {
        let upload = try Self.upload.get()
        let sql = Result { try upload.translator.translate("All yarns and finishes together, how many looms are there?").sql }
        if case .success(let sql) = sql { #expect(!sql.contains("GROUP BY"), "\(sql)") }
        #expect(try upload.check("All yarns and finishes together, how many looms are there?", "SELECT COUNT(*) FROM looms") == nil)
    }
}
