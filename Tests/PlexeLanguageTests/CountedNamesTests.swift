import Foundation
import Testing

@testable import PlexeLanguage

/// A terse name of a count, `n` and the start of what is counted (`nhosp`), read from the plural
/// noun that says what: "the number of hospitalisations", "more than 3 hospitalizations".
/// Invented upload: a clinic's patients.
@Suite(.enabled(if: WordNet.shared != nil, "wordnet-base is not installed"))
struct CountedNamesTests {
    static let clinic: Result<FixtureUpload, Error> = Result {
        let csv = "nhosp,nchol,age\n3,1,40\n5,2,50\n1,0,61\n"
        return try FixtureUpload([("clinic.csv", csv)], valueIndex: true)
    }

    @Test func aPluralNounIsTheCountItsNameStartsWith() throws {
        let f = try Self.clinic.get()
        #expect(try f.check("What is the average number of hospitalisations?", "SELECT AVG(nhosp) FROM clinic") == nil)
        #expect(try f.check("How many patients had more than 2 hospitalizations?", "SELECT COUNT(*) FROM clinic WHERE nhosp > 2") == nil)
    }

    @Test func aSingularIsNoCount() {
        #expect((try? Self.clinic.get().translator.translate("What is the average hospitalization?")) == nil)
    }
}
