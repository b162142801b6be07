import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// The translator reads at most `QuestionTranslator.maximumQuestionLength` characters of a
/// question (without its outer spaces): past it the question is refused before any pass runs,
/// whatever it holds, so a long hostile question cannot hold a worker. Invented upload: a
/// small table of boats.
@Suite struct QuestionLengthTests {
    static let boats: Result<FixtureUpload, Error> = Result {
        try FixtureUpload([("boats.csv", "boat_no,name,length_m\n1,Ada,7.5\n2,Bea,9\n3,Cor,12\n")], valueIndex: true)
    }

    @Test func aQuestionAtTheBoundIsRead() throws {
        let boats = try Self.boats.get()
        let padding = String(repeating: " ", count: QuestionTranslator.maximumQuestionLength - "How many boats are there?".count)
        let question = "How many" + padding + " boats are there?"
        #expect(question.count == QuestionTranslator.maximumQuestionLength)
        #expect(try boats.check("  \n" + question + "  ", "SELECT COUNT(*) FROM boats") == nil)
    }

    @Test func aLongerQuestionIsRefusedWithTheBound() throws {
        let boats = try Self.boats.get()
        let hostile = Array(repeating: "the range of the", count: 400).joined(separator: " ") + " length"
        #expect(hostile.count > QuestionTranslator.maximumQuestionLength)
        do {
            _ = try boats.translator.translate(hostile)
            Issue.record("a question of \(hostile.count) characters was translated")
        } catch {
            #expect(error.kind == .tooLong(maximum: QuestionTranslator.maximumQuestionLength))
            #expect(error.message.contains("\(hostile.count) characters"))
        }
    }
}
