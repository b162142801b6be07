import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A verb and its particle looked up in WordNet as one lemma ("work out" is "exercise").
/// Invented upload: swimmers and their practice logs with an `exercise` column.
@Suite struct PhrasalVerbsTests {
    struct Fixture {
        let practice: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            var swimmers = "swimmer,squad\n"
            for i in 0..<8 { swimmers += "\(100 + i),\(["Red", "Blue"][i % 2])\n" }
            var practice = "swimmer,age,exercise\n"
            for i in 0..<32 { practice += "\(100 + i / 4),\(8 + 2 * (i % 4)),\((i * 37) % 14)\n" }
            self.practice = try FixtureUpload([("swimmers.csv", swimmers), ("practice_logs.csv", practice)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    @Test func aVerbAndParticleNameTheColumnOfTheirSynonym() throws {
        let f = try fixture
        #expect(
            try f.practice.check(
                "How much did the swimmers work out at age 12?", "SELECT SUM(exercise) FROM practice_logs WHERE age = 12") == nil)
    }

    /// A particle WordNet does not keep with the verb ("work up" is "develop"), or the verb
    /// alone, names nothing.
    @Test func otherPairsStayUnplaced() throws {
        let f = try fixture
        #expect((try? f.practice.translator.translate("How much did the swimmers work up at age 12?")) == nil)
        #expect((try? f.practice.translator.translate("How much did the swimmers work over at age 12?")) == nil)
    }
}
