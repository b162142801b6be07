import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Terse column names read from the question's full words: a lone word's first and last
/// letters with some between (`dpth` "depth", `wdth` "width"), and names of six letters kept
/// from a phrase, the little words that join it spelling nothing (`prbfrz` "probability of
/// freezing", `fshrte` "fish rate"). On an invented table.
@Suite struct TerseWordsAndPhrasesTests {
    static let lakes: Result<FixtureUpload, Error> = Result {
        var lakes = "lake,basin,dpth,wdth,prbfrz,fshrte\n"
        for (i, lake) in ["Ardle", "Brora", "Carron", "Dulnain", "Ericht", "Feshie", "Garry"].enumerated() {
            lakes +=
                "\(lake),\(i % 2 == 0 ? "Upper" : "Lower"),\(20 + (i * 9) % 40),\(300 + i * 45),\(Double(10 + (i * 7) % 60) / 100),\(3 + (i * 5) % 11)\n"
        }
        return try FixtureUpload([("lakes.csv", lakes)], valueIndex: true)
    }

    static let cases: [QuestionCase] = [
        QuestionCase(
            question: "What is the average depth of the lakes in the Upper basin?", reference: "SELECT AVG(dpth) FROM lakes WHERE basin = 'Upper'"),
        QuestionCase(question: "What is the total width of all lakes?", reference: "SELECT SUM(wdth) FROM lakes"),
        QuestionCase(question: "What is the mean probability of freezing?", reference: "SELECT AVG(prbfrz) FROM lakes"),
        QuestionCase(question: "What is the average fish rate in the Lower basin?", reference: "SELECT AVG(fshrte) FROM lakes WHERE basin = 'Lower'"),
    ]
    @Test(arguments: cases)
    func lakeQuestions(_ testCase: QuestionCase) throws {
        let problem = try Self.lakes.get().check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// A lone word is read into a terse name only when it keeps the word's first and last
    /// letters and the word is longer: "deep" is no `dpth`, "wide" no `wdth`.
    @Test func aLoneWordMustOpenAndCloseTheName() {
        func token(_ word: String) -> Token { Tokenizer.tokenize(word)[0] }
        #expect(Interpreter.contractsWord("dpth", token("depth")))
        #expect(Interpreter.contractsWord("twn", token("town")))
        #expect(!Interpreter.contractsWord("dpth", token("deep")))
        #expect(!Interpreter.contractsWord("twn", token("twn")))
        #expect(!Interpreter.contractsWord("mtn", token("moon")))
    }
}
