import Foundation
import Testing

@testable import PlexeLanguage

/// A column named by the first word of a compound WordNet files as a measure: "the boiling
/// point" of `boiling`; a compound that is no measure ("life insurance" of `life`) keeps its
/// words and is refused. Invented uploads: solvents, a few lands.
@Suite(.enabled(if: WordNet.shared != nil, "wordnet-base is not installed"))
struct CompoundMeasureNamesTests {
    static let solvents: Result<FixtureUpload, Error> = Result {
        let csv = "solvent,boiling,density\nacetone,56,0.78\nethanol,78,0.79\nwater,100,1.0\ntoluene,111,0.87\n"
        return try FixtureUpload([("solvents.csv", csv)], valueIndex: true)
    }

    static let lands: Result<FixtureUpload, Error> = Result {
        let csv = "land,life,income\nAston,72.5,300\nBree,61.1,400\nCarn,80.2,350\n"
        return try FixtureUpload([("lands.csv", csv)], valueIndex: true)
    }

    @Test func theCompoundIsTheColumnItsFirstWordNames() throws {
        let f = try Self.solvents.get()
        #expect(try f.check("Which solvent has the lowest boiling point?", "SELECT solvent FROM solvents ORDER BY boiling ASC LIMIT 1") == nil)
        #expect(try f.check("How many solvents have a boiling point below 80?", "SELECT COUNT(*) FROM solvents WHERE boiling < 80") == nil)
    }

    @Test func aCompoundOfNoMeasureIsRefused() {
        #expect((try? Self.lands.get().translator.translate("What is the life insurance of Aston?")) == nil)
    }
}
