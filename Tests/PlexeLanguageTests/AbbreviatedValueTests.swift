import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// A stored value written in shortened words ("Univ", "Co", "Intl") is found from the words
/// in full when exactly one stored value fits them in order; where two could, nothing is
/// guessed. Invented upload: magazines and their publishers.
@Suite(.serialized) struct AbbreviatedValueTests {
    struct Fixture {
        let magazines: FixtureUpload

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            let publishers = ["Univ of Leeds Press", "Harbour Pub Co", "Intl Garden Society", "Northfield Books", "Univ of Kent Press"]
            var magazines = "title,publisher,price\n"
            for i in 0..<40 { magazines += "Magazine \(i),\(publishers[(i * 7) % publishers.count]),\(20 + (i * 13) % 90)\n" }
            self.magazines = try FixtureUpload([("magazines.csv", magazines)], valueIndex: true)
        }
    }

    private var fixture: Fixture { get throws { try Fixture.shared.get() } }

    @Test func shortenedWordsOfOneStoredValue() throws {
        let f = try fixture
        #expect(
            try f.magazines.check(
                "How many magazines does the University of Leeds Press publish?",
                "SELECT COUNT(*) FROM magazines WHERE publisher = 'Univ of Leeds Press'") == nil)
        #expect(
            try f.magazines.check(
                "What is the average price of magazines from the International Garden Society?",
                "SELECT AVG(price) FROM magazines WHERE publisher = 'Intl Garden Society'") == nil)
    }

    /// A word of its own ("economic") or the word itself is no shortening; "University Press"
    /// could stand for either university's press, so is not guessed.
    @Test func noShorteningIsGuessed() throws {
        let f = try fixture
        #expect(
            try f.magazines.check(
                "How many magazines does Harbour Publishing Company publish?", "SELECT COUNT(*) FROM magazines WHERE publisher = 'Harbour Pub Co'")
                == nil)
        let sql = (try? f.magazines.translator.translate("How many magazines does the University Press publish?").sql) ?? ""
        #expect(!sql.contains("Univ of"), "\(sql)")
        #expect(ValueIndex.shortens("univ", "university") && ValueIndex.shortens("intl", "international"))
        #expect(!ValueIndex.shortens("chemical", "chemotherapy") && !ValueIndex.shortens("review", "review"))
    }
}
