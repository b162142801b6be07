import Foundation
import Testing

@testable import PlexeLanguage

/// Names cut from the words of what they hold (`mathsc4`, `tchratio`, `percap`, `perinc`): no
/// word of "the average 8th grade math score", "the student-teacher ratio" or "per capita
/// income" is a word of the name, and every one of them was refused. Each word now says a part
/// of the name (its start or its consonants), the ordinal the name's number; a reading that
/// fits two columns is refused naming both. Invented upload: schools and states.
@Suite(.enabled(if: WordNet.shared != nil, "wordnet-base is not installed"))
struct CutNamesTests {
    static let schools: Result<FixtureUpload, Error> = Result {
        let csv = "school,tchratio,mathsc4,mathsc8\nOak,18.2,640,660\nElm,21.0,620,641\nPine,19.5,655,670\n"
        return try FixtureUpload([("schools.csv", csv)], valueIndex: true)
    }
    static let states: Result<FixtureUpload, Error> = Result {
        let csv = "state,perinc,unrate\nOhio,15000,6.5\nUtah,12000,4.1\n"
        return try FixtureUpload([("states.csv", csv)], valueIndex: true)
    }

    @Test func anOrdinalSaysTheNumberAndTheWordsTheLetters() throws {
        let f = try Self.schools.get()
        #expect(try f.check("What is the average 8th grade math score?", "SELECT AVG(mathsc8) FROM schools") == nil)
        let best = "SELECT school, mathsc4 FROM schools ORDER BY mathsc4 DESC LIMIT 1"
        #expect(try f.check("Which school has the highest 4th grade math score?", best) == nil)
        #expect(try f.check("What is the average student-teacher ratio?", "SELECT AVG(tchratio) FROM schools") == nil)
    }

    @Test func perCapitaSaysPer() throws {
        let f = try Self.states.get()
        #expect(try f.check("What is the highest per capita income?", "SELECT MAX(perinc) FROM states") == nil)
    }

    /// "growth" after a cut name asks for a change of it: dropped, it answered the income itself.
    @Test func aChangeNounAfterTheNameIsNotAbsorbed() {
        let f = try? Self.states.get()
        #expect((try? f?.translator.translate("What is the per capita income growth in Ohio?")) == nil)
        #expect((try? f?.translator.translate("What is the average unemployment rate growth?")) == nil)
    }

    @Test func aReadingOfTwoColumnsIsRefused() {
        #expect((try? Self.schools.get().translator.translate("What is the average math score?")) == nil)
        #expect((try? Self.schools.get().translator.translate("How many school districts are there?")) == nil)
    }
}
